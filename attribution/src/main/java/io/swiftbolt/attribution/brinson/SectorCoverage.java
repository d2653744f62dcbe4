package io.swiftbolt.attribution.brinson;

/**
 * Which side holds a sector, and so how its missing return is filled in.
 *
 * <ul>
 *   <li>{@link #BOTH}: both weights are positive; both returns are weight-averaged over the
 *       sector's rows.</li>
 *   <li>{@link #BENCHMARK_ONLY}: the portfolio holds none of it; its portfolio return is taken
 *       as the benchmark's, so selection and interaction are zero and the whole effect is
 *       allocation.</li>
 *   <li>{@link #PORTFOLIO_ONLY}: the benchmark holds none of it; its benchmark return must be
 *       supplied on the rows ({@code benchmarkReturn}, e.g. the sector index's return) and is
 *       averaged with the portfolio's weights.</li>
 *   <li>{@link #NEITHER}: both weights are zero; both returns are reported as 0 and every effect
 *       is 0.</li>
 * </ul>
 */
public enum SectorCoverage {
    /** Held by portfolio and benchmark. */
    BOTH,
    /** Held by the portfolio only. */
    PORTFOLIO_ONLY,
    /** Held by the benchmark only. */
    BENCHMARK_ONLY,
    /** Held by neither (all weights zero). */
    NEITHER
}
