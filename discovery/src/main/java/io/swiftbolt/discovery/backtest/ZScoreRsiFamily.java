package io.swiftbolt.discovery.backtest;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.discovery.dna.StrategyDNA;
import io.swiftbolt.discovery.dna.StrategyParameters;

/**
 * The built-in strategy family: long-only z-score mean reversion or momentum, confirmed by RSI
 * and gated by a volatility filter. It uses every gene of {@link StrategyDNA#defaults()}.
 *
 * <h2>Rules</h2>
 * With {@code L} = {@code lookback_period}, {@code z} the {@link Indicators#zScore z-score} of the
 * close over {@code L} bars, {@code rsi} the 14-bar {@link Indicators#rsi RSI} and {@code vol} the
 * {@link Indicators#realizedVolatility realized volatility} of the last {@code L} daily log returns
 * (annualized with 252):
 * <ul>
 *   <li>The mode is <b>mean reversion</b> when {@code entry_threshold < 0}, otherwise
 *       <b>momentum</b>.</li>
 *   <li>Flat: enter long if {@code vol <= volatility_filter} and, in mean reversion,
 *       {@code z <= entry_threshold} and {@code rsi <= rsi_threshold} (oversold); in momentum,
 *       {@code z >= entry_threshold} and {@code rsi >= rsi_threshold} (strength).</li>
 *   <li>Long: exit if, in mean reversion, {@code z >= exit_threshold}; in momentum,
 *       {@code z <= exit_threshold}.</li>
 *   <li>Risk: {@code position_size} of equity per trade, stop-loss at {@code stop_loss_pct} and
 *       take-profit at {@code take_profit_pct} from the entry fill (see {@link Backtester}).</li>
 *   <li>No position before bar {@code max(L, 14)} (warm-up).</li>
 * </ul>
 * Decisions at bar {@code t} use closes {@code 0..t} only.
 *
 * <p>Stateless and thread-safe; use {@link #instance()}.
 */
public final class ZScoreRsiFamily implements StrategyFamily {

    /** The RSI period, bars. */
    public static final int RSI_PERIOD = 14;

    /** The annualization of the volatility filter: daily bars. */
    public static final double PERIODS_PER_YEAR = 252.0;

    private static final ZScoreRsiFamily INSTANCE = new ZScoreRsiFamily();

    private ZScoreRsiFamily() {
    }

    /**
     * The family.
     *
     * @return the shared instance
     */
    public static ZScoreRsiFamily instance() {
        return INSTANCE;
    }

    /**
     * The fewest bars a series needs for a look-back of {@code lookback} bars: the warm-up
     * {@code max(lookback, 14)} plus one bar to decide on and one to trade on.
     *
     * @param lookback the look-back, at least 2
     * @return the minimum number of bars
     */
    public static int minimumBars(int lookback) {
        return Math.max(lookback, RSI_PERIOD) + 2;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the parameters lack a default gene, the look-back is below
     *                                  2, or {@code bars} is shorter than {@link #minimumBars(int)}
     */
    @Override
    public Strategy prepare(PriceBars bars, StrategyParameters parameters) {
        ArgChecks.notNull(bars, "bars");
        ArgChecks.notNull(parameters, "parameters");
        int lookback = parameters.intValue(StrategyDNA.LOOKBACK_PERIOD);
        ArgChecks.check(lookback >= 2, StrategyDNA.LOOKBACK_PERIOD, lookback, "must be at least 2");
        int n = bars.size();
        int need = minimumBars(lookback);
        if (n < need) {
            throw new IllegalArgumentException("series of " + n + " bars is shorter than " + StrategyDNA.LOOKBACK_PERIOD
                    + " " + lookback + " allows: needs at least " + need + " bars (warm-up + a bar to decide + a bar to trade)");
        }
        double[] z = new double[n];
        double[] rsi = new double[n];
        double[] vol = new double[n];
        Indicators.zScore(bars.close, lookback, z);
        Indicators.rsi(bars.close, RSI_PERIOD, rsi);
        Indicators.realizedVolatilityOfLogReturns(bars.logReturn, lookback, PERIODS_PER_YEAR, vol);
        RiskRules risk = new RiskRules(parameters.value(StrategyDNA.POSITION_SIZE),
                parameters.value(StrategyDNA.STOP_LOSS_PCT), parameters.value(StrategyDNA.TAKE_PROFIT_PCT));
        return new Rules(Math.max(lookback, RSI_PERIOD), z, rsi, vol,
                parameters.value(StrategyDNA.ENTRY_THRESHOLD), parameters.value(StrategyDNA.EXIT_THRESHOLD),
                parameters.value(StrategyDNA.RSI_THRESHOLD), parameters.value(StrategyDNA.VOLATILITY_FILTER), risk);
    }

    /**
     * {@inheritDoc} Here {@link #minimumBars(int)} of the genome's largest {@code lookback_period}.
     *
     * @throws IllegalArgumentException if the genome has no {@code lookback_period} gene
     */
    @Override
    public int minimumBars(StrategyDNA dna) {
        ArgChecks.notNull(dna, "dna");
        return minimumBars((int) dna.gene(dna.indexOf(StrategyDNA.LOOKBACK_PERIOD)).max());
    }

    @Override
    public String toString() {
        return "ZScoreRsiFamily";
    }

    /** One prepared parameter set: precomputed indicators and thresholds. */
    private static final class Rules implements Strategy {
        private final int warmup;
        private final double[] z;
        private final double[] rsi;
        private final double[] vol;
        private final double entry;
        private final double exit;
        private final double rsiThreshold;
        private final double volatilityFilter;
        private final boolean momentum;
        private final RiskRules risk;

        Rules(int warmup, double[] z, double[] rsi, double[] vol, double entry, double exit, double rsiThreshold,
              double volatilityFilter, RiskRules risk) {
            this.warmup = warmup;
            this.z = z;
            this.rsi = rsi;
            this.vol = vol;
            this.entry = entry;
            this.exit = exit;
            this.rsiThreshold = rsiThreshold;
            this.volatilityFilter = volatilityFilter;
            this.momentum = entry >= 0;
            this.risk = risk;
        }

        @Override
        public int target(int t, int position) {
            if (t < warmup) {
                return 0;
            }
            if (position == 0) {
                if (vol[t] > volatilityFilter) {
                    return 0;
                }
                boolean enter = momentum ? z[t] >= entry && rsi[t] >= rsiThreshold
                        : z[t] <= entry && rsi[t] <= rsiThreshold;
                return enter ? 1 : 0;
            }
            if (position > 0) {
                boolean leave = momentum ? z[t] <= exit : z[t] >= exit;
                return leave ? 0 : 1;
            }
            return 0;
        }

        @Override
        public RiskRules riskRules() {
            return risk;
        }
    }
}
