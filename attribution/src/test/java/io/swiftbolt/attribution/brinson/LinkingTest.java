package io.swiftbolt.attribution.brinson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinkingTest {

    /* Two periods of the two-sector example, the second with the sectors' fortunes reversed. */
    private static final List<Holding> P1 = List.of(
            new Holding("Equity", 0.70, 0.60, 0.10, 0.08),
            new Holding("Bonds", 0.30, 0.40, 0.02, 0.03));
    private static final List<Holding> P2 = List.of(
            new Holding("Equity", 0.65, 0.60, -0.05, -0.04),
            new Holding("Bonds", 0.35, 0.40, 0.01, 0.015));

    @ParameterizedTest
    @EnumSource(LinkingMethod.class)
    void linkedEffectsSumToTheCompoundedActiveReturn(LinkingMethod linking) {
        for (BrinsonMethod method : BrinsonMethod.values()) {
            BrinsonAttribution engine = BrinsonAttribution.builder().method(method).linking(linking).build();
            LinkedBrinsonResult r = engine.attributeAndLink(List.of(P1, P2));
            double rp = (1 + 0.076) * (1 + (0.65 * -0.05 + 0.35 * 0.01)) - 1;
            double rb = (1 + 0.060) * (1 + (0.60 * -0.04 + 0.40 * 0.015)) - 1;
            assertThat(r.portfolioReturn()).isCloseTo(rp, within(1e-15));
            assertThat(r.benchmarkReturn()).isCloseTo(rb, within(1e-15));
            assertThat(r.total()).isCloseTo(rp - rb, within(1e-15));
            assertThat(r.allocation() + r.selection() + r.interaction()).isCloseTo(rp - rb, within(1e-15));
            assertThat(r.periods()).isEqualTo(2);
        }
    }

    @Test
    void carinoCoefficientsMatchTheTextbookFormula() {
        double[] rp = {0.076, -0.029};
        double[] rb = {0.060, -0.018};
        double[] c = new double[2];
        BrinsonKernels.carinoCoefficients(rp, rb, 2, c);
        double bigRp = 1.076 * 0.971 - 1;
        double bigRb = 1.060 * 0.982 - 1;
        double k = (Math.log(1 + bigRp) - Math.log(1 + bigRb)) / (bigRp - bigRb);
        for (int t = 0; t < 2; t++) {
            double kt = (Math.log(1 + rp[t]) - Math.log(1 + rb[t])) / (rp[t] - rb[t]);
            assertThat(c[t]).isCloseTo(kt / k, within(1e-12));
        }
    }

    @Test
    void mencheroCoefficientsMatchTheTextbookFormula() {
        double[] rp = {0.076, -0.029, 0.012};
        double[] rb = {0.060, -0.018, 0.020};
        double[] c = new double[3];
        BrinsonKernels.mencheroCoefficients(rp, rb, 3, c);
        double bigRp = 1.076 * 0.971 * 1.012 - 1;
        double bigRb = 1.060 * 0.982 * 1.020 - 1;
        double m = (bigRp - bigRb) / (3 * (Math.pow(1 + bigRp, 1 / 3.0) - Math.pow(1 + bigRb, 1 / 3.0)));
        double sumA = 0;
        double sumA2 = 0;
        for (int t = 0; t < 3; t++) {
            sumA += rp[t] - rb[t];
            sumA2 += (rp[t] - rb[t]) * (rp[t] - rb[t]);
        }
        for (int t = 0; t < 3; t++) {
            double alpha = (bigRp - bigRb - m * sumA) / sumA2 * (rp[t] - rb[t]);
            assertThat(c[t]).isCloseTo(m + alpha, within(1e-12));
        }
    }

    @Test
    void equalReturnsUseTheLimits() {
        double[] c = new double[2];
        BrinsonKernels.carinoCoefficients(new double[] {0.05, 0.02}, new double[] {0.05, 0.02}, 2, c);
        double total = 1.05 * 1.02 - 1;
        assertThat(c[0]).isCloseTo((1 / 1.05) / (1 / (1 + total)), within(1e-15));
        BrinsonKernels.mencheroCoefficients(new double[] {0.05, 0.02}, new double[] {0.05, 0.02}, 2, c);
        assertThat(c[0]).isCloseTo(Math.pow(1 + total, 0.5), within(1e-15));
        assertThat(c[1]).isEqualTo(c[0]);
    }

    @ParameterizedTest
    @EnumSource(LinkingMethod.class)
    void oneLinkedPeriodIsThePeriodItself(LinkingMethod linking) {
        BrinsonAttribution engine = BrinsonAttribution.builder().linking(linking).build();
        BrinsonResult single = engine.attribute(P1);
        LinkedBrinsonResult linked = engine.link(List.of(single));
        for (int s = 0; s < 2; s++) {
            assertThat(linked.sectors().get(s).allocation())
                    .isCloseTo(single.sectors().get(s).allocation(), within(1e-15));
            assertThat(linked.sectors().get(s).selection()).isCloseTo(single.sectors().get(s).selection(), within(1e-15));
        }
    }

    @Test
    void sectorsMissingFromAPeriodContributeNothingThere() {
        List<Holding> onlyEquity = List.of(new Holding("Equity", 1.0, 1.0, 0.03, 0.02));
        List<Holding> withCash = List.of(
                new Holding("Equity", 0.9, 1.0, 0.01, 0.01),
                new Holding("Cash", 0.1, 0.0, 0.001, 0.001));
        LinkedBrinsonResult r = BrinsonAttribution.builder().linking(LinkingMethod.MENCHERO).build()
                .attributeAndLink(List.of(onlyEquity, withCash));
        assertThat(r.sectors()).extracting(LinkedSectorEffects::sector).containsExactly("Equity", "Cash");
        assertThat(r.total()).isCloseTo(r.activeReturn(), within(1e-15));
    }
}
