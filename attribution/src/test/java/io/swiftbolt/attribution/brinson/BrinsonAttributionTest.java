package io.swiftbolt.attribution.brinson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrinsonAttributionTest {

    private static final double EXACT = 1e-15;

    /*
     * Hand-worked two-sector example (decimals).
     *
     *            wp    wb    rp     rb
     *   Equity  0.70  0.60  0.10   0.08
     *   Bonds   0.30  0.40  0.02   0.03
     *
     *   Rp = 0.70*0.10 + 0.30*0.02 = 0.070 + 0.006 = 0.076
     *   Rb = 0.60*0.08 + 0.40*0.03 = 0.048 + 0.012 = 0.060      active = 0.016
     *
     * BHB:
     *   Equity  allocation  (0.70-0.60)*0.08          =  0.008
     *           selection    0.60*(0.10-0.08)         =  0.012
     *           interaction (0.70-0.60)*(0.10-0.08)   =  0.002     total  0.022
     *   Bonds   allocation  (0.30-0.40)*0.03          = -0.003
     *           selection    0.40*(0.02-0.03)         = -0.004
     *           interaction (0.30-0.40)*(0.02-0.03)   =  0.001     total -0.006
     *   sum: allocation 0.005, selection 0.008, interaction 0.003; total 0.016 = active.
     *
     * Brinson-Fachler changes allocation only, measuring against Rb = 0.06:
     *   Equity  (0.70-0.60)*(0.08-0.06) =  0.002   total 0.016
     *   Bonds   (0.30-0.40)*(0.03-0.06) =  0.003   total 0.000
     *   sum of allocation still 0.005 (the weights' differences sum to 0).
     */
    private static final List<Holding> TWO_SECTORS = List.of(
            new Holding("Equity", 0.70, 0.60, 0.10, 0.08),
            new Holding("Bonds", 0.30, 0.40, 0.02, 0.03));

    @Test
    void handWorkedTwoSectorBhb() {
        BrinsonResult r = BrinsonAttribution.builder().method(BrinsonMethod.BHB).build().attribute(TWO_SECTORS);
        assertThat(r.portfolioReturn()).isCloseTo(0.076, within(EXACT));
        assertThat(r.benchmarkReturn()).isCloseTo(0.060, within(EXACT));
        assertThat(r.activeReturn()).isCloseTo(0.016, within(EXACT));
        SectorEffects equity = r.sectors().get(0);
        SectorEffects bonds = r.sectors().get(1);
        assertThat(equity.sector()).isEqualTo("Equity");
        assertThat(equity.coverage()).isEqualTo(SectorCoverage.BOTH);
        assertThat(equity.allocation()).isCloseTo(0.008, within(EXACT));
        assertThat(equity.selection()).isCloseTo(0.012, within(EXACT));
        assertThat(equity.interaction()).isCloseTo(0.002, within(EXACT));
        assertThat(equity.total()).isCloseTo(0.022, within(EXACT));
        assertThat(bonds.allocation()).isCloseTo(-0.003, within(EXACT));
        assertThat(bonds.selection()).isCloseTo(-0.004, within(EXACT));
        assertThat(bonds.interaction()).isCloseTo(0.001, within(EXACT));
        assertThat(bonds.total()).isCloseTo(-0.006, within(EXACT));
        assertThat(r.allocation()).isCloseTo(0.005, within(EXACT));
        assertThat(r.selection()).isCloseTo(0.008, within(EXACT));
        assertThat(r.interaction()).isCloseTo(0.003, within(EXACT));
        assertThat(r.total()).isCloseTo(r.activeReturn(), within(1e-12));
    }

    @Test
    void handWorkedTwoSectorBrinsonFachler() {
        BrinsonResult r = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).build()
                .attribute(TWO_SECTORS);
        assertThat(r.sectors().get(0).allocation()).isCloseTo(0.002, within(EXACT));
        assertThat(r.sectors().get(1).allocation()).isCloseTo(0.003, within(EXACT));
        assertThat(r.sectors().get(0).total()).isCloseTo(0.016, within(EXACT));
        assertThat(r.sectors().get(1).total()).isCloseTo(0.000, within(EXACT));
        assertThat(r.allocation()).isCloseTo(0.005, within(EXACT));
        assertThat(r.selection()).isCloseTo(0.008, within(EXACT));
        assertThat(r.interaction()).isCloseTo(0.003, within(EXACT));
        assertThat(r.total()).isCloseTo(0.016, within(1e-12));
    }

    @Test
    void securitiesAreGroupedBySectorWithWeightedReturns() {
        // Equity as two securities: 0.5 at 0.12 and 0.2 at 0.05 -> 0.70 at (0.06 + 0.01) / 0.7 = 0.10;
        // benchmark 0.45 at 0.10 and 0.15 at 0.02 -> 0.60 at (0.045 + 0.003) / 0.6 = 0.08.
        List<Holding> securities = List.of(
                new Holding("Equity", 0.50, 0.45, 0.12, 0.10),
                new Holding("Bonds", 0.30, 0.40, 0.02, 0.03),
                new Holding("Equity", 0.20, 0.15, 0.05, 0.02));
        BrinsonAttribution engine = BrinsonAttribution.builder().build();
        BrinsonResult grouped = engine.attribute(securities);
        BrinsonResult sectors = engine.attribute(TWO_SECTORS);
        assertThat(grouped.sectors()).extracting(SectorEffects::sector).containsExactly("Equity", "Bonds");
        for (int s = 0; s < 2; s++) {
            SectorEffects a = grouped.sectors().get(s);
            SectorEffects b = sectors.sectors().get(s);
            assertThat(a.portfolioWeight()).isCloseTo(b.portfolioWeight(), within(EXACT));
            assertThat(a.portfolioReturn()).isCloseTo(b.portfolioReturn(), within(EXACT));
            assertThat(a.benchmarkReturn()).isCloseTo(b.benchmarkReturn(), within(EXACT));
            assertThat(a.allocation()).isCloseTo(b.allocation(), within(EXACT));
            assertThat(a.selection()).isCloseTo(b.selection(), within(EXACT));
            assertThat(a.interaction()).isCloseTo(b.interaction(), within(EXACT));
        }
    }

    @Test
    void benchmarkOnlySectorTakesTheBenchmarkReturnSoOnlyAllocationRemains() {
        // Energy: benchmark only (its portfolio_return cell 0.99 is ignored: weight 0).
        List<Holding> rows = List.of(
                new Holding("Tech", 0.60, 0.50, 0.05, 0.04),
                new Holding("Health", 0.40, 0.30, 0.01, 0.02),
                new Holding("Energy", 0.00, 0.20, 0.99, -0.10));
        for (BrinsonMethod m : BrinsonMethod.values()) {
            BrinsonResult r = BrinsonAttribution.builder().method(m).build().attribute(rows);
            SectorEffects energy = r.sectors().get(2);
            assertThat(energy.coverage()).isEqualTo(SectorCoverage.BENCHMARK_ONLY);
            assertThat(energy.portfolioReturn()).isEqualTo(energy.benchmarkReturn()).isCloseTo(-0.10, within(EXACT));
            assertThat(energy.selection()).isZero();
            assertThat(energy.interaction()).isZero();
            double rb = 0.5 * 0.04 + 0.3 * 0.02 + 0.2 * -0.10;
            double expected = m == BrinsonMethod.BHB ? -0.20 * -0.10 : -0.20 * (-0.10 - rb);
            assertThat(energy.allocation()).isCloseTo(expected, within(EXACT));
            assertThat(r.total()).isCloseTo(r.activeReturn(), within(1e-12));
        }
    }

    @Test
    void portfolioOnlySectorUsesTheSuppliedBenchmarkReturn() {
        // Crypto: portfolio only; the sector's benchmark return 0.30 is supplied on its rows.
        List<Holding> rows = List.of(
                new Holding("Tech", 0.50, 0.70, 0.05, 0.04),
                new Holding("Health", 0.30, 0.30, 0.01, 0.02),
                new Holding("Crypto", 0.15, 0.00, 0.50, 0.30),
                new Holding("Crypto", 0.05, 0.00, 0.10, 0.30));
        BrinsonResult r = BrinsonAttribution.builder().build().attribute(rows);
        SectorEffects crypto = r.sectors().get(2);
        assertThat(crypto.coverage()).isEqualTo(SectorCoverage.PORTFOLIO_ONLY);
        assertThat(crypto.portfolioWeight()).isCloseTo(0.20, within(EXACT));
        assertThat(crypto.portfolioReturn()).isCloseTo((0.15 * 0.50 + 0.05 * 0.10) / 0.20, within(EXACT));
        assertThat(crypto.benchmarkReturn()).isCloseTo(0.30, within(EXACT));
        assertThat(crypto.allocation()).isCloseTo(0.20 * 0.30, within(EXACT));
        assertThat(crypto.selection()).isZero();
        assertThat(crypto.interaction()).isCloseTo(0.20 * (0.40 - 0.30), within(EXACT));
        assertThat(r.total()).isCloseTo(r.activeReturn(), within(1e-12));
    }

    @Test
    void sectorHeldByNeitherSideHasZeroEffects() {
        List<Holding> rows = List.of(
                new Holding("A", 1.0, 1.0, 0.05, 0.04),
                new Holding("B", 0.0, 0.0, 0.30, 0.20));
        SectorEffects b = BrinsonAttribution.builder().build().attribute(rows).sectors().get(1);
        assertThat(b.coverage()).isEqualTo(SectorCoverage.NEITHER);
        assertThat(List.of(b.portfolioReturn(), b.benchmarkReturn(), b.allocation(), b.selection(), b.interaction()))
                .containsOnly(0.0);
    }

    @Test
    void weightsMustSumToOneUnlessNormalizationIsAsked() {
        List<Holding> off = List.of(
                new Holding("A", 0.60, 0.50, 0.05, 0.04),
                new Holding("B", 0.30, 0.50, 0.01, 0.02));
        assertThatThrownBy(() -> BrinsonAttribution.builder().build().attribute(off))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portfolio weights must sum to 1 within 1.0E-6")
                .hasMessageContaining("was 0.899999");
        // Within the tolerance: accepted and rescaled to sum to exactly 1.
        List<Holding> close = List.of(
                new Holding("A", 0.6000004, 0.5, 0.05, 0.04),
                new Holding("B", 0.4, 0.5, 0.01, 0.02));
        BrinsonResult r = BrinsonAttribution.builder().build().attribute(close);
        assertThat(r.sectors().get(0).portfolioWeight() + r.sectors().get(1).portfolioWeight())
                .isCloseTo(1.0, within(1e-15));
        // Market values, normalized on request.
        List<Holding> values = List.of(
                new Holding("A", 700, 600, 0.10, 0.08),
                new Holding("B", 300, 400, 0.02, 0.03));
        BrinsonResult n = BrinsonAttribution.builder().normalizeWeights(true).build().attribute(values);
        assertThat(n.activeReturn()).isCloseTo(0.016, within(EXACT));
        assertThatThrownBy(() -> BrinsonAttribution.builder().normalizeWeights(true).build()
                .attribute(List.of(new Holding("A", 0, 1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portfolio weights must have a positive sum");
    }

    @Test
    void badRowsAndArgumentsAreRejectedWithTheirNameAndValue() {
        assertThatThrownBy(() -> new Holding(" ", 0.5, 0.5, 0, 0)).hasMessageContaining("sector must not be blank");
        assertThatThrownBy(() -> new Holding("A", -0.1, 0.5, 0, 0))
                .hasMessageContaining("portfolioWeight must be zero or positive and finite, was -0.1");
        assertThatThrownBy(() -> new Holding("A", 0.1, 0.5, -1.5, 0))
                .hasMessageContaining("portfolioReturn must be finite and at least -1, was -1.5");
        assertThatThrownBy(() -> new Holding("A", 0.1, 0.5, 0, Double.NaN))
                .hasMessageContaining("benchmarkReturn must be finite and at least -1, was NaN");
        assertThatThrownBy(() -> BrinsonAttribution.builder().build().attribute(List.of()))
                .hasMessageContaining("holdings must not be empty");
        assertThatThrownBy(() -> BrinsonAttribution.builder().weightTolerance(-1))
                .hasMessageContaining("weightTolerance must be in [0, 1), was -1.0");
        assertThatThrownBy(() -> BrinsonMethod.ofCode("xyz")).hasMessage("method must be bhb or bf, was \"xyz\"");
        assertThat(BrinsonMethod.ofCode(" BF ")).isEqualTo(BrinsonMethod.BRINSON_FACHLER);
    }

    @Test
    void linkingAPeriodThatLostEverythingIsRejected() {
        BrinsonAttribution engine = BrinsonAttribution.builder().build();
        BrinsonResult wipedOut = engine.attribute(List.of(new Holding("A", 1, 1, -1, 0.01)));
        assertThatThrownBy(() -> engine.link(List.of(wipedOut)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods[0].portfolioReturn must be above -1 to link, was -1.0");
        BrinsonResult bf = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).build()
                .attribute(TWO_SECTORS);
        assertThatThrownBy(() -> engine.link(List.of(engine.attribute(TWO_SECTORS), bf)))
                .hasMessageContaining("periods[1].method must equal the first period's method BHB");
    }
}
