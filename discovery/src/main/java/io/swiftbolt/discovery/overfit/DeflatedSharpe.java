package io.swiftbolt.discovery.overfit;

import io.swiftbolt.core.math.NormalDistribution;
import io.swiftbolt.core.util.ArgChecks;

/**
 * The probabilistic and the deflated Sharpe ratio (Bailey and López de Prado, "The Deflated Sharpe
 * Ratio: Correcting for Selection Bias, Backtest Overfitting and Non-Normality", Journal of
 * Portfolio Management 40(5), 2014): static kernels.
 *
 * <h2>Formulas</h2>
 * All Sharpe ratios here are <b>per period</b> (not annualized: divide an annualized one by
 * {@code sqrt(periodsPerYear)}). With {@code SR} the selected strategy's Sharpe ratio over
 * {@code T} returns of skewness {@code g3} and (non-excess) kurtosis {@code g4} (3 for a normal
 * distribution):
 * <pre>
 * PSR(SR*)  = Phi( (SR - SR*) sqrt(T - 1) / sqrt(1 - g3 SR + (g4 - 1) / 4 SR^2) )
 * SR0       = sqrt(V) ((1 - gamma) Phi^-1(1 - 1/N) + gamma Phi^-1(1 - 1/(N e)))
 * DSR       = PSR(SR0)
 * </pre>
 * where {@code N} is the number of trials (parameter sets evaluated), {@code V} the variance of
 * their Sharpe ratios, {@code gamma} the Euler-Mascheroni constant and {@code e} Euler's number.
 * {@code SR0} is the expected maximum Sharpe ratio of {@code N} unskilled trials; the DSR is the
 * probability that the true Sharpe ratio is above it. With one trial {@code SR0 = 0} and the DSR is
 * the PSR against zero.
 *
 * <p>Every method validates its arguments and throws {@link IllegalArgumentException} naming the
 * argument; the results are always finite. Thread-safe (stateless).
 */
public final class DeflatedSharpe {

    /** The Euler-Mascheroni constant. */
    public static final double EULER_MASCHERONI = 0.57721566490153286;

    private DeflatedSharpe() {
    }

    /**
     * The expected maximum Sharpe ratio {@code SR0} of {@code trials} independent unskilled trials
     * whose Sharpe ratios have variance {@code variance} (see the class description).
     *
     * @param trials   the number of trials {@code N}, at least 1
     * @param variance the variance of the trials' per-period Sharpe ratios, zero or positive
     * @return {@code SR0} per period, zero or positive; 0 for one trial
     * @throws IllegalArgumentException if {@code trials < 1} or {@code variance} is negative or not finite
     */
    public static double expectedMaxSharpe(long trials, double variance) {
        ArgChecks.check(trials >= 1, "trials", trials, "must be at least 1");
        ArgChecks.notNegative(variance, "variance");
        if (trials == 1) {
            return 0.0;
        }
        double n = trials;
        double z1 = NormalDistribution.inverseCdf(1.0 - 1.0 / n);
        double z2 = NormalDistribution.inverseCdf(1.0 - 1.0 / (n * Math.E));
        return Math.sqrt(variance) * ((1.0 - EULER_MASCHERONI) * z1 + EULER_MASCHERONI * z2);
    }

    /**
     * The probabilistic Sharpe ratio: the probability that the true per-period Sharpe ratio exceeds
     * {@code benchmark}, given the estimate {@code sharpe} from {@code observations} returns.
     *
     * @param sharpe       the estimated per-period Sharpe ratio, finite
     * @param benchmark    the per-period Sharpe ratio to beat, finite
     * @param observations the number of returns {@code T}, at least 2
     * @param skewness     the returns' skewness, finite
     * @param kurtosis     the returns' non-excess kurtosis (3 = normal), finite
     * @return a probability in {@code [0, 1]}
     * @throws IllegalArgumentException if an argument is out of range, or the variance term
     *                                  {@code 1 - g3 SR + (g4 - 1)/4 SR^2} is not positive (moments
     *                                  no distribution has)
     */
    public static double probabilistic(double sharpe, double benchmark, long observations, double skewness,
                                       double kurtosis) {
        ArgChecks.finite(sharpe, "sharpe");
        ArgChecks.finite(benchmark, "benchmark");
        ArgChecks.check(observations >= 2, "observations", observations, "must be at least 2");
        ArgChecks.finite(skewness, "skewness");
        ArgChecks.finite(kurtosis, "kurtosis");
        double varianceTerm = 1.0 - skewness * sharpe + (kurtosis - 1.0) / 4.0 * sharpe * sharpe;
        ArgChecks.check(varianceTerm > 0, "kurtosis", kurtosis,
                "with skewness " + skewness + " and sharpe " + sharpe + " must give 1 - g3 SR + (g4 - 1)/4 SR^2 > 0");
        double z = (sharpe - benchmark) * Math.sqrt(observations - 1.0) / Math.sqrt(varianceTerm);
        return NormalDistribution.cdf(z);
    }

    /**
     * The deflated Sharpe ratio: {@link #probabilistic} against {@link #expectedMaxSharpe}.
     *
     * @param sharpe         the selected strategy's per-period Sharpe ratio
     * @param observations   its number of returns, at least 2
     * @param skewness       its returns' skewness
     * @param kurtosis       its returns' non-excess kurtosis
     * @param trials         the number of trials, at least 1
     * @param trialsVariance the variance of the trials' per-period Sharpe ratios
     * @return a probability in {@code [0, 1]}
     * @throws IllegalArgumentException as {@link #probabilistic} and {@link #expectedMaxSharpe}
     */
    public static double deflated(double sharpe, long observations, double skewness, double kurtosis, long trials,
                                  double trialsVariance) {
        return probabilistic(sharpe, expectedMaxSharpe(trials, trialsVariance), observations, skewness, kurtosis);
    }

    /**
     * The deflated Sharpe ratio of a selected strategy's returns.
     *
     * @param returns        the selected strategy's per-period returns, at least 2, finite
     * @param trials         the number of trials, at least 1
     * @param trialsVariance the variance of the trials' per-period Sharpe ratios
     * @return the statistic with its inputs
     * @throws IllegalArgumentException if an argument is invalid or the returns are all equal
     *                                  (no Sharpe ratio)
     */
    public static DeflatedSharpeRatio of(double[] returns, long trials, double trialsVariance) {
        ReturnMoments m = ReturnMoments.of(returns);
        ArgChecks.check(m.standardDeviation() > 0, "returns", "all equal", "must vary to have a Sharpe ratio");
        double sr = m.mean() / m.standardDeviation();
        double sr0 = expectedMaxSharpe(trials, trialsVariance);
        double dsr = probabilistic(sr, sr0, m.count(), m.skewness(), m.kurtosis());
        return new DeflatedSharpeRatio(dsr, sr, sr0, trials, trialsVariance, m);
    }
}
