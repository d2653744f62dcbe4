package io.swiftbolt.rebalancing;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices per share by symbol, in currency units. Immutable.
 *
 * @param bySymbol the prices; every price positive and finite
 */
public record Prices(Map<String, Double> bySymbol) {

    /**
     * Validates and copies the map.
     *
     * @throws IllegalArgumentException if a symbol is blank or a price is not positive and finite
     */
    public Prices {
        ArgChecks.notNull(bySymbol, "bySymbol");
        TreeMap<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> e : bySymbol.entrySet()) {
            ArgChecks.notBlank(e.getKey(), "symbol");
            ArgChecks.notNull(e.getValue(), "price of " + e.getKey());
            copy.put(e.getKey(), ArgChecks.positive(e.getValue(), "price of " + e.getKey()));
        }
        bySymbol = Collections.unmodifiableMap(copy);
    }

    /**
     * Prices from a map.
     *
     * @param bySymbol the prices
     * @return the prices
     */
    public static Prices of(Map<String, Double> bySymbol) {
        return new Prices(bySymbol);
    }

    /**
     * Whether a symbol has a price.
     *
     * @param symbol the symbol
     * @return true if priced
     */
    public boolean has(String symbol) {
        return bySymbol.containsKey(symbol);
    }

    /**
     * The price of a symbol.
     *
     * @param symbol the symbol
     * @return the price per share
     * @throws IllegalArgumentException if the symbol has no price
     */
    public double price(String symbol) {
        Double p = bySymbol.get(symbol);
        if (p == null) {
            throw new IllegalArgumentException("symbol " + symbol + " has no price");
        }
        return p;
    }
}
