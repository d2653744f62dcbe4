package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Target weights by symbol as decimals of the portfolio value (cash included in the value, with a
 * target of zero). Weights are non-negative and sum to 1 within {@value #SUM_TOLERANCE}. A held
 * symbol without a target has target 0. Immutable.
 *
 * @param bySymbol the weights
 */
public record TargetWeights(Map<String, Double> bySymbol) {

    /** How far the weights may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-6;

    /**
     * Validates and copies the map.
     *
     * @throws IllegalArgumentException if the map is empty, a weight is negative or not finite, or
     *                                  the weights do not sum to 1 within {@value #SUM_TOLERANCE}
     */
    public TargetWeights {
        ArgChecks.notNull(bySymbol, "bySymbol");
        ArgChecks.check(!bySymbol.isEmpty(), "target weights", bySymbol, "must not be empty");
        TreeMap<String, Double> copy = new TreeMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : bySymbol.entrySet()) {
            ArgChecks.notBlank(e.getKey(), "symbol");
            ArgChecks.notNull(e.getValue(), "weight of " + e.getKey());
            double w = ArgChecks.notNegative(e.getValue(), "weight of " + e.getKey());
            copy.put(e.getKey(), w);
            sum += w;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("target weights must sum to 1 (within " + SUM_TOLERANCE
                    + "), summed to " + sum);
        }
        bySymbol = Collections.unmodifiableMap(copy);
    }

    /**
     * Targets from a map.
     *
     * @param bySymbol the weights
     * @return the targets
     */
    public static TargetWeights of(Map<String, Double> bySymbol) {
        return new TargetWeights(bySymbol);
    }

    /**
     * The target of a symbol, 0 if it has none.
     *
     * @param symbol the symbol
     * @return the weight as a decimal
     */
    public double weight(String symbol) {
        return bySymbol.getOrDefault(symbol, 0.0);
    }
}
