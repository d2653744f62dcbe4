package io.swiftbolt.chain.analytics;

import io.swiftbolt.chain.OptionChain;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of {@link OptionsChainAnalyzer#analyze(OptionChain)}: per-expiry and pooled headline
 * numbers, pain curves, per-contract implied volatilities and Greeks, the ATM term structure and
 * dealer gamma exposure. Contract indices are the chain's.
 *
 * <p>Undefined values are empty optionals, never NaN. Immutable and thread-safe.
 */
public final class ChainAnalysis {

    private final OptionChain chain;
    private final double rate;
    private final double dividendYield;
    private final List<ExpiryMetrics> expiries;
    private final ExpiryMetrics pooled;
    private final List<PainCurve> painCurves;
    private final PainCurve pooledPainCurve;
    private final ContractIvStatus[] ivStatus;
    /** NaN where undefined, never exposed as such. */
    private final double[] vol;
    private final double[] delta;
    private final double[] gamma;
    private final List<TermStructurePoint> termStructure;
    private final GammaExposure gammaExposure;

    ChainAnalysis(OptionChain chain, double rate, double dividendYield, List<ExpiryMetrics> expiries,
                  ExpiryMetrics pooled, List<PainCurve> painCurves, PainCurve pooledPainCurve,
                  ContractIvStatus[] ivStatus, double[] vol, double[] delta, double[] gamma,
                  List<TermStructurePoint> termStructure, GammaExposure gammaExposure) {
        this.chain = chain;
        this.rate = rate;
        this.dividendYield = dividendYield;
        this.expiries = List.copyOf(expiries);
        this.pooled = pooled;
        this.painCurves = List.copyOf(painCurves);
        this.pooledPainCurve = pooledPainCurve;
        this.ivStatus = ivStatus;
        this.vol = vol;
        this.delta = delta;
        this.gamma = gamma;
        this.termStructure = List.copyOf(termStructure);
        this.gammaExposure = gammaExposure;
    }

    /**
     * The chain analysed.
     *
     * @return the chain
     */
    public OptionChain chain() {
        return chain;
    }

    /**
     * The continuously compounded risk-free rate used (decimal).
     *
     * @return the rate
     */
    public double rate() {
        return rate;
    }

    /**
     * The continuous dividend yield used (decimal).
     *
     * @return the yield
     */
    public double dividendYield() {
        return dividendYield;
    }

    /**
     * The headline numbers per expiry, in the chain's expiry order.
     *
     * @return an unmodifiable list, one element per expiry
     */
    public List<ExpiryMetrics> expiries() {
        return expiries;
    }

    /**
     * The headline numbers over all expiries pooled (max pain over the union of strikes, ratios over
     * all contracts, gamma exposure in total; no ATM, RR or BF).
     *
     * @return the pooled metrics, whose {@code expiry()} is empty
     */
    public ExpiryMetrics pooled() {
        return pooled;
    }

    /**
     * The pain curve of expiry {@code e}.
     *
     * @param e the expiry index
     * @return the curve
     */
    public PainCurve painCurve(int e) {
        return painCurves.get(e);
    }

    /**
     * The pain curves, one per expiry.
     *
     * @return an unmodifiable list
     */
    public List<PainCurve> painCurves() {
        return painCurves;
    }

    /**
     * The pain curve pooled over all expiries (every contract's open interest, every strike as a
     * candidate settlement price).
     *
     * @return the curve
     */
    public PainCurve pooledPainCurve() {
        return pooledPainCurve;
    }

    /**
     * Why contract {@code i} has or lacks an implied volatility.
     *
     * @param i the contract index
     * @return the status
     */
    public ContractIvStatus ivStatus(int i) {
        return ivStatus[i];
    }

    /**
     * The implied volatility of contract {@code i}: solved from the mid, else the file's.
     *
     * @param i the contract index
     * @return the volatility (decimal, annualized), or empty
     */
    public OptionalDouble impliedVol(int i) {
        return optional(vol[i]);
    }

    /**
     * The Black-Scholes-Merton spot delta of contract {@code i} at its implied volatility.
     *
     * @param i the contract index
     * @return delta per unit of underlying, or empty without a volatility
     */
    public OptionalDouble delta(int i) {
        return optional(delta[i]);
    }

    /**
     * The Black-Scholes-Merton gamma of contract {@code i} at its implied volatility.
     *
     * @param i the contract index
     * @return gamma per unit of underlying, or empty without a volatility
     */
    public OptionalDouble gamma(int i) {
        return optional(gamma[i]);
    }

    /**
     * The number of contracts with an implied volatility (solved or vendor).
     *
     * @return the count
     */
    public int volatilityCount() {
        int c = 0;
        for (double v : vol) {
            if (!Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }

    /**
     * The ATM implied-volatility term structure: expiries with a defined ATM volatility, ascending.
     *
     * @return an unmodifiable list, empty without market data
     */
    public List<TermStructurePoint> termStructure() {
        return termStructure;
    }

    /**
     * Dealer gamma exposure by strike and in total.
     *
     * @return the exposure, or empty when the chain has no spot or valuation date
     */
    public Optional<GammaExposure> gammaExposure() {
        return Optional.ofNullable(gammaExposure);
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
