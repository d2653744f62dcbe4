package io.swiftbolt.attribution.brinson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.swiftbolt.core.testing.PropertyTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Brinson identities over seeded random portfolios. */
class BrinsonPropertyTest {

    private static final int TRIALS = 300;

    /** One random period: securities tagged with sectors, some held by one side only. */
    record Period(List<Holding> holdings) {
    }

    /** Several random periods. */
    record Periods(List<List<Holding>> periods) {
    }

    static List<Holding> randomHoldings(RandomGenerator rnd) {
        int sectors = rnd.nextInt(1, 12);
        int securities = rnd.nextInt(1, 60);
        double[] wp = new double[securities];
        double[] wb = new double[securities];
        double sp = 0;
        double sb = 0;
        for (int i = 0; i < securities; i++) {
            // About a fifth of the securities are held by one side only.
            double u = rnd.nextDouble();
            wp[i] = u < 0.1 ? 0 : rnd.nextDouble();
            wb[i] = u > 0.9 ? 0 : rnd.nextDouble();
            sp += wp[i];
            sb += wb[i];
        }
        if (sp == 0) {
            wp[0] = 1;
            sp = 1;
        }
        if (sb == 0) {
            wb[0] = 1;
            sb = 1;
        }
        List<Holding> out = new ArrayList<>(securities);
        for (int i = 0; i < securities; i++) {
            double r = Math.max(-0.95, 0.01 + 0.08 * rnd.nextGaussian());
            // The benchmark's return for a security is usually the same; sometimes a sector index.
            double rb = rnd.nextDouble() < 0.8 ? r : Math.max(-0.95, 0.01 + 0.05 * rnd.nextGaussian());
            out.add(new Holding("S" + rnd.nextInt(sectors), wp[i] / sp, wb[i] / sb, r, rb));
        }
        return out;
    }

    @Test
    void effectsSumToTheActiveReturnAndMethodsAgreeOnTotals() {
        BrinsonAttribution bhb = BrinsonAttribution.builder().method(BrinsonMethod.BHB).build();
        BrinsonAttribution bf = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).build();
        PropertyTesting.forAll(0xB41650L, TRIALS, rnd -> new Period(randomHoldings(rnd)), in -> {
            BrinsonResult a = bhb.attribute(in.holdings());
            BrinsonResult b = bf.attribute(in.holdings());
            assertThat(a.total()).isCloseTo(a.activeReturn(), within(1e-12));
            assertThat(b.total()).isCloseTo(b.activeReturn(), within(1e-12));
            assertThat(b.activeReturn()).isEqualTo(a.activeReturn());
            assertThat(b.allocation()).isCloseTo(a.allocation(), within(1e-12));
            assertThat(b.selection()).isEqualTo(a.selection());
            assertThat(b.interaction()).isEqualTo(a.interaction());
            double weightP = 0;
            double weightB = 0;
            for (SectorEffects e : a.sectors()) {
                // BHB per sector: allocation + selection + interaction = wp*rp - wb*rb.
                assertThat(e.total()).isCloseTo(e.portfolioWeight() * e.portfolioReturn()
                        - e.benchmarkWeight() * e.benchmarkReturn(), within(1e-14));
                if (e.coverage() == SectorCoverage.BENCHMARK_ONLY) {
                    assertThat(e.selection()).isZero();
                    assertThat(e.interaction()).isZero();
                }
                weightP += e.portfolioWeight();
                weightB += e.benchmarkWeight();
            }
            assertThat(weightP).isCloseTo(1, within(1e-12));
            assertThat(weightB).isCloseTo(1, within(1e-12));
            // Rp and Rb are the row-weighted returns, however the rows are grouped.
            double rp = 0;
            for (Holding h : in.holdings()) {
                rp += h.portfolioWeight() * h.portfolioReturn();
            }
            assertThat(a.portfolioReturn()).isCloseTo(rp, within(1e-12));
        });
    }

    @Test
    void linkedEffectsSumToTheCompoundedActiveReturn() {
        PropertyTesting.forAll(0x11A4EDL, TRIALS, rnd -> {
            int t = rnd.nextInt(1, 40);
            List<List<Holding>> periods = new ArrayList<>(t);
            for (int i = 0; i < t; i++) {
                periods.add(randomHoldings(rnd));
            }
            return new Periods(periods);
        }, in -> {
            for (BrinsonMethod method : BrinsonMethod.values()) {
                for (LinkingMethod linking : LinkingMethod.values()) {
                    BrinsonAttribution engine = BrinsonAttribution.builder().method(method).linking(linking).build();
                    LinkedBrinsonResult r = engine.attributeAndLink(in.periods());
                    double growthP = 1;
                    double growthB = 1;
                    for (List<Holding> p : in.periods()) {
                        BrinsonResult single = engine.attribute(p);
                        growthP *= 1 + single.portfolioReturn();
                        growthB *= 1 + single.benchmarkReturn();
                    }
                    assertThat(r.activeReturn()).isCloseTo((growthP - 1) - (growthB - 1), within(1e-14));
                    assertThat(r.total()).as("%s %s", method, linking).isCloseTo(r.activeReturn(), within(1e-12));
                }
            }
        });
    }

    @Test
    void kernelsOnArraysEqualTheTypedEngine() {
        PropertyTesting.forAll(0x6E73L, TRIALS, rnd -> new Period(randomHoldings(rnd)), in -> {
            List<Holding> h = in.holdings();
            int n = h.size();
            List<String> names = new ArrayList<>();
            int[] sectorOf = new int[n];
            double[] wp = new double[n];
            double[] wb = new double[n];
            double[] rp = new double[n];
            double[] rb = new double[n];
            for (int i = 0; i < n; i++) {
                if (!names.contains(h.get(i).sector())) {
                    names.add(h.get(i).sector());
                }
                sectorOf[i] = names.indexOf(h.get(i).sector());
                wp[i] = h.get(i).portfolioWeight();
                wb[i] = h.get(i).benchmarkWeight();
                rp[i] = h.get(i).portfolioReturn();
                rb[i] = h.get(i).benchmarkReturn();
            }
            // The generator's weights already sum to 1 to rounding; the engine rescales them.
            double sp = 0;
            double sb = 0;
            for (int i = 0; i < n; i++) {
                sp += wp[i];
                sb += wb[i];
            }
            double scaleP = 1 / sp;
            double scaleB = 1 / sb;
            for (int i = 0; i < n; i++) {
                wp[i] *= scaleP;
                wb[i] *= scaleB;
            }
            int s = names.size();
            double[] a = new double[s];
            double[] sel = new double[s];
            double[] in2 = new double[s];
            double[] sw = new double[s];
            double[] sb2 = new double[s];
            double[] sr = new double[s];
            double[] srb = new double[s];
            BrinsonKernels.groupBySector(sectorOf, wp, wb, rp, rb, n, s, sw, sb2, sr, srb);
            BrinsonKernels.effects(BrinsonMethod.BRINSON_FACHLER, sw, sb2, sr, srb, s, a, sel, in2);
            BrinsonResult typed = BrinsonAttribution.builder().method(BrinsonMethod.BRINSON_FACHLER).build()
                    .attribute(h);
            for (int j = 0; j < s; j++) {
                assertThat(typed.sectors().get(j).allocation()).isEqualTo(a[j]);
                assertThat(typed.sectors().get(j).selection()).isEqualTo(sel[j]);
                assertThat(typed.sectors().get(j).interaction()).isEqualTo(in2[j]);
            }
        });
    }
}
