package io.swiftbolt.chain.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.OptionChainCsv;
import io.swiftbolt.chain.analytics.ChainAnalysis;
import io.swiftbolt.chain.analytics.OptionsChainAnalyzer;
import io.swiftbolt.core.data.BundledData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratedChainsTest {

    /** The shipped sample, docs/data/generated_chain_sp500_2020-04-17.csv, is this generator's output. */
    static final long SAMPLE_SEED = 20200417L;

    private static String csv(OptionChain chain) {
        StringWriter w = new StringWriter();
        OptionChainCsv.write(chain, w);
        return w.toString();
    }

    @Test
    void sameSeedSameChainOtherSeedOtherChain() {
        GeneratedChains a = GeneratedChains.builder().seed(7).build();
        String first = csv(a.generate(BundledData.sp500()));
        assertThat(csv(GeneratedChains.builder().seed(7).build().generate(BundledData.sp500()))).isEqualTo(first);
        assertThat(csv(GeneratedChains.builder().seed(8).build().generate(BundledData.sp500()))).isNotEqualTo(first);
    }

    @Test
    void committedSampleIsExactlyTheGeneratorsOutput() throws IOException {
        Path sample = Path.of("..", "docs", "data", "generated_chain_sp500_2020-04-17.csv");
        OptionChain chain = GeneratedChains.builder().seed(SAMPLE_SEED).build().generate(BundledData.sp500());
        assertThat(Files.readString(sample, StandardCharsets.UTF_8)).isEqualTo(csv(chain));
    }

    @Test
    void looksLikeAnIndexChain() {
        GeneratedChains g = GeneratedChains.builder().seed(SAMPLE_SEED).build();
        OptionChain chain = g.generate(BundledData.sp500());
        assertThat(chain.spot()).hasValue(2874.560059);
        assertThat(chain.asOf()).contains(LocalDate.of(2020, 4, 17));
        assertThat(chain.expiryCount()).isEqualTo(8);
        assertThat(chain.expiry(0)).isEqualTo(LocalDate.of(2020, 4, 24));
        assertThat(chain.expiry(3)).isEqualTo(LocalDate.of(2020, 5, 15)); // first monthly: third Friday of May
        assertThat(chain.size()).isEqualTo(8 * 41 * 2);
        ChainAnalysis a = OptionsChainAnalyzer.builder().rate(g.rate()).dividendYield(g.dividendYield()).build()
                .analyze(chain);
        for (int e = 0; e < chain.expiryCount(); e++) {
            // Downside skew, positive curvature, max pain within the strike range near the money.
            assertThat(a.expiries().get(e).riskReversal25().getAsDouble()).isNegative();
            assertThat(a.expiries().get(e).butterfly25().getAsDouble()).isPositive();
            assertThat(a.expiries().get(e).maxPain().getAsDouble()).isBetween(2500.0, 3300.0);
        }
        // Inverted term structure in the April 2020 stress: short-dated ATM vol above long-dated.
        assertThat(a.termStructure()).hasSize(8);
        assertThat(a.termStructure().get(0).atmVol()).isGreaterThan(a.termStructure().get(7).atmVol());
        // Open interest concentrates near the money: the top-OI contract of the first expiry is within 10 %.
        int best = 0;
        for (int i = 0; i < chain.expiryEnd(0); i++) {
            best = chain.openInterest(i) > chain.openInterest(best) ? i : best;
        }
        assertThat(Math.abs(chain.strike(best) / 2874.56 - 1)).isLessThan(0.10);
        // Most contracts have an implied vol from their generated mid.
        assertThat(a.volatilityCount()).isGreaterThan(chain.size() * 9 / 10);
    }

    @Test
    void largeChainForBenchmarks() {
        OptionChain chain = GeneratedChains.builder().seed(1).expiries(30, 4).strikesPerSide(58).build()
                .generate(BundledData.sp500());
        assertThat(chain.expiryCount()).isEqualTo(30);
        assertThat(chain.size()).isEqualTo(30 * 117 * 2);
    }
}
