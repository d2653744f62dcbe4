package io.swiftbolt.trading.order;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.util.ArgChecks;
import java.util.Locale;

/**
 * A tradable instrument, identified by its symbol. Quantities are shares for an {@link Equity}
 * and contracts for an {@link Option}; the notional of {@code q} at price {@code p} is
 * {@code q × p × multiplier()}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Instrument permits Instrument.Equity, Instrument.Option {

    /**
     * The symbol orders and quotes use.
     *
     * @return the symbol, not blank
     */
    String symbol();

    /**
     * Units of the underlying per unit of quantity: 1 for equities, the contract multiplier
     * (normally 100) for options.
     *
     * @return the multiplier, positive
     */
    int multiplier();

    /**
     * A share or ETF.
     *
     * @param symbol the ticker, not blank
     */
    record Equity(String symbol) implements Instrument {
        /**
         * Validates.
         *
         * @throws IllegalArgumentException if the symbol is blank
         */
        public Equity {
            ArgChecks.notBlank(symbol, "symbol");
        }

        @Override
        public int multiplier() {
            return 1;
        }
    }

    /**
     * A listed option contract. Its symbol is {@code UNDERLYING YYYY-MM-DD C|P STRIKE}, e.g.
     * {@code SPY 2020-06-19 C 300}, unless given explicitly.
     *
     * @param symbol   the symbol, not blank
     * @param contract the contract (underlying, right, strike, expiry, multiplier)
     */
    record Option(String symbol, OptionContract contract) implements Instrument {
        /**
         * Validates.
         *
         * @throws IllegalArgumentException if an argument is null or blank
         */
        public Option {
            ArgChecks.notBlank(symbol, "symbol");
            ArgChecks.notNull(contract, "contract");
        }

        /**
         * An option with the conventional symbol.
         *
         * @param contract the contract
         * @return the instrument
         */
        public static Option of(OptionContract contract) {
            ArgChecks.notNull(contract, "contract");
            String strike = contract.strike() == Math.rint(contract.strike())
                    ? Long.toString((long) contract.strike()) : Double.toString(contract.strike());
            return new Option(String.format(Locale.ROOT, "%s %s %s %s", contract.underlying(), contract.expiry(),
                    contract.right().isCall() ? "C" : "P", strike), contract);
        }

        @Override
        public int multiplier() {
            return contract.multiplier();
        }
    }

    /**
     * An equity.
     *
     * @param symbol the ticker
     * @return the instrument
     */
    static Equity equity(String symbol) {
        return new Equity(symbol);
    }
}
