package io.swiftbolt.core.pricing;

import io.swiftbolt.core.util.ArgChecks;
import java.util.OptionalDouble;

/**
 * The result of an implied-volatility solve: a status and, when the status is
 * {@link ImpliedVolStatus#OK}, the volatility.
 *
 * @param status     the outcome
 * @param volatility the annualized volatility (decimal), present exactly when {@code status} is OK
 */
public record ImpliedVolResult(ImpliedVolStatus status, OptionalDouble volatility) {

    /**
     * Validates that a volatility is present exactly for OK and is then positive and finite.
     *
     * @throws IllegalArgumentException otherwise
     */
    public ImpliedVolResult {
        ArgChecks.notNull(status, "status");
        ArgChecks.notNull(volatility, "volatility");
        if ((status == ImpliedVolStatus.OK) != volatility.isPresent()) {
            throw new IllegalArgumentException(
                    "volatility must be present exactly when status is OK, was " + status + " with " + volatility);
        }
        if (volatility.isPresent()) {
            ArgChecks.positive(volatility.getAsDouble(), "volatility");
        }
    }

    /**
     * Builds a result from a kernel value of {@link ImpliedVolKernels}.
     *
     * @param kernelResult a positive volatility or a negative status code
     * @return the result
     */
    public static ImpliedVolResult ofKernelResult(double kernelResult) {
        ImpliedVolStatus status = ImpliedVolStatus.ofKernelResult(kernelResult);
        return new ImpliedVolResult(status,
                status == ImpliedVolStatus.OK ? OptionalDouble.of(kernelResult) : OptionalDouble.empty());
    }

    /** @return whether a volatility was found */
    public boolean isOk() {
        return status == ImpliedVolStatus.OK;
    }
}
