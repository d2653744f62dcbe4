package io.swiftbolt.attribution.brinson;

/**
 * How single-period effects are combined over many periods so that they add up to the compounded
 * active return {@code Rp - Rb}, where {@code Rp = prod(1 + Rp_t) - 1} and
 * {@code Rb = prod(1 + Rb_t) - 1} are the geometric (compounded) portfolio and benchmark returns.
 *
 * <p>Each method gives a coefficient {@code c_t} per period; a linked effect is
 * {@code sum_t c_t * e_t} over the period effects {@code e_t}. With {@code a_t = Rp_t - Rb_t}:
 * <ul>
 *   <li>{@link #CARINO}: {@code c_t = k_t / k} with {@code k_t = (ln(1 + Rp_t) - ln(1 + Rb_t)) / a_t}
 *       and {@code k = (ln(1 + Rp) - ln(1 + Rb)) / (Rp - Rb)}; when the two returns are equal
 *       the limit {@code 1 / (1 + R)} is used.</li>
 *   <li>{@link #MENCHERO}: {@code c_t = M + alpha_t} with
 *       {@code M = (Rp - Rb) / (T * ((1 + Rp)^(1/T) - (1 + Rb)^(1/T)))} (limit
 *       {@code (1 + Rp)^((T-1)/T)} when {@code Rp = Rb}) and the optimized correction
 *       {@code alpha_t = (Rp - Rb - M * sum(a)) * a_t / sum(a^2)} (zero when every {@code a_t}
 *       is zero).</li>
 * </ul>
 */
public enum LinkingMethod {
    /** Carino (1999): logarithmic smoothing. */
    CARINO,
    /** Menchero (2000): optimized, as-uniform-as-possible scaling. */
    MENCHERO
}
