package io.swiftbolt.chain.generate;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BlackScholesKernels;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.util.ArgChecks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of <b>generated (synthetic, not market)</b> option chains that look like a
 * listed equity-index chain, for tests, benchmarks, examples and the tour. Nothing it produces is
 * real market data.
 *
 * <p>From a bar series the generator takes the last close as spot and the last date as valuation
 * date, and makes:
 * <ul>
 *   <li><b>expiries</b>: the next {@code weeklies} Fridays, then third Fridays of the following months;</li>
 *   <li><b>strikes</b>: {@code 2·strikesPerSide + 1} per expiry around the forward on a round step
 *       (the largest of 1, 2.5, 5, 10, 25, 50, 100, 250 not above 1 % of spot), doubled beyond three
 *       months and quadrupled beyond a year (shifted up where the grid would reach zero);</li>
 *   <li><b>a volatility smile</b>: ATM volatility {@code σ_atm(T) = σ_long + (σ_short − σ_long)·e^(−T/0.25)}
 *       with σ_short the series' annualized 21-day realized volatility (sample stdev of log returns,
 *       √252) and σ_long = 0.20, and {@code σ(K) = σ_atm · (1 − 0.15·z + 0.04·z²)} with the
 *       standardized log-moneyness {@code z = ln(K/F)/(σ_atm√T)} clamped to [−4, 4], floored at 0.05;</li>
 *   <li><b>quotes</b>: the Black-Scholes-Merton price at that volatility with a spread of
 *       {@code max(tick, price·(0.02 + 0.01·|z|))} rounded outward to the tick (0.05 below 3.00, else
 *       0.10); a bid that rounds to 0 is no bid, and about 2 % of contracts have no quote at all;</li>
 *   <li><b>open interest and volume</b>: concentrated near the money, {@code ∝ e^(−z²/2)}, larger for
 *       monthly expiries and round strikes, puts about 1.3× calls, with lognormal noise.</li>
 * </ul>
 * All randomness comes from a {@link SplittableRandom} seeded by the builder's seed, whose algorithm is
 * fixed by its specification: one seed gives the same chain on every JDK.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class GeneratedChains {

    private static final double[] NICE_STEPS = {1, 2.5, 5, 10, 25, 50, 100, 250};
    private static final double LONG_VOL = 0.20;

    private final long seed;
    private final String underlying;
    private final int expiryCount;
    private final int weeklies;
    private final int strikesPerSide;
    private final double rate;
    private final double dividendYield;

    private GeneratedChains(Builder b) {
        this.seed = b.seed;
        this.underlying = b.underlying;
        this.expiryCount = b.expiries;
        this.weeklies = b.weeklies;
        this.strikesPerSide = b.strikesPerSide;
        this.rate = b.rate;
        this.dividendYield = b.dividendYield;
    }

    /**
     * A builder: seed 1, underlying {@code SPX}, 8 expiries of which 3 weekly, 20 strikes each side of
     * the money, rate 0.01, dividend yield 0.018.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rate the prices were made with (continuous, decimal).
     *
     * @return the rate
     */
    public double rate() {
        return rate;
    }

    /**
     * The dividend yield the prices were made with (continuous, decimal).
     *
     * @return the yield
     */
    public double dividendYield() {
        return dividendYield;
    }

    /**
     * Generates a chain from the last bar of {@code bars}: spot = last close, valuation date = last date.
     *
     * @param bars a daily series with at least 22 bars (for the 21-day realized volatility)
     * @return the generated chain, with spot and valuation date set
     * @throws IllegalArgumentException if {@code bars} is null or shorter than 22 bars
     */
    public OptionChain generate(BarSeries bars) {
        ArgChecks.notNull(bars, "bars");
        ArgChecks.check(bars.size() >= 22, "bars.size()", bars.size(), "must be at least 22");
        int last = bars.size() - 1;
        double realized = realizedVolatility(bars, 21);
        return generate(bars.close(last), bars.date(last), realized);
    }

    /**
     * Generates a chain for a given spot, valuation date and short-dated ATM volatility.
     *
     * @param spot     the underlying's price, positive
     * @param asOf     the valuation date
     * @param shortVol the ATM volatility of the shortest expiries (decimal), positive
     * @return the generated chain, with spot and valuation date set
     * @throws IllegalArgumentException if an argument is invalid
     */
    public OptionChain generate(double spot, LocalDate asOf, double shortVol) {
        ArgChecks.positive(spot, "spot");
        ArgChecks.notNull(asOf, "asOf");
        ArgChecks.positive(shortVol, "shortVol");
        SplittableRandom rnd = new SplittableRandom(seed);
        OptionChain.Builder chain = OptionChain.builder(underlying).market(spot, asOf);
        double baseStep = NICE_STEPS[0];
        for (double s : NICE_STEPS) {
            if (s <= 0.01 * spot) {
                baseStep = s;
            }
        }
        List<LocalDate> expiries = expiries(asOf);
        for (LocalDate expiry : expiries) {
            double t = ChronoUnit.DAYS.between(asOf, expiry) / OptionContract.DAYS_PER_YEAR;
            boolean monthly = isThirdFriday(expiry);
            double step = t > 1 ? 4 * baseStep : t > 0.25 ? 2 * baseStep : baseStep;
            double forward = spot * Math.exp((rate - dividendYield) * t);
            double atmVol = LONG_VOL + (shortVol - LONG_VOL) * Math.exp(-t / 0.25);
            double sqrtT = Math.sqrt(t);
            double center = Math.round(forward / step) * step;
            double expiryScale = (monthly ? 3.0 : 1.0) / (1 + 2 * t);
            // The grid shifts up where it would reach zero, so every expiry keeps 2·strikesPerSide + 1 strikes.
            int low = -strikesPerSide;
            while (center + low * step <= 0) {
                low++;
            }
            for (int j = low; j <= low + 2 * strikesPerSide; j++) {
                double strike = center + j * step;
                double z = Math.max(-4, Math.min(4, Math.log(strike / forward) / (atmVol * sqrtT)));
                double vol = Math.max(0.05, atmVol * (1 - 0.15 * z + 0.04 * z * z));
                double roundness = strike % (4 * step) == 0 ? 1.8 : 1.0;
                for (OptionRight right : OptionRight.values()) {
                    boolean call = right.isCall();
                    double price = BlackScholesKernels.price(call, spot, strike, t, rate, dividendYield, vol);
                    boolean unquoted = rnd.nextDouble() < 0.02;
                    double tick = price < 3 ? 0.05 : 0.10;
                    double spread = Math.max(tick, price * (0.02 + 0.01 * Math.abs(z)));
                    double bid = unquoted ? 0 : roundDown(price - 0.5 * spread, tick);
                    double ask = unquoted ? 0 : roundUp(price + 0.5 * spread, tick);
                    if (bid < tick / 2) {
                        bid = 0;
                    }
                    double activity = 4000 * expiryScale * roundness * Math.exp(-0.5 * z * z) * (call ? 1.0 : 1.3);
                    long oi = Math.round(activity * Math.exp(0.5 * rnd.nextGaussian()));
                    long volume = Math.round(oi * rnd.nextDouble(0.05, 0.6) / (1 + 4 * t));
                    double lastPrice = volume > 0 ? Math.max(tick, roundNearest(price * (1 + 0.02 * rnd.nextGaussian()),
                            tick)) : 0;
                    chain.add(OptionQuote.of(OptionContract.of(underlying, right, strike, expiry), bid, ask, lastPrice,
                            volume, oi));
                }
            }
        }
        return chain.build();
    }

    private List<LocalDate> expiries(LocalDate asOf) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate friday = asOf.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        for (int w = 0; w < weeklies && out.size() < expiryCount; w++) {
            out.add(friday.plusWeeks(w));
        }
        LocalDate month = (out.isEmpty() ? asOf : out.get(out.size() - 1)).withDayOfMonth(1);
        while (out.size() < expiryCount) {
            LocalDate third = month.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
            LocalDate lastSoFar = out.isEmpty() ? asOf : out.get(out.size() - 1);
            if (third.isAfter(lastSoFar)) {
                out.add(third);
            }
            month = month.plusMonths(1);
        }
        return out;
    }

    private static boolean isThirdFriday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.FRIDAY && (d.getDayOfMonth() - 1) / 7 == 2;
    }

    private static double roundDown(double v, double tick) {
        double down = Math.floor(v / tick + 1e-9) * tick;
        return down <= 0 ? 0 : tidy(down);
    }

    private static double roundUp(double v, double tick) {
        return tidy(Math.ceil(v / tick - 1e-9) * tick);
    }

    private static double roundNearest(double v, double tick) {
        return tidy(Math.round(v / tick) * tick);
    }

    /** Removes binary noise from a multiple of a tick (0.05·3 = 0.15000000000000002 → 0.15). */
    private static double tidy(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Annualized (√252) sample standard deviation of the last {@code days} log returns. */
    static double realizedVolatility(BarSeries s, int days) {
        int end = s.size() - 1;
        double sum = 0;
        double sumSq = 0;
        for (int i = end - days + 1; i <= end; i++) {
            double lr = Math.log(s.close(i) / s.close(i - 1));
            sum += lr;
            sumSq += lr * lr;
        }
        double mean = sum / days;
        return Math.sqrt(Math.max(0, (sumSq - days * mean * mean) / (days - 1)) * 252);
    }

    /** Configures a {@link GeneratedChains}. Not thread-safe. */
    public static final class Builder {
        private long seed = 1;
        private String underlying = "SPX";
        private int expiries = 8;
        private int weeklies = 3;
        private int strikesPerSide = 20;
        private double rate = 0.01;
        private double dividendYield = 0.018;

        private Builder() {
        }

        /**
         * Sets the seed.
         *
         * @param seed any value; default 1
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the underlying's symbol.
         *
         * @param underlying not blank; default {@code SPX}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder underlying(String underlying) {
            this.underlying = ArgChecks.notBlank(underlying, "underlying");
            return this;
        }

        /**
         * Sets the number of expiries and how many of the first are weekly.
         *
         * @param expiries the number of expiries, 1 to 120; default 8
         * @param weeklies the number of weekly (next Fridays) expiries first, 0 to 8; default 3
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder expiries(int expiries, int weeklies) {
            this.expiries = ArgChecks.inRange(expiries, 1, 120, "expiries");
            this.weeklies = ArgChecks.inRange(weeklies, 0, 8, "weeklies");
            return this;
        }

        /**
         * Sets the number of strikes on each side of the at-the-money strike.
         *
         * @param strikesPerSide 1 to 500; default 20 (41 strikes per expiry)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder strikesPerSide(int strikesPerSide) {
            this.strikesPerSide = ArgChecks.inRange(strikesPerSide, 1, 500, "strikesPerSide");
            return this;
        }

        /**
         * Sets the rate and dividend yield prices are made with.
         *
         * @param rate          continuous risk-free rate (decimal), finite; default 0.01
         * @param dividendYield continuous dividend yield (decimal), finite; default 0.018
         * @return this builder
         * @throws IllegalArgumentException if not finite
         */
        public Builder carry(double rate, double dividendYield) {
            this.rate = ArgChecks.finite(rate, "rate");
            this.dividendYield = ArgChecks.finite(dividendYield, "dividendYield");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         */
        public GeneratedChains build() {
            return new GeneratedChains(this);
        }
    }
}
