package io.swiftbolt.discovery.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import io.jenetics.SinglePointCrossover;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.swiftbolt.core.testing.PropertyTesting;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class StrategyDNATest {

    private static final StrategyDNA DNA = StrategyDNA.defaults();

    /** Uniform in-bounds parameters, with the bounds themselves drawn now and then. */
    private static StrategyParameters randomParameters(RandomGenerator rnd) {
        double[] v = new double[DNA.size()];
        for (int i = 0; i < v.length; i++) {
            GeneSpec g = DNA.gene(i);
            double pick = rnd.nextDouble();
            if (pick < 0.1) {
                v[i] = g.min();
            } else if (pick < 0.2) {
                v[i] = g.max();
            } else if (g.integer()) {
                v[i] = rnd.nextLong((long) g.min(), (long) g.max() + 1);
            } else {
                v[i] = rnd.nextDouble(g.min(), g.max());
            }
        }
        return DNA.parameters(v);
    }

    @Test
    void defaultsHaveTheIssuesGenesAndBounds() {
        assertThat(DNA.names()).containsExactly("lookback_period", "entry_threshold", "exit_threshold",
                "stop_loss_pct", "take_profit_pct", "position_size", "rsi_threshold", "volatility_filter");
        assertThat(DNA.gene(0)).isEqualTo(GeneSpec.integer("lookback_period", 5, 200));
        assertThat(DNA.gene(1)).isEqualTo(GeneSpec.real("entry_threshold", -2, 2));
        assertThat(DNA.gene(2)).isEqualTo(GeneSpec.real("exit_threshold", -2, 2));
        assertThat(DNA.gene(3)).isEqualTo(GeneSpec.real("stop_loss_pct", 0.01, 0.20));
        assertThat(DNA.gene(4)).isEqualTo(GeneSpec.real("take_profit_pct", 0.01, 0.50));
        assertThat(DNA.gene(5)).isEqualTo(GeneSpec.real("position_size", 0.01, 0.20));
        assertThat(DNA.gene(6)).isEqualTo(GeneSpec.real("rsi_threshold", 20, 80));
        assertThat(DNA.gene(7)).isEqualTo(GeneSpec.real("volatility_filter", 0.10, 1.0));
    }

    @Test
    void encodeThenDecodeReturnsTheParameters() {
        PropertyTesting.forAll(0xD1AL, 1000, StrategyDNATest::randomParameters, p -> {
            StrategyParameters back = DNA.decode(DNA.encode(p));
            for (int i = 0; i < DNA.size(); i++) {
                GeneSpec g = DNA.gene(i);
                if (g.integer()) {
                    assertThat(back.value(i)).as(g.name()).isEqualTo(p.value(i));
                } else {
                    assertThat(back.value(i)).as(g.name())
                            .isCloseTo(p.value(i), org.assertj.core.data.Offset.offset(1e-12 * (g.max() - g.min())));
                }
            }
        });
    }

    @Test
    void everyGenotypeDecodesInsideTheBounds() {
        // Random alleles over the whole chromosome range, including its two ends.
        PropertyTesting.forAll(0xB0DL, 1000, rnd -> {
            DoubleGene[] genes = new DoubleGene[DNA.size()];
            for (int i = 0; i < genes.length; i++) {
                double u = switch (rnd.nextInt(5)) {
                    case 0 -> 0.0;
                    case 1 -> 1.0;
                    case 2 -> Math.nextDown(1.0);
                    default -> rnd.nextDouble();
                };
                genes[i] = DoubleGene.of(u, 0.0, StrategyDNA.UNIT_MAX);
            }
            return Genotype.of(DoubleChromosome.of(genes));
        }, genotype -> {
            StrategyParameters p = DNA.decode(genotype);
            for (int i = 0; i < DNA.size(); i++) {
                assertThat(DNA.gene(i).allows(p.value(i))).as(DNA.gene(i).name() + "=" + p.value(i)).isTrue();
            }
        });
    }

    @Test
    void crossoverAndMutationKeepTheBounds() {
        PropertyTesting.forAll(0xA17L, 200, rnd -> rnd.nextLong(), seed -> {
            List<Genotype<DoubleGene>> children = RandomRegistry.with(new SplittableRandom(seed), r -> {
                var factory = DNA.codec().encoding();
                ISeq<Phenotype<DoubleGene, Double>> population = ISeq.of(
                        Phenotype.of(factory.newInstance(), 1), Phenotype.of(factory.newInstance(), 1));
                var altered = new SinglePointCrossover<DoubleGene, Double>(1.0)
                        .andThen(new GaussianMutator<>(1.0)).alter(population, 1).population();
                return altered.stream().map(Phenotype::genotype).toList();
            });
            for (Genotype<DoubleGene> child : children) {
                StrategyParameters p = DNA.decode(child);
                for (int i = 0; i < DNA.size(); i++) {
                    assertThat(DNA.gene(i).allows(p.value(i))).isTrue();
                }
            }
        });
    }

    @Test
    void integerGenesGiveEveryWholeNumberAnEqualShare() {
        GeneSpec g = GeneSpec.integer("k", 5, 8); // 4 values, a quarter of [0, 1) each
        assertThat(g.fromUnit(0.0)).isEqualTo(5);
        assertThat(g.fromUnit(0.2499)).isEqualTo(5);
        assertThat(g.fromUnit(0.25)).isEqualTo(6);
        assertThat(g.fromUnit(0.7499)).isEqualTo(7);
        assertThat(g.fromUnit(0.75)).isEqualTo(8);
        assertThat(g.fromUnit(1.0)).isEqualTo(8);
    }

    @Test
    void badBoundsAndValuesAreRejectedWithTheirNames() {
        assertThatThrownBy(() -> GeneSpec.real("stop_loss_pct", 0.2, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stop_loss_pct").hasMessageContaining("min=0.2").hasMessageContaining("max=0.01");
        assertThatThrownBy(() -> DNA.withBounds("lookback_period", 300, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookback_period");
        assertThatThrownBy(() -> GeneSpec.real("x", Double.NaN, 1)).hasMessageContaining("x.min");
        assertThatThrownBy(() -> new GeneSpec("k", 1.5, 4, true)).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> StrategyDNA.of(GeneSpec.real("a", 0, 1), GeneSpec.real("a", 0, 2)))
                .hasMessageContaining("repeats the name \"a\"");
        assertThatThrownBy(() -> DNA.midpoint().with("position_size", 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position_size must be in [0.01, 0.2], was 0.5");
        assertThatThrownBy(() -> DNA.midpoint().with("lookback_period", 10.5))
                .hasMessageContaining("lookback_period must be a whole number in [5, 200], was 10.5");
        assertThatThrownBy(() -> DNA.parameters(1, 2)).hasMessageContaining("values must have length 8");
        assertThatThrownBy(() -> DNA.indexOf("nope")).hasMessageContaining("no gene named \"nope\"");
    }

    @Test
    void withBoundsNarrowsOneGene() {
        StrategyDNA narrow = DNA.withBounds("lookback_period", 10, 20);
        assertThat(narrow.gene(0)).isEqualTo(GeneSpec.integer("lookback_period", 10, 20));
        assertThat(narrow.genes().subList(1, 8)).isEqualTo(DNA.genes().subList(1, 8));
    }

    @Test
    void parametersAreValuesWithReadableText() {
        StrategyParameters p = DNA.midpoint();
        assertThat(p).isEqualTo(DNA.parameters(p.values())).hasSameHashCodeAs(DNA.parameters(p.values()));
        assertThat(p.intValue("lookback_period")).isEqualTo(103); // 5 + floor(0.5 * 196)
        assertThat(p.toString()).startsWith("{lookback_period=103, entry_threshold=0.00000,");
        double[] leaked = p.values();
        leaked[0] = 6;
        assertThat(p.value(0)).isEqualTo(103);
    }
}
