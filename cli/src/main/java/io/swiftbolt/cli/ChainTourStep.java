package io.swiftbolt.cli;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.analytics.ChainAnalysis;
import io.swiftbolt.chain.analytics.OptionsChainAnalyzer;
import io.swiftbolt.chain.generate.GeneratedChains;
import io.swiftbolt.chain.liquidity.LiquidityAnalyzer;
import io.swiftbolt.core.data.BundledData;
import java.io.PrintWriter;

/**
 * The tour's option-chain step: a <em>generated</em> (synthetic) S&amp;P 500 index chain around the
 * bundled series' last close, analysed as {@code swiftbolt chain} would.
 */
final class ChainTourStep implements TourCommand.Step {

    /** The seed of the tour's generated chain (the same as the shipped sample file's). */
    static final long SEED = 20200417L;

    @Override
    public String title() {
        return "Option chain analytics on a GENERATED S&P 500 chain (synthetic quotes around the real last close)";
    }

    @Override
    public void run(PrintWriter out) {
        GeneratedChains generator = GeneratedChains.builder().seed(SEED).build();
        OptionChain chain = generator.generate(BundledData.sp500());
        ChainAnalysis analysis = OptionsChainAnalyzer.builder().rate(generator.rate())
                .dividendYield(generator.dividendYield()).build().analyze(chain);
        ChainCommand.print(out, analysis, LiquidityAnalyzer.defaults().analyze(chain));
    }
}
