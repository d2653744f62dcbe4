package io.swiftbolt.attribution.factors;

import io.swiftbolt.core.util.ArgChecks;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Returns and factor returns aligned on the same months, ready for
 * {@link FactorAnalyzer#fit(RegressionData)}; made by {@link MonthlyFactors#align}.
 *
 * <p>Immutable: the returns are copied in and out.
 *
 * @param months  the months, strictly increasing
 * @param returns the returns regressed (in excess of the risk-free rate if one was given),
 *                decimals per month
 * @param factors the factor returns of the same months
 */
public record RegressionData(List<YearMonth> months, double[] returns, FactorReturns factors) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null, the lengths differ or the months
     *                                  are not strictly increasing
     */
    public RegressionData {
        ArgChecks.notNull(months, "months");
        months = List.copyOf(months);
        returns = ArgChecks.allFinite(returns, "returns").clone();
        ArgChecks.notNull(factors, "factors");
        ArgChecks.sameLength(returns.length, months.size(), "returns");
        ArgChecks.sameLength(factors.length(), months.size(), "factors (periods)");
        for (int i = 1; i < months.size(); i++) {
            ArgChecks.check(months.get(i).isAfter(months.get(i - 1)), "months[" + i + "]", months.get(i),
                    "must be after " + months.get(i - 1));
        }
    }

    /**
     * A copy of the returns.
     *
     * @return a new array
     */
    @Override
    public double[] returns() {
        return returns.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionData r && months.equals(r.months) && Arrays.equals(returns, r.returns)
                && factors.equals(r.factors);
    }

    @Override
    public int hashCode() {
        return (31 * months.hashCode() + Arrays.hashCode(returns)) * 31 + factors.hashCode();
    }

    @Override
    public String toString() {
        return "RegressionData[" + (months.isEmpty() ? "empty" : months.get(0) + ".." + months.get(months.size() - 1))
                + ", factors=" + factors.names() + "]";
    }
}
