package io.swiftbolt.chain.greeks;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.util.ArgChecks;

/**
 * A holding of one option contract.
 *
 * <p>The contract's own multiplier applies ({@link OptionContract#of} gives the standard 100).
 *
 * @param contract   the contract
 * @param quantity   contracts held, signed: positive long, negative short
 * @param volatility the volatility to value it at (decimal, annualized, e.g. its implied vol), positive
 */
public record Position(OptionContract contract, long quantity, double volatility) {

    /**
     * Validates the position.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public Position {
        ArgChecks.notNull(contract, "contract");
        ArgChecks.positive(volatility, "volatility");
    }

    /**
     * Units of underlying the position controls per unit of option price: quantity × multiplier.
     *
     * @return the signed number of units
     */
    public double units() {
        return (double) quantity * contract.multiplier();
    }
}
