package io.swiftbolt.cli;

import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.rebalancing.BandBreach;
import io.swiftbolt.rebalancing.CovarianceMatrix;
import io.swiftbolt.rebalancing.Prices;
import io.swiftbolt.rebalancing.RebalancePlan;
import io.swiftbolt.rebalancing.Side;
import io.swiftbolt.rebalancing.TargetWeights;
import io.swiftbolt.rebalancing.TaxAwareRebalancer;
import io.swiftbolt.rebalancing.Tolerance;
import io.swiftbolt.rebalancing.Trade;
import io.swiftbolt.rebalancing.cost.CostModel;
import io.swiftbolt.rebalancing.cost.CostOptimizedPlan;
import io.swiftbolt.rebalancing.cost.CostOptimizer;
import io.swiftbolt.rebalancing.cost.CostSolver;
import io.swiftbolt.rebalancing.cost.Liquidity;
import io.swiftbolt.rebalancing.lots.Holdings;
import io.swiftbolt.rebalancing.lots.LotSelectors;
import io.swiftbolt.rebalancing.tax.WashSaleMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swiftbolt rebalance}: tax-aware band rebalancing, optionally cost-optimized under a tracking-error cap. */
@Command(name = "rebalance", mixinStandardHelpOptions = true,
        description = {
            "Tax-aware rebalancing of tax lots to target weights (band rebalancing, lot-level tax).",
            "Files (header names, any order): lots symbol,shares,cost_basis,acquired (ISO date; cost_basis per share); "
                + "targets symbol,weight (decimals summing to 1); prices symbol,price.",
            "Long-term means sold strictly after the first anniversary of the acquisition date (37 % short-term, "
                + "20 % long-term by default); losses offset gains; a net loss owes no tax.",
            "--optimize-costs adds a plan minimizing commission + half-spread + impact + tax under "
                + "an ex-ante tracking-error cap (interior-point method): --volumes symbol,adv[,half_spread][,volatility] "
                + "(ADV in shares, half-spread and daily volatility as decimals; volatility defaults to "
                + "sqrt(annual variance / 252) from --cov); --cov symbol,<one column per symbol> (annualized).",
            "--out DIR writes trades.csv (symbol,side,shares,lot_acquired,realized_gain,term,tax) and summary.csv; "
                + "with --optimize-costs also optimized_trades.csv."})
final class RebalanceCommand implements Callable<Integer> {

    /** Dates the rebalance when --as-of is not given: the only clock, at the command-line edge. */
    private final Clock clock;

    static final List<String> TRADE_COLUMNS =
            List.of("symbol", "side", "shares", "lot_acquired", "realized_gain", "term", "tax");

    @Option(names = "--lots", required = true, paramLabel = "LOTS.csv", description = "tax lots")
    Path lots;

    @Option(names = "--targets", required = true, paramLabel = "TARGETS.csv", description = "target weights")
    Path targets;

