package io.swiftbolt.cli;

import io.swiftbolt.chain.OptionChain;
import io.swiftbolt.chain.OptionChainCsv;
import io.swiftbolt.chain.analytics.ChainAnalysis;
import io.swiftbolt.chain.analytics.ContractIvStatus;
import io.swiftbolt.chain.analytics.ExpiryMetrics;
import io.swiftbolt.chain.analytics.OptionsChainAnalyzer;
import io.swiftbolt.chain.analytics.PainCurve;
import io.swiftbolt.chain.liquidity.ContractLiquidity;
import io.swiftbolt.chain.liquidity.LiquidityAnalyzer;
import io.swiftbolt.chain.liquidity.LiquidityFlag;
import io.swiftbolt.chain.liquidity.LiquidityRating;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt chain}: option-chain analytics of a chain CSV: per-expiry max pain, put/call
 * ratios, ATM implied volatility, 25-delta risk reversal and butterfly and dealer gamma exposure,
 * plus liquidity ratings.
 *
 * <p>{@code --spot} and {@code --asof} go together (both or neither). Without them the chain is
 * analysed without market data: max pain, ratios and liquidity are computed, and every value that
 * needs implied volatility (ATM IV, RR, BF, GEX) is undefined: "-" in the table, an empty cell in
 * files, with a note saying why.
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {
            "Analyses an option chain CSV (columns by header name: expiration, type, strike, bid, ask, volume, "
                + "open_interest; optional contract, last, iv, delta, gamma, vega, theta). A bid or ask of 0 "
                + "or empty means no quote.",
            "Max pain: the strike minimising writers' payout 100 x OI x intrinsic, ties to the lowest strike. "
                + "Put/call ratios by volume, open interest and premium (volume x mid). Implied vol from the mid "
                + "(Black-Scholes-Merton, ACT/365); ATM IV interpolated in strike at the forward; RR25 = "
                + "iv(25d call) - iv(25d put), BF25 = mean - ATM. GEX: dealers long calls, short puts, "
                + "currency per 1 % move.",
            "Without --spot and --asof, IV-based values are left undefined."})
final class ChainCommand implements Callable<Integer> {

    /** The file names written with {@code --out}. */
    static final String EXPIRIES_CSV = "expiries.csv";
    static final String PAIN_CURVE_CSV = "pain_curve.csv";
    static final String LIQUIDITY_CSV = "liquidity.csv";

    @Option(names = "--in", required = true, paramLabel = "CHAIN.csv", description = "option chain CSV")
    Path in;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    Market market;

    /** Spot and valuation date, both or neither. */
    static final class Market {
        @Option(names = "--spot", required = true, paramLabel = "S", description = "underlying price")
        double spot;

        @Option(names = "--asof", required = true, paramLabel = "DATE",
                description = "valuation date yyyy-MM-dd (times to expiry ACT/365 from it)")
        String asOf;
    }

