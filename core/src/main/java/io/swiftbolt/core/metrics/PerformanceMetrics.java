package io.swiftbolt.core.metrics;

import io.swiftbolt.core.util.ArgChecks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Performance metrics of one return series, as computed by {@link MetricsCalculator}. All rates
 * and returns are decimal fractions (0.05 = 5 %); conventions are those of {@link ReturnMetrics}.
 * A metric that is undefined for the data is empty rather than NaN. No component is NaN; a value
 * can be infinite only if it overflows a {@code double}, which takes absurd inputs (such as a
 * 1,000,000 % return annualized from one day).
 *
 * @param start                the date of the first equity point (the bar before the first
 *                             return)
 * @param end                  the date of the last equity point
 * @param periods              the number of returns, at least 1
 * @param periodsPerYear       the annualization factor used, e.g. 252
 * @param riskFreeRate         the annual risk-free rate used, as a decimal
 * @param totalReturn          compounded total return, at least -1
 * @param annualizedReturn     geometric annualized return {@code (1 + total)^(P / n) - 1}
 * @param annualizedVolatility sample standard deviation times {@code sqrt(P)}; empty with fewer
 *                             than 2 returns
 * @param sharpe               annualized Sharpe ratio of excess returns; empty with fewer than 2
 *                             returns or zero standard deviation
 * @param sortino              annualized Sortino ratio; empty with fewer than 2 returns or no
 *                             negative excess return
 * @param maxDrawdown          the deepest drawdown of the equity curve; empty if the curve never
 *                             falls below an earlier high
 * @param calmar               annualized return divided by the maximum drawdown's depth; empty
 *                             when there is no drawdown
 * @param winRate              share of periods with a return above zero, in {@code [0, 1]}
 */
public record PerformanceMetrics(
        LocalDate start,
        LocalDate end,
        int periods,
        double periodsPerYear,
        double riskFreeRate,
        double totalReturn,
        double annualizedReturn,
        OptionalDouble annualizedVolatility,
        OptionalDouble sharpe,
        OptionalDouble sortino,
        Optional<Drawdown> maxDrawdown,
        OptionalDouble calmar,
        double winRate) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is null, {@code end} is not after
     *                                  {@code start}, {@code periods < 1}, a number is NaN or
     *                                  out of its range, or a present optional holds NaN
     */
    public PerformanceMetrics {
        ArgChecks.notNull(start, "start");
        ArgChecks.notNull(end, "end");
        ArgChecks.check(end.isAfter(start), "end", end, "must be after start = " + start);
        ArgChecks.positive(periods, "periods");
        ArgChecks.positive(periodsPerYear, "periodsPerYear");
        ArgChecks.finite(riskFreeRate, "riskFreeRate");
        atLeastMinusOne(totalReturn, "totalReturn");
        atLeastMinusOne(annualizedReturn, "annualizedReturn");
        notNaNIfPresent(annualizedVolatility, "annualizedVolatility");
        notNaNIfPresent(sharpe, "sharpe");
        notNaNIfPresent(sortino, "sortino");
        ArgChecks.notNull(maxDrawdown, "maxDrawdown");
        notNaNIfPresent(calmar, "calmar");
        ArgChecks.inRange(winRate, 0.0, 1.0, "winRate");
    }

    private static void atLeastMinusOne(double value, String name) {
        ArgChecks.check(value >= -1.0, name, value, "must be at least -1 and not NaN");
    }

    private static void notNaNIfPresent(OptionalDouble value, String name) {
        ArgChecks.notNull(value, name);
        if (value.isPresent()) {
            ArgChecks.check(!Double.isNaN(value.getAsDouble()), name, value, "must not hold NaN");
        }
    }

    /**
     * The depth of the maximum drawdown, or 0 when there is none.
     *
     * @return the depth as a fraction in {@code [0, 1]}
     */
    public double maxDrawdownDepth() {
        return maxDrawdown.map(Drawdown::depth).orElse(0.0);
    }
}
