package io.swiftbolt.rebalancing.lots;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.rebalancing.tax.LossSale;
import io.swiftbolt.rebalancing.tax.WashSales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account: tax lots, cash, and the recent loss sales the wash-sale guard needs. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Holdings h = Holdings.builder()
 *         .lot("AAPL", 10, 120.0, LocalDate.of(2020, 1, 2))
 *         .cash(500.0)
 *         .build();
 * }</pre>
 *
 * <p>Cash is in currency units and may be zero but not negative (no margin).
 */
public final class Holdings {

    private final List<TaxLot> lots;
    private final Map<String, List<TaxLot>> bySymbol;
    private final double cash;
    private final List<LossSale> recentLossSales;

    private Holdings(List<TaxLot> lots, double cash, List<LossSale> recentLossSales) {
        this.lots = List.copyOf(lots);
        this.cash = cash;
        this.recentLossSales = List.copyOf(recentLossSales);
        Map<String, List<TaxLot>> map = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (TaxLot lot : this.lots) {
            ArgChecks.check(ids.add(lot.id()), "lot id", lot.id(), "must be unique");
            map.computeIfAbsent(lot.symbol(), k -> new ArrayList<>()).add(lot);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.bySymbol = Collections.unmodifiableMap(map);
    }

    /**
     * Holdings of the given lots and cash, with no recent loss sales.
     *
     * @param lots the lots; ids must be unique
     * @param cash the cash in currency units, {@code >= 0}
     * @return the holdings
     * @throws IllegalArgumentException if an id repeats or the cash is negative
     */
    public static Holdings of(List<TaxLot> lots, double cash) {
        return new Holdings(ArgChecks.notNull(lots, "lots"), ArgChecks.notNegative(cash, "cash"), List.of());
    }

    /**
     * A builder that names lots {@code SYMBOL-1}, {@code SYMBOL-2}, ... in the order they are added.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every lot, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<TaxLot> lots() {
        return lots;
    }

    /**
     * The lots of one symbol, in the order given; empty if none.
     *
     * @param symbol the symbol
     * @return an unmodifiable list
     */
    public List<TaxLot> lots(String symbol) {
        return bySymbol.getOrDefault(symbol, List.of());
    }

    /**
     * The symbols held, sorted.
     *
     * @return a sorted set
     */
    public Set<String> symbols() {
        return Collections.unmodifiableSet(new TreeSet<>(bySymbol.keySet()));
    }

    /**
     * The total shares held of a symbol (0 if none).
     *
     * @param symbol the symbol
     * @return the shares
     */
    public double shares(String symbol) {
        double s = 0;
        for (TaxLot lot : lots(symbol)) {
            s += lot.shares();
        }
        return s;
    }

    /**
     * The cash in currency units.
     *
     * @return the cash, {@code >= 0}
     */
    public double cash() {
        return cash;
    }

    /**
     * Loss sales made before the rebalance, for the wash-sale guard.
     *
     * @return an unmodifiable list
     */
    public List<LossSale> recentLossSales() {
        return recentLossSales;
    }

    /**
     * Whether {@code symbol} was sold at a loss within the wash-sale window before {@code asOf} (on or
     * before it, at most 30 days earlier): buying it on {@code asOf} would be a wash sale.
     *
     * @param symbol the symbol
     * @param asOf   the intended purchase date
     * @return true if a recent loss sale of the symbol is on record
     */
    public boolean soldAtLossWithinWashWindow(String symbol, LocalDate asOf) {
        ArgChecks.notNull(symbol, "symbol");
        ArgChecks.notNull(asOf, "asOf");
        for (LossSale s : recentLossSales) {
            if (s.symbol().equals(symbol) && !s.sold().isAfter(asOf) && WashSales.inWindow(s.sold(), asOf)) {
                return true;
            }
        }
        return false;
    }

    /** Builds {@link Holdings}. Not thread-safe. */
    public static final class Builder {
        private final List<TaxLot> lots = new ArrayList<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final List<LossSale> lossSales = new ArrayList<>();
        private double cash;

        private Builder() {
        }

        /**
         * Adds a lot named {@code SYMBOL-n} (n counting from 1 per symbol).
         *
         * @param symbol            the symbol
         * @param shares            the shares, positive
         * @param costBasisPerShare the basis per share, {@code >= 0}
         * @param acquired          the acquisition date
         * @return this builder
         * @throws IllegalArgumentException if the lot is invalid (see {@link TaxLot})
         */
        public Builder lot(String symbol, double shares, double costBasisPerShare, LocalDate acquired) {
            ArgChecks.notBlank(symbol, "symbol");
            int n = counts.merge(symbol, 1, Integer::sum);
            lots.add(new TaxLot(symbol + "-" + n, symbol, shares, costBasisPerShare, acquired));
            return this;
        }

        /**
         * Adds a lot with its own id.
         *
         * @param lot the lot
         * @return this builder
         */
        public Builder lot(TaxLot lot) {
            lots.add(ArgChecks.notNull(lot, "lot"));
            counts.merge(lot.symbol(), 1, Integer::sum);
            return this;
        }

        /**
         * Sets the cash.
         *
         * @param cash currency units, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder cash(double cash) {
            this.cash = ArgChecks.notNegative(cash, "cash");
            return this;
        }

        /**
         * Records a recent loss sale for the wash-sale guard.
         *
         * @param sale the sale
         * @return this builder
         */
        public Builder recentLossSale(LossSale sale) {
            lossSales.add(ArgChecks.notNull(sale, "sale"));
            return this;
        }

        /**
         * Builds the holdings.
         *
         * @return the holdings
         * @throws IllegalArgumentException if lot ids repeat
         */
        public Holdings build() {
            return new Holdings(lots, cash, lossSales);
        }
    }
}
