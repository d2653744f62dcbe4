package io.swiftbolt.core.math;

/**
 * Constants of {@link PolynomialLog}'s polynomial on {@value #X_MIN} &le; x &le; {@value #X_MAX}.
 *
 * <p>GENERATED FILE, do not edit. Written by
 * {@code core/src/test/resources/reference/log/generate_polynomial_log.py}
 * (Debian {@code /usr/bin/python3} with {@code python3-mpmath} 1.2.1), which explains the
 * method and checks the approximation error of the rounded coefficients: at most
 * 4.2e-18 relative on 20,001 points of [0.5, 2.5].
 *
 * <p>{@code ln x ≈ 2z + 2z·w·p(w)} with {@code z = (x − 1)/(x + 1)}, {@code w = z²} and
 * {@code p(w) = C0 + C1·w + … + C11·w^11}.
 */
final class PolynomialLogCoefficients {

    /** The smallest x the polynomial covers. */
    static final double X_MIN = 0.5;
    /** The largest x the polynomial covers. */
    static final double X_MAX = 2.5;
    /** Coefficient of w^0. */
    static final double C0 = 0.3333333333333333;
    /** Coefficient of w^1. */
    static final double C1 = 0.2000000000000307;
    /** Coefficient of w^2. */
    static final double C2 = 0.14285714284919523;
    /** Coefficient of w^3. */
    static final double C3 = 0.11111111191430766;
    /** Coefficient of w^4. */
    static final double C4 = 0.09090904910246529;
    /** Coefficient of w^5. */
    static final double C5 = 0.07692435595045058;
    /** Coefficient of w^6. */
    static final double C6 = 0.06664198430842003;
    /** Coefficient of w^7. */
    static final double C7 = 0.05913487309275028;
    /** Coefficient of w^8. */
    static final double C8 = 0.05003989026028942;
    /** Coefficient of w^9. */
    static final double C9 = 0.06160893542716858;
    /** Coefficient of w^10. */
    static final double C10 = -0.0027016372512737754;
    /** Coefficient of w^11. */
    static final double C11 = 0.11974262895067175;

    private PolynomialLogCoefficients() {
    }
}
