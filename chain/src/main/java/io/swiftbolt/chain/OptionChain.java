package io.swiftbolt.chain;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.util.ArgChecks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An option chain: the quotes of one underlying's listed options at one time, across expiries.
 *
 * <p><b>Layout.</b> Contracts are held in a fixed order, by expiry, then strike, then call before
 * put, and are addressed by that index {@code 0 .. size()-1}. Expiry {@code e} (ascending,
 * {@code 0 .. expiryCount()-1}) owns the contiguous index range {@code [expiryStart(e), expiryEnd(e))},
 * so per-expiry analytics walk strikes in ascending order without sorting. Numbers are kept
 * columnar ({@code double[]} per field) and read through index accessors, as {@code BarSeries} does.
 *
 * <p><b>Market data.</b> The chain optionally carries the underlying's spot price and the valuation
 * date ("as of"). Analytics that need them (implied volatility and everything built on it) report
 * themselves as not computed when they are absent; {@link #withMarket(double, LocalDate)} adds them.
 *
 * <p><b>Quotes.</b> A bid or ask of 0 means no quote on that side (see {@link OptionQuote}). Vendor
 * values from a file (implied volatility, delta, gamma, vega, theta) are kept as given and exposed as
 * {@link OptionalDouble}s; SwiftBolt's own analytics compute their own.
 *
 * <p><b>Contract ids.</b> Each contract has an id: the one supplied (e.g. the file's {@code contract}
 * column) or else an OCC-style symbol {@code ROOT + yyMMdd + C|P + strike × 1000 in 8 digits}, e.g.
 * {@code SPX200515C02875000}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)} or read one with
 * {@link OptionChainCsv}.
 */
public final class OptionChain {

    private static final DateTimeFormatter OCC_DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private final String underlying;
    /** NaN when absent. */
    private final double spot;
    /** Null when absent. */
    private final LocalDate asOf;
    private final OptionQuote[] quotes;
    private final String[] ids;
    private final boolean[] call;
    private final double[] strike;
    private final double[] bid;
    private final double[] ask;
    private final double[] volume;
    private final double[] openInterest;
    private final int[] multiplier;
    /** Vendor values, NaN when absent: iv, delta, gamma, vega, theta. */
    private final double[][] vendor;
    private final LocalDate[] expiries;
    private final int[] expiryStart;

