package io.swiftbolt.core.math;

/**
 * Constants of {@link TailFactor}'s polynomial on 0 &le; u &le; {@value #U_MAX}.
 *
 * <p>GENERATED FILE, do not edit. Written by
 * {@code core/src/test/resources/reference/tailfactor/generate_tail_factor.py}
 * (Debian {@code /usr/bin/python3} with {@code python3-mpmath} 1.2.1), which explains the
 * method and checks the approximation error of the rounded coefficients: at most
 * 4.8e-17 relative on 20,001 points of [0, 38.7].
 *
 * <p>{@code g(u) ≈ p(y)/(u + L)} with {@code y = (A·u − L)/(u + L)} and
 * {@code p(y) = C0 + C1·y + … + C22·y^22}.
 */
final class TailFactorPolynomial {

    /** The largest u the polynomial covers. */
    static final double U_MAX = 38.7;
    /** The shift L of the map {@code Z = (u − L)/(u + L)}. */
    static final double L = 6.0;
    /** The slope A of {@code y = (A·u − L)/(u + L)}, the map's image scaled onto [−1, 1]. */
    static final double A = 1.310077519379845;
    /** Coefficient of y^0. */
    static final double C0 = 0.8827932726379871;
    /** Coefficient of y^1. */
    static final double C1 = -0.7610009649401507;
    /** Coefficient of y^2. */
    static final double C2 = 0.5761865821490149;
    /** Coefficient of y^3. */
    static final double C3 = -0.3824284146753667;
    /** Coefficient of y^4. */
    static final double C4 = 0.22115335472693867;
    /** Coefficient of y^5. */
    static final double C5 = -0.11012227939994233;
    /** Coefficient of y^6. */
    static final double C6 = 0.046230765689440394;
    /** Coefficient of y^7. */
    static final double C7 = -0.01572403715163601;
    /** Coefficient of y^8. */
    static final double C8 = 0.003961245065027543;
    /** Coefficient of y^9. */
    static final double C9 = -0.0005361895530712559;
    /** Coefficient of y^10. */
    static final double C10 = -7.340472073032926e-05;
    /** Coefficient of y^11. */
    static final double C11 = 5.745942796226859e-05;
    /** Coefficient of y^12. */
    static final double C12 = -9.548822913294464e-06;
    /** Coefficient of y^13. */
    static final double C13 = -2.19406096268548e-06;
    /** Coefficient of y^14. */
    static final double C14 = 1.1977868026621565e-06;
    /** Coefficient of y^15. */
    static final double C15 = -2.1314198550855164e-08;
    /** Coefficient of y^16. */
    static final double C16 = -1.0128875967278877e-07;
    /** Coefficient of y^17. */
    static final double C17 = 1.3971633722639875e-08;
    /** Coefficient of y^18. */
    static final double C18 = 8.022463228382482e-09;
    /** Coefficient of y^19. */
    static final double C19 = -1.7775371884072014e-09;
    /** Coefficient of y^20. */
    static final double C20 = -6.291484402130557e-10;
    /** Coefficient of y^21. */
    static final double C21 = 1.2700721448079066e-10;
    /** Coefficient of y^22. */
    static final double C22 = 3.761510746934549e-11;

    private TailFactorPolynomial() {
    }
}