    @Option(names = "--prices", required = true, paramLabel = "PRICES.csv", description = "prices per share")
    Path prices;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "trade date (ISO); default: today by the system clock in the local time zone")
    String asOf;

    @Option(names = "--lot-method", paramLabel = "fifo|hifo|min-tax", defaultValue = "fifo",
            description = "lot order for sales; default: ${DEFAULT-VALUE}")
    String lotMethod;

    @Option(names = "--tolerance", paramLabel = "W", defaultValue = "0.05",
            description = "band half-width, absolute weight (0.05 = 5 points); default: ${DEFAULT-VALUE}")
    double tolerance;

    @Option(names = "--relative", description = "the tolerance is relative to each target (0.2 = 20 % of it)")
    boolean relative;

    @Option(names = "--cash", paramLabel = "AMOUNT", defaultValue = "0", description = "cash held; default: 0")
    double cash;

    @Option(names = "--fractional", description = "allow fractional shares (default: whole shares)")
    boolean fractional;

    @Option(names = "--wash-sale", paramLabel = "ignore|flag|avoid", defaultValue = "flag",
            description = "wash-sale handling; default: ${DEFAULT-VALUE}")
    String washSale;

    @Option(names = "--tax-budget", paramLabel = "AMOUNT", description = "cap on the expected tax")
    Double taxBudget;

    @Option(names = "--min-trade", paramLabel = "AMOUNT", defaultValue = "0",
            description = "drop trades smaller than this value; default: 0")
    double minTrade;

    @Option(names = "--optimize-costs", description = "also optimize trading cost and tax under --te-cap")
    boolean optimizeCosts;

    @Option(names = "--solver", paramLabel = "interior-point|ojalgo", defaultValue = "interior-point",
            converter = SolverConverter.class,
            description = "solver of --optimize-costs: the interior-point method (default) or ojAlgo's QP solver (slower)")
    CostSolver solver;

    @Option(names = "--volumes", paramLabel = "FILE", description = "liquidity per symbol (for --optimize-costs)")
    Path volumes;

    @Option(names = "--cov", paramLabel = "FILE", description = "annualized covariance matrix (tracking error)")
    Path cov;

    @Option(names = "--te-cap", paramLabel = "TE", defaultValue = "0.01",
            description = "tracking-error cap, annualized decimal; default: ${DEFAULT-VALUE}")
    double teCap;

    @Option(names = "--commission", paramLabel = "PER_SHARE", defaultValue = "0.005",
            description = "commission per share; default: ${DEFAULT-VALUE}")
    double commission;

    @Option(names = "--impact", paramLabel = "K", defaultValue = "0.1",
            description = "market-impact coefficient; default: ${DEFAULT-VALUE}")
    double impact;

    @Option(names = "--out", paramLabel = "DIR", description = "write trades.csv and summary.csv here")
    Path out;

    @Spec
    CommandSpec spec;

    /** The command with the system clock in the local time zone; picocli instantiates it. */
    RebalanceCommand() {
        this(Clock.systemDefaultZone());
    }

    /**
     * The command with a given clock (tests).
     *
     * @param clock dates the rebalance when --as-of is not given
     */
    RebalanceCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (optimizeCosts && (volumes == null || cov == null)) {
            throw new IllegalArgumentException("--optimize-costs needs --volumes FILE and --cov FILE");
        }
        LocalDate date = asOf == null ? LocalDate.now(clock) : parseAsOf(asOf);
        Holdings holdings = readLots(lots, cash);
        Prices px = readPrices(prices);
        TargetWeights tw = readTargets(targets);
        CovarianceMatrix covariance = cov == null ? null : readCovariance(cov);
        TaxAwareRebalancer.Builder b = TaxAwareRebalancer.builder()
                .lotSelector(LotSelectors.ofCode(lotMethod))
                .tolerance(relative ? Tolerance.relative(tolerance) : Tolerance.absolute(tolerance))
                .washSaleMode(washMode(washSale)).fractionalShares(fractional).minTradeValue(minTrade);
        if (taxBudget != null) {
            b.taxBudget(taxBudget);
        }
        RebalancePlan plan = b.build().rebalance(holdings, px, tw, date, covariance);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Rebalance as of %s: value %s, %d lots, lot method %s, band %s%s%n", date,
                money(plan.portfolioValue()), holdings.lots().size(), lotMethod.toLowerCase(Locale.ROOT),
                fixed(tolerance, 4), relative ? " (relative)" : " (absolute)");
        print(o, plan);
        CostOptimizedPlan optimized = null;
        if (optimizeCosts) {
            Map<String, Liquidity> liq = readVolumes(volumes, covariance);
            optimized = CostOptimizer.builder().costModel(new CostModel(commission, impact)).trackingErrorCap(teCap)
                    .solver(solver).build().optimize(holdings, px, plan, covariance, liq);
            o.printf(Locale.ROOT, "%nCost-optimized plan (tracking-error cap %s, %s, %d %s):%n",
                    pct(teCap), optimized.status().name().toLowerCase(Locale.ROOT), optimized.quadraticSolves(),
                    solver == CostSolver.OJALGO ? "ojAlgo QPs" : "Newton steps");
            print(o, optimized.plan());
            o.printf(Locale.ROOT, "  cost (commission + spread + impact): original %s + tax %s = %s; optimized %s + "
                    + "tax %s = %s; saving %s%n", money(optimized.originalCost().total()),
                    money(optimized.original().tax().tax()), money(optimized.originalTotal()),
                    money(optimized.cost().total()), money(optimized.plan().tax().tax()),
                    money(optimized.optimizedTotal()), money(optimized.saving()));
        }
        if (out != null) {
            write(plan, optimized);
        }
        o.flush();
        return 0;
    }

    private void write(RebalancePlan plan, CostOptimizedPlan optimized) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        List<Path> targetsOut = new ArrayList<>(List.of(out.resolve("trades.csv"), out.resolve("summary.csv")));
        List<List<String>> summary = new ArrayList<>();
        summary.add(summaryRow("rebalance", plan, null));
        List<AttributionCommand.Csv> contents = new ArrayList<>();
        contents.add(new AttributionCommand.Csv(TRADE_COLUMNS, tradeRows(plan)));
        if (optimized != null) {
            summary.add(summaryRow("cost_optimized", optimized.plan(), optimized));
            targetsOut.add(out.resolve("optimized_trades.csv"));
        }
        contents.add(new AttributionCommand.Csv(List.of("plan", "value", "cash_before", "cash_after", "buys", "sells",
                "turnover", "tax", "net_short_term", "net_long_term", "tracking_error", "trading_cost",
                "within_bands"), summary));
        if (optimized != null) {
            contents.add(new AttributionCommand.Csv(TRADE_COLUMNS, tradeRows(optimized.plan())));
        }
        AttributionCommand.writeAtomically(targetsOut, contents);
        spec.commandLine().getOut().println("wrote " + String.join(", ",
                targetsOut.stream().map(Path::toString).toList()));
    }

    static List<List<String>> tradeRows(RebalancePlan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (Trade t : plan.trades()) {
            rows.add(List.of(t.symbol(), t.side().name().toLowerCase(Locale.ROOT), AttributionCommand.num(t.shares()),
                    t.lotAcquired() == null ? "" : t.lotAcquired().toString(), AttributionCommand.num(t.realizedGain()),
                    t.term() == null ? "" : t.term().code(), AttributionCommand.num(t.tax())));
        }
        return rows;
    }

    private static List<String> summaryRow(String name, RebalancePlan p, CostOptimizedPlan o) {
        return List.of(name, AttributionCommand.num(p.portfolioValue()), AttributionCommand.num(p.cashBefore()),
                AttributionCommand.num(p.cashAfter()), AttributionCommand.num(p.buyValue()),
                AttributionCommand.num(p.sellValue()), AttributionCommand.num(p.turnover()),
                AttributionCommand.num(p.tax().tax()), AttributionCommand.num(p.tax().netShortTerm()),
                AttributionCommand.num(p.tax().netLongTerm()),
                p.trackingError().isPresent() ? AttributionCommand.num(p.trackingError().getAsDouble()) : "",
                o == null ? "" : AttributionCommand.num(o.cost().total()),
                o == null ? Boolean.toString(p.withinBands()) : "");
    }

    private static void print(PrintWriter o, RebalancePlan plan) {
        if (plan.trades().isEmpty()) {
            o.println("  no trades: every weight is inside its band");
        } else {
            String[][] grid = new String[plan.trades().size()][];
            for (int i = 0; i < grid.length; i++) {
                Trade t = plan.trades().get(i);
                grid[i] = new String[] {t.symbol(), t.side().name().toLowerCase(Locale.ROOT), fixed(t.shares(), 4),
                    fixed(t.price(), 2), money(t.value()), t.side() == Side.SELL ? t.lotAcquired().toString() : "",
                    t.side() == Side.SELL ? money(t.realizedGain()) : "", t.term() == null ? "" : t.term().code(),
                    t.side() == Side.SELL ? money(t.tax()) : "", t.washSale() ? "wash sale" : ""};
            }
            Tables.printGrid(o, new String[] {"symbol", "side", "shares", "price", "value", "lot acquired", "gain",
                "term", "tax", "flag"}, grid);
        }
        StringBuilder w = new StringBuilder();
        for (Map.Entry<String, Double> e : plan.weightsAfter().entrySet()) {
            w.append(w.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(pct(e.getValue()))
                    .append(" (target ").append(pct(plan.targets().get(e.getKey()))).append(')');
        }
        o.println("  weights after: " + w + ", cash " + pct(plan.cashAfter() / plan.portfolioValue()));
        o.printf(Locale.ROOT, "  tax: %s (net short-term %s, net long-term %s%s%s)%n", money(plan.tax().tax()),
                money(plan.tax().netShortTerm()), money(plan.tax().netLongTerm()),
                plan.tax().lossCarryforward() > 0 ? ", carryforward " + money(plan.tax().lossCarryforward()) : "",
                plan.tax().disallowedLosses() > 0 ? ", wash-sale disallowed " + money(plan.tax().disallowedLosses())
                        : "");
        o.printf(Locale.ROOT, "  turnover: %s; tracking error: %s%n", pct(plan.turnover()),
                plan.trackingError().isPresent()
                        ? pct(plan.trackingError().getAsDouble()) + " (before " + pct(
                                plan.trackingErrorBefore().getAsDouble()) + ")"
                        : "n/a (give --cov); active share " + pct(plan.activeShare()));
        for (BandBreach b : plan.breaches()) {
            o.printf(Locale.ROOT, "  outside band: %s at %s (band %s .. %s): %s%n", b.symbol(), pct(b.weight()),
                    pct(b.lower()), pct(b.upper()), b.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    private static LocalDate parseAsOf(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be an ISO date like 2024-06-28, was \"" + text + "\"");
        }
    }

    private static WashSaleMode washMode(String code) {
        try {
            return WashSaleMode.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--wash-sale must be ignore, flag or avoid, was \"" + code + "\"");
        }
    }

    static Holdings readLots(Path file, double cash) {
        KeyedCsv csv = KeyedCsv.read(file);
        int sc = csv.column("symbol");
        int qc = csv.column("shares");
        int bc = csv.column("cost_basis");
        int dc = csv.column("acquired");
        if (csv.size() == 0) {
            throw new IllegalArgumentException(file + ": no data rows");
        }
        Holdings.Builder b = Holdings.builder();
        if (cash < 0 || !Double.isFinite(cash)) {
            throw new IllegalArgumentException("--cash must be zero or positive, was " + cash);
        }
        b.cash(cash);
        for (int i = 0; i < csv.size(); i++) {
            String symbol = symbol(csv, i, sc);
            double shares = csv.number(i, qc);
            if (!(shares > 0)) {
                throw csv.error(i, qc, "shares must be positive, was " + csv.text(i, qc));
            }
            double basis = csv.number(i, bc);
            if (basis < 0) {
                throw csv.error(i, bc, "cost basis must be zero or positive, was " + csv.text(i, bc));
            }
            LocalDate acquired;
            try {
                acquired = LocalDate.parse(csv.text(i, dc));
            } catch (DateTimeParseException e) {
                throw csv.error(i, dc, "not an ISO date: '" + csv.text(i, dc) + "'");
            }
            b.lot(symbol, shares, basis, acquired);
        }
        return b.build();
    }

    static Prices readPrices(Path file) {
        Map<String, Double> m = keyedNumbers(file, "price", true);
        return Prices.of(m);
    }

    static TargetWeights readTargets(Path file) {
        Map<String, Double> m = keyedNumbers(file, "weight", false);
        try {
            return TargetWeights.of(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> keyedNumbers(Path file, String column, boolean positive) {
        KeyedCsv csv = KeyedCsv.read(file);
        int sc = csv.column("symbol");
        int vc = csv.column(column);
        if (csv.size() == 0) {
            throw new IllegalArgumentException(file + ": no data rows");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < csv.size(); i++) {
            String s = symbol(csv, i, sc);
            double v = csv.number(i, vc);
            if (positive ? !(v > 0) : v < 0) {
                throw csv.error(i, vc, column + " must be " + (positive ? "positive" : "zero or positive") + ", was "
                        + csv.text(i, vc));
            }
            Integer previous = seen.putIfAbsent(s, i);
            if (previous != null) {
                throw csv.error(i, sc, "repeated symbol '" + s + "' (first on line " + csv.line(previous) + ")");
            }
            m.put(s, v);
        }
        return m;
    }

    private static String symbol(KeyedCsv csv, int row, int column) {
        String s = csv.text(row, column);
        if (s.isEmpty()) {
            throw csv.error(row, column, "symbol must not be blank");
        }
        return s;
    }

    static CovarianceMatrix readCovariance(Path file) {
        KeyedCsv csv = KeyedCsv.read(file);
        int sc = csv.column("symbol");
        List<String> header = csv.header();
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            symbols.add(symbol(csv, i, sc));
        }
        double[][] m = new double[symbols.size()][symbols.size()];
        for (int j = 0; j < symbols.size(); j++) {
            int c = csv.column(symbols.get(j));
            for (int i = 0; i < symbols.size(); i++) {
                m[i][j] = csv.number(i, c);
            }
        }
        if (header.size() != symbols.size() + 1) {
            throw new DataFormatException(file.toString(), 1, 0, null, "expected a symbol column and one column per "
                    + "row symbol (" + symbols.size() + "), header has " + header.size() + " columns");
        }
        try {
            return CovarianceMatrix.of(symbols, m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Liquidity> readVolumes(Path file, CovarianceMatrix cov) {
        KeyedCsv csv = KeyedCsv.read(file);
        int sc = csv.column("symbol");
        int ac = csv.column("adv");
        int hc = csv.header().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList().indexOf("half_spread");
        int vc = csv.header().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList().indexOf("volatility");
        Map<String, Liquidity> m = new HashMap<>();
        for (int i = 0; i < csv.size(); i++) {
            String s = symbol(csv, i, sc);
            double adv = csv.number(i, ac);
            if (!(adv > 0)) {
                throw csv.error(i, ac, "adv must be positive, was " + csv.text(i, ac));
            }
            double hs = hc < 0 ? 0.0005 : csv.number(i, hc);
            if (hs < 0) {
                throw csv.error(i, hc, "half_spread must be zero or positive, was " + csv.text(i, hc));
            }
            double vol;
            if (vc >= 0) {
                vol = csv.number(i, vc);
                if (vol < 0) {
                    throw csv.error(i, vc, "volatility must be zero or positive, was " + csv.text(i, vc));
                }
            } else if (cov.has(s)) {
                vol = Math.sqrt(cov.get(s, s) / 252);
            } else {
                throw csv.error(i, sc, "no volatility column and no covariance row for " + s);
            }
            m.put(s, new Liquidity(s, adv, hs, vol));
        }
        return m;
    }

    private static String money(double v) {
        String s = String.format(Locale.ROOT, "%,.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double v) {
        String s = String.format(Locale.ROOT, "%.2f %%", 100 * v);
        return s.equals("-0.00 %") ? "0.00 %" : s;
    }

    /** {@code interior-point} or {@code ojalgo}. */
    static final class SolverConverter implements CommandLine.ITypeConverter<CostSolver> {
        @Override
        public CostSolver convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "interior-point" -> CostSolver.INTERIOR_POINT;
                case "ojalgo" -> CostSolver.OJALGO;
                default -> throw new CommandLine.TypeConversionException(
                        "expected interior-point or ojalgo, was '" + value + "'");
            };
        }
    }
}