    private OptionChain(String underlying, double spot, LocalDate asOf, OptionQuote[] quotes, String[] ids,
                        double[][] vendor) {
        this.underlying = underlying;
        this.spot = spot;
        this.asOf = asOf;
        this.quotes = quotes;
        this.ids = ids;
        this.vendor = vendor;
        int n = quotes.length;
        call = new boolean[n];
        strike = new double[n];
        bid = new double[n];
        ask = new double[n];
        volume = new double[n];
        openInterest = new double[n];
        multiplier = new int[n];
        List<LocalDate> exp = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OptionQuote q = quotes[i];
            OptionContract c = q.contract();
            call[i] = c.right().isCall();
            strike[i] = c.strike();
            bid[i] = q.bid();
            ask[i] = q.ask();
            volume[i] = q.volume();
            openInterest[i] = q.openInterest();
            multiplier[i] = c.multiplier();
            if (exp.isEmpty() || !exp.get(exp.size() - 1).equals(c.expiry())) {
                exp.add(c.expiry());
                starts.add(i);
            }
        }
        expiries = exp.toArray(new LocalDate[0]);
        expiryStart = new int[expiries.length + 1];
        for (int e = 0; e < expiries.length; e++) {
            expiryStart[e] = starts.get(e);
        }
        expiryStart[expiries.length] = n;
    }

    /**
     * Starts a chain of options on {@code underlying}.
     *
     * @param underlying the underlying's symbol; every contract added must name it
     * @return a new builder
     * @throws IllegalArgumentException if {@code underlying} is blank
     */
    public static Builder builder(String underlying) {
        return new Builder(ArgChecks.notBlank(underlying, "underlying"));
    }

    /**
     * The same chain with the underlying's spot price and the valuation date set (replacing any).
     *
     * @param spot the underlying's price, positive
     * @param asOf the valuation date; times to expiry are ACT/365 from it
     * @return a new chain sharing this one's contracts
     * @throws IllegalArgumentException if {@code spot} is not positive and finite or {@code asOf} is null
     */
    public OptionChain withMarket(double spot, LocalDate asOf) {
        ArgChecks.positive(spot, "spot");
        ArgChecks.notNull(asOf, "asOf");
        return new OptionChain(underlying, spot, asOf, quotes, ids, vendor);
    }

    /**
     * The underlying's symbol.
     *
     * @return the symbol
     */
    public String underlying() {
        return underlying;
    }

    /**
     * The underlying's spot price, if known.
     *
     * @return the spot, or empty
     */
    public OptionalDouble spot() {
        return Double.isNaN(spot) ? OptionalDouble.empty() : OptionalDouble.of(spot);
    }

    /**
     * The valuation date, if known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * Whether both spot and valuation date are known (needed for implied volatility).
     *
     * @return true when {@link #spot()} and {@link #asOf()} are present
     */
    public boolean hasMarket() {
        return asOf != null;
    }

    /**
     * The number of contracts.
     *
     * @return the size, zero or more
     */
    public int size() {
        return quotes.length;
    }

    /**
     * The number of distinct expiries.
     *
     * @return the count
     */
    public int expiryCount() {
        return expiries.length;
    }

    /**
     * Expiry {@code e}, in ascending order.
     *
     * @param e the expiry index, {@code 0 .. expiryCount()-1}
     * @return the expiry date
     */
    public LocalDate expiry(int e) {
        return expiries[e];
    }

    /**
     * The expiry dates, ascending.
     *
     * @return an unmodifiable list
     */
    public List<LocalDate> expiries() {
        return List.of(expiries);
    }

    /**
     * The first contract index of expiry {@code e}.
     *
     * @param e the expiry index
     * @return the index, inclusive
     */
    public int expiryStart(int e) {
        return expiryStart[e];
    }

    /**
     * One past the last contract index of expiry {@code e}.
     *
     * @param e the expiry index
     * @return the index, exclusive
     */
    public int expiryEnd(int e) {
        return expiryStart[e + 1];
    }

    /**
     * The expiry index of contract {@code i} (binary search, O(log expiries)).
     *
     * @param i the contract index
     * @return the expiry index
     */
    public int expiryIndexOf(int i) {
        int e = Arrays.binarySearch(expiryStart, 0, expiries.length, i);
        if (e >= 0) {
            // Several equal starts cannot occur: every expiry has at least one contract.
            return e;
        }
        return -e - 2;
    }

    /**
     * The quote of contract {@code i}.
     *
     * @param i the contract index
     * @return the quote
     */
    public OptionQuote quote(int i) {
        return quotes[i];
    }

    /**
     * All quotes in chain order.
     *
     * @return an unmodifiable list
     */
    public List<OptionQuote> quotes() {
        return Collections.unmodifiableList(Arrays.asList(quotes));
    }

    /**
     * The contract of index {@code i}.
     *
     * @param i the contract index
     * @return the contract
     */
    public OptionContract contract(int i) {
        return quotes[i].contract();
    }

    /**
     * The id of contract {@code i}: as supplied, or the OCC-style symbol.
     *
     * @param i the contract index
     * @return the id
     */
    public String contractId(int i) {
        return ids[i];
    }

    /**
     * Whether contract {@code i} is a call.
     *
     * @param i the contract index
     * @return true for a call, false for a put
     */
    public boolean isCall(int i) {
        return call[i];
    }

    /**
     * The strike of contract {@code i}, in the underlying's currency.
     *
     * @param i the contract index
     * @return the strike
     */
    public double strike(int i) {
        return strike[i];
    }

    /**
     * The bid of contract {@code i} per unit of underlying; 0 means no bid.
     *
     * @param i the contract index
     * @return the bid, zero or positive
     */
    public double bid(int i) {
        return bid[i];
    }

    /**
     * The ask of contract {@code i} per unit of underlying; 0 means no ask.
     *
     * @param i the contract index
     * @return the ask, zero or positive
     */
    public double ask(int i) {
        return ask[i];
    }

    /**
     * The session volume of contract {@code i}, in contracts.
     *
     * @param i the contract index
     * @return the volume
     */
    public double volume(int i) {
        return volume[i];
    }

    /**
     * The open interest of contract {@code i}, in contracts.
     *
     * @param i the contract index
     * @return the open interest
     */
    public double openInterest(int i) {
        return openInterest[i];
    }

    /**
     * The multiplier of contract {@code i}: units of underlying per contract (100 by default).
     *
     * @param i the contract index
     * @return the multiplier
     */
    public int multiplier(int i) {
        return multiplier[i];
    }

    /**
     * Whether contract {@code i} has both a bid and an ask.
     *
     * @param i the contract index
     * @return true when bid &gt; 0 and ask &gt; 0
     */
    public boolean isTwoSided(int i) {
        return bid[i] > 0 && ask[i] > 0;
    }

    /**
     * The mid {@code (bid + ask)/2} of contract {@code i} when two-sided.
     *
     * @param i the contract index
     * @return the mid, or empty
     */
    public OptionalDouble mid(int i) {
        return isTwoSided(i) ? OptionalDouble.of(0.5 * (bid[i] + ask[i])) : OptionalDouble.empty();
    }

    /**
     * A vendor-supplied value of contract {@code i}, as read from a file.
     *
     * @param i     the contract index
     * @param field which value
     * @return the value, or empty when not supplied
     */
    public OptionalDouble vendor(int i, VendorField field) {
        double v = vendor[field.ordinal()][i];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Whether any contract carries a vendor value of {@code field}.
     *
     * @param field the field
     * @return true if at least one value is present
     */
    public boolean hasVendor(VendorField field) {
        for (double v : vendor[field.ordinal()]) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the strikes of contracts {@code from .. to-1} into {@code dst} at {@code dstOffset}.
     *
     * @param from      the first contract index
     * @param to        one past the last
     * @param dst       the destination
     * @param dstOffset where to write
     */
    public void copyStrikes(int from, int to, double[] dst, int dstOffset) {
        System.arraycopy(strike, from, dst, dstOffset, to - from);
    }

    /**
     * The OCC-style symbol of a contract: root, {@code yyMMdd}, {@code C} or {@code P}, and the
     * strike × 1000 as 8 digits, e.g. {@code SPX200515C02875000}.
     *
     * @param contract the contract
     * @return the symbol
     * @throws IllegalArgumentException if {@code contract} is null
     */
    public static String occSymbol(OptionContract contract) {
        ArgChecks.notNull(contract, "contract");
        return contract.underlying() + OCC_DATE.format(contract.expiry()) + (contract.right().isCall() ? "C" : "P")
                + String.format(Locale.ROOT, "%08d", Math.round(contract.strike() * 1000));
    }

    @Override
    public String toString() {
        return "OptionChain[" + underlying + ", " + quotes.length + " contracts, " + expiries.length + " expiries"
                + (hasMarket() ? ", spot " + spot + " as of " + asOf : "") + "]";
    }

    /** Vendor-supplied per-contract values a chain file may carry. */
    public enum VendorField {
        /** Implied volatility, decimal. */
        IV,
        /** Delta. */
        DELTA,
        /** Gamma. */
        GAMMA,
        /** Vega (units as supplied). */
        VEGA,
        /** Theta (units as supplied). */
        THETA
    }

    /**
     * Collects contracts into an {@link OptionChain}. Not thread-safe; {@link #build()} may be called
     * once or more.
     */
    public static final class Builder {
        private final String underlying;
        private double spot = Double.NaN;
        private LocalDate asOf;
        private final List<OptionQuote> quotes = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<double[]> vendor = new ArrayList<>();

        private Builder(String underlying) {
            this.underlying = underlying;
        }

        /**
         * Sets the underlying's spot price and the valuation date.
         *
         * @param spot the spot, positive
         * @param asOf the valuation date
         * @return this builder
         * @throws IllegalArgumentException if {@code spot} is not positive or {@code asOf} is null
         */
        public Builder market(double spot, LocalDate asOf) {
            this.spot = ArgChecks.positive(spot, "spot");
            this.asOf = ArgChecks.notNull(asOf, "asOf");
            return this;
        }

        /**
         * Adds a quote under its OCC-style id.
         *
         * @param quote the quote; its contract must be on this chain's underlying
         * @return this builder
         * @throws IllegalArgumentException if the quote is null or on another underlying
         */
        public Builder add(OptionQuote quote) {
            return add(null, quote, null);
        }

        /**
         * Adds a quote with an id and vendor values.
         *
         * @param contractId the id, or null for the OCC-style symbol
         * @param quote      the quote; its contract must be on this chain's underlying
         * @param vendorValues vendor values indexed by {@link VendorField#ordinal()} (NaN = absent),
         *                     or null for none; copied
         * @return this builder
         * @throws IllegalArgumentException if the quote is null or on another underlying, or
         *                                  {@code vendorValues} has the wrong length or an infinite value
         */
        public Builder add(String contractId, OptionQuote quote, double[] vendorValues) {
            ArgChecks.notNull(quote, "quote");
            ArgChecks.check(quote.contract().underlying().equals(underlying), "quote.contract.underlying",
                    quote.contract().underlying(), "must be " + underlying);
            double[] v = new double[VendorField.values().length];
            Arrays.fill(v, Double.NaN);
            if (vendorValues != null) {
                ArgChecks.sameLength(vendorValues.length, v.length, "vendorValues");
                for (int k = 0; k < v.length; k++) {
                    ArgChecks.check(!Double.isInfinite(vendorValues[k]), "vendorValues[" + k + "]",
                            vendorValues[k], "must not be infinite");
                    v[k] = vendorValues[k];
                }
            }
            if (Double.isNaN(v[VendorField.IV.ordinal()]) && quote.impliedVol().isPresent()) {
                v[VendorField.IV.ordinal()] = quote.impliedVol().getAsDouble();
            }
            quotes.add(quote);
            ids.add(contractId == null || contractId.isBlank() ? occSymbol(quote.contract()) : contractId.trim());
            vendor.add(v);
            return this;
        }

        /**
         * Builds the chain, sorting contracts by expiry, strike and right (call first).
         *
         * @return the chain
         * @throws IllegalArgumentException if two quotes are for the same contract (expiry, right and
         *                                  strike) or share an id
         */
        public OptionChain build() {
            int n = quotes.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Comparator<Integer> cmp = Comparator.comparing((Integer i) -> quotes.get(i).contract().expiry())
                    .thenComparingDouble(i -> quotes.get(i).contract().strike())
                    .thenComparing(i -> quotes.get(i).contract().right());
            Arrays.sort(order, cmp);
            OptionQuote[] q = new OptionQuote[n];
            String[] id = new String[n];
            double[][] vend = new double[VendorField.values().length][n];
            Map<String, Integer> seenIds = new HashMap<>();
            for (int k = 0; k < n; k++) {
                int i = order[k];
                q[k] = quotes.get(i);
                id[k] = ids.get(i);
                for (int f = 0; f < vend.length; f++) {
                    vend[f][k] = vendor.get(i)[f];
                }
                if (k > 0 && cmp.compare(order[k - 1], i) == 0) {
                    throw new IllegalArgumentException("duplicate contract " + id[k] + ": " + q[k].contract());
                }
                Integer prev = seenIds.putIfAbsent(id[k], k);
                if (prev != null) {
                    throw new IllegalArgumentException("duplicate contract id " + id[k]);
                }
            }
            return new OptionChain(underlying, spot, asOf, q, id, vend);
        }
    }
}
