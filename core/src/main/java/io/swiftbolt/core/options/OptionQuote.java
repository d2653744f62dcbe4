package io.swiftbolt.core.options;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A market quote for one option contract.
 *
 * <p>A bid or ask of 0 means "no quote on that side". Optional fields (implied volatility, Greeks
 * supplied by a data vendor) are {@link OptionalDouble} / {@link Optional}, never NaN.
 *
 * @param contract     the contract
 * @param bid          best bid per unit of underlying, ≥ 0 (0 = none)
 * @param ask          best ask per unit of underlying, ≥ 0 (0 = none); when both sides are quoted,
 *                     bid ≤ ask
 * @param last         last trade price, ≥ 0 (0 = none)
 * @param volume       contracts traded in the session, ≥ 0
 * @param openInterest contracts open, ≥ 0
 * @param impliedVol   a vendor's implied volatility (decimal), if supplied
 * @param greeks       a vendor's Greeks, if supplied
 */
public record OptionQuote(OptionContract contract, double bid, double ask, double last, long volume,
                          long openInterest, OptionalDouble impliedVol, Optional<Greeks> greeks) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming the first bad argument
     */
    public OptionQuote {
        ArgChecks.notNull(contract, "contract");
        ArgChecks.notNegative(bid, "bid");
        ArgChecks.notNegative(ask, "ask");
        ArgChecks.notNegative(last, "last");
        if (volume < 0) {
            throw new IllegalArgumentException("volume must be zero or positive, was " + volume);
        }
        if (openInterest < 0) {
            throw new IllegalArgumentException("openInterest must be zero or positive, was " + openInterest);
        }
        if (bid > 0 && ask > 0 && bid > ask) {
            throw new IllegalArgumentException("bid must not exceed ask, was bid " + bid + " > ask " + ask);
        }
        ArgChecks.notNull(impliedVol, "impliedVol");
        if (impliedVol.isPresent()) {
            ArgChecks.positive(impliedVol.getAsDouble(), "impliedVol");
        }
        ArgChecks.notNull(greeks, "greeks");
    }

    /**
     * A quote without vendor implied volatility or Greeks.
     *
     * @param contract     the contract
     * @param bid          best bid (0 = none)
     * @param ask          best ask (0 = none)
     * @param last         last price (0 = none)
     * @param volume       session volume
     * @param openInterest open interest
     * @return the quote
     */
    public static OptionQuote of(OptionContract contract, double bid, double ask, double last, long volume,
                                 long openInterest) {
        return new OptionQuote(contract, bid, ask, last, volume, openInterest, OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * Whether both bid and ask are quoted.
     *
     * @return true when bid &gt; 0 and ask &gt; 0
     */
    public boolean isTwoSided() {
        return bid > 0 && ask > 0;
    }

    /**
     * The mid price, {@code (bid + ask)/2}, when the quote is two-sided.
     *
     * @return the mid, or empty
     */
    public OptionalDouble mid() {
        return isTwoSided() ? OptionalDouble.of(0.5 * (bid + ask)) : OptionalDouble.empty();
    }

    /**
     * The bid-ask spread when the quote is two-sided.
     *
     * @return {@code ask − bid}, or empty
     */
    public OptionalDouble spread() {
        return isTwoSided() ? OptionalDouble.of(ask - bid) : OptionalDouble.empty();
    }
}