    @Option(names = "--r", paramLabel = "R", defaultValue = "0",
            description = "continuously compounded risk-free rate, decimal (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--q", paramLabel = "Q", defaultValue = "0",
            description = "continuous dividend yield, decimal (default: ${DEFAULT-VALUE})")
    double dividendYield;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write " + EXPIRIES_CSV + ", " + PAIN_CURVE_CSV + " and " + LIQUIDITY_CSV + " here")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OptionsChainAnalyzer analyzer = OptionsChainAnalyzer.builder().rate(rate).dividendYield(dividendYield).build();
        OptionChain chain = OptionChainCsv.read(in);
        if (market != null) {
            chain = chain.withMarket(market.spot, parseDate(market.asOf));
        }
        ChainAnalysis analysis = analyzer.analyze(chain);
        List<ContractLiquidity> liquidity = LiquidityAnalyzer.defaults().analyze(chain);
        print(spec.commandLine().getOut(), analysis, liquidity);
        if (out != null) {
            writeAll(out, analysis, liquidity);
        }
        return 0;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--asof must be a date yyyy-MM-dd, was '" + text + "'");
        }
    }

    // ---------------------------------------------------------------- console

    /** Prints the per-expiry table, then IV and liquidity summaries. Shared with the tour. */
    static void print(PrintWriter out, ChainAnalysis a, List<ContractLiquidity> liquidity) {
        OptionChain chain = a.chain();
        out.printf(Locale.ROOT, "chain %s: %d contracts, %d expiries%s%n", chain.underlying(), chain.size(),
                chain.expiryCount(), chain.hasMarket()
                        ? String.format(Locale.ROOT, "; spot %.2f as of %s, r %s, q %s", chain.spot().getAsDouble(),
                                chain.asOf().orElseThrow(), a.rate(), a.dividendYield())
                        : "; no spot/as-of date: IV, ATM IV, RR, BF and GEX not computed (give --spot and --asof)");
        List<ExpiryMetrics> rows = new ArrayList<>(a.expiries());
        rows.add(a.pooled());
        String[][] cells = new String[rows.size()][];
        for (int k = 0; k < rows.size(); k++) {
            ExpiryMetrics m = rows.get(k);
            cells[k] = new String[] {m.expiry().map(LocalDate::toString).orElse("ALL"), Integer.toString(m.contracts()),
                fixed(m.maxPain(), 2), fixed(m.ratios().volumeRatio(), 3), fixed(m.ratios().openInterestRatio(), 3),
                fixed(m.ratios().premiumRatio(), 3), percent(m.atmVol()), percent(m.riskReversal25()),
                percent(m.butterfly25()), millions(m.gammaExposure())};
        }
        Tables.printGrid(out, new String[] {"expiration", "contracts", "max_pain", "pcr_vol", "pcr_oi", "pcr_prem",
            "atm_iv", "rr25", "bf25", "gex_1%"}, cells);
        if (chain.hasMarket()) {
            Map<ContractIvStatus, Integer> counts = new EnumMap<>(ContractIvStatus.class);
            for (int i = 0; i < chain.size(); i++) {
                counts.merge(a.ivStatus(i), 1, Integer::sum);
            }
            out.printf(Locale.ROOT, "  implied vol: %d of %d contracts (%s)%n", a.volatilityCount(), chain.size(),
                    counts.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
            out.println("  gex_1% in millions of currency per 1 % move (dealers long calls, short puts); "
                    + "iv, rr25, bf25 in vol points");
        }
        Map<LiquidityRating, Integer> ratings = new EnumMap<>(LiquidityRating.class);
        int flagged = 0;
        for (ContractLiquidity l : liquidity) {
            ratings.merge(l.rating(), 1, Integer::sum);
            if (l.flags().contains(LiquidityFlag.NO_BID) || l.flags().contains(LiquidityFlag.NO_ASK)
                    || l.flags().contains(LiquidityFlag.CROSSED)) {
                flagged++;
            }
        }
        StringBuilder sb = new StringBuilder("  liquidity:");
        for (LiquidityRating r : LiquidityRating.values()) {
            sb.append(' ').append(r.label()).append(' ').append(ratings.getOrDefault(r, 0))
                    .append(r == LiquidityRating.POOR ? "" : ",");
        }
        sb.append("; ").append(flagged).append(" with a missing side of the quote (flagged, spread score 0)");
        out.println(sb);
        out.flush();
    }

    private static String fixed(OptionalDouble v, int decimals) {
        return v.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", v.getAsDouble()) : "-";
    }

    private static String percent(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", 100 * v.getAsDouble()) : "-";
    }

    private static String millions(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble() / 1e6) : "-";
    }

    // ---------------------------------------------------------------- files

    /** Writes the three files: each to a temporary file first, then all moved into place. */
    static void writeAll(Path dir, ChainAnalysis a, List<ContractLiquidity> liquidity) {
        List<List<String>> expiries = new ArrayList<>();
        expiries.add(List.of("expiration", "max_pain", "pcr_volume", "pcr_open_interest", "pcr_premium", "atm_iv"));
        List<ExpiryMetrics> rows = new ArrayList<>(a.expiries());
        rows.add(a.pooled());
        for (ExpiryMetrics m : rows) {
            expiries.add(List.of(m.expiry().map(LocalDate::toString).orElse("ALL"), cell(m.maxPain()),
                    cell(m.ratios().volumeRatio()), cell(m.ratios().openInterestRatio()),
                    cell(m.ratios().premiumRatio()), cell(m.atmVol())));
        }
        List<List<String>> pain = new ArrayList<>();
        pain.add(List.of("expiration", "settlement", "call_payout", "put_payout", "total_payout"));
        List<PainCurve> curves = new ArrayList<>(a.painCurves());
        curves.add(a.pooledPainCurve());
        for (PainCurve c : curves) {
            String label = c.expiry().map(LocalDate::toString).orElse("ALL");
            for (int i = 0; i < c.size(); i++) {
                pain.add(List.of(label, number(c.settlement(i)), number(c.callPayout(i)), number(c.putPayout(i)),
                        number(c.totalPayout(i))));
            }
        }
        OptionChain chain = a.chain();
        List<List<String>> liq = new ArrayList<>();
        liq.add(List.of("contract", "expiration", "type", "strike", "score", "rating", "flags"));
        for (ContractLiquidity l : liquidity) {
            int i = l.index();
            liq.add(List.of(l.contractId(), chain.contract(i).expiry().toString(), chain.isCall(i) ? "C" : "P",
                    number(chain.strike(i)), String.format(Locale.ROOT, "%.2f", l.score()), l.rating().label(),
                    l.flags().stream().sorted().map(LiquidityFlag::code).collect(Collectors.joining("|"))));
        }
        AtomicCsv.writeFiles(dir, List.of(EXPIRIES_CSV, PAIN_CURVE_CSV, LIQUIDITY_CSV), List.of(expiries, pain, liq));
    }

    private static String cell(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "";
    }

    private static String number(double v) {
        return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
