package io.swiftbolt.attribution.brinson;

import io.swiftbolt.core.util.ArgChecks;
import java.util.Locale;

/**
 * How a single period's active return is split into allocation, selection and interaction.
 *
 * <p>For a sector with portfolio weight {@code wp}, benchmark weight {@code wb}, portfolio return
 * {@code rp} and benchmark return {@code rb}, and the benchmark's total return
 * {@code Rb = sum(wb * rb)} (all returns simple, as decimals):
 * <table>
 *   <caption>Effects by method</caption>
 *   <tr><th>method</th><th>allocation</th><th>selection</th><th>interaction</th></tr>
 *   <tr><td>{@link #BHB}</td><td>{@code (wp - wb) * rb}</td><td>{@code wb * (rp - rb)}</td>
 *       <td>{@code (wp - wb) * (rp - rb)}</td></tr>
 *   <tr><td>{@link #BRINSON_FACHLER}</td><td>{@code (wp - wb) * (rb - Rb)}</td>
 *       <td>{@code wb * (rp - rb)}</td><td>{@code (wp - wb) * (rp - rb)}</td></tr>
 * </table>
 * Both add up, over all sectors, to the active return {@code Rp - Rb} (for Brinson-Fachler
 * because both weight sets sum to 1); they differ per sector only in allocation: Brinson-Fachler
 * rewards overweighting a sector that beats the benchmark as a whole, not merely one with a
 * positive return.
 */
public enum BrinsonMethod {
    /** Brinson, Hood and Beebower (1986): allocation {@code (wp - wb) * rb}. */
    BHB("bhb"),
    /** Brinson and Fachler (1985): allocation {@code (wp - wb) * (rb - Rb)}. */
    BRINSON_FACHLER("bf");

    private final String code;

    BrinsonMethod(String code) {
        this.code = code;
    }

    /**
     * The short name used on the command line: {@code bhb} or {@code bf}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The method for a short name, case-insensitive.
     *
     * @param code {@code bhb} or {@code bf}
     * @return the method
     * @throws IllegalArgumentException if {@code code} is null or neither name
     */
    public static BrinsonMethod ofCode(String code) {
        ArgChecks.notNull(code, "method");
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (BrinsonMethod m : values()) {
            if (m.code.equals(c)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be bhb or bf, was \"" + code + "\"");
    }
}
