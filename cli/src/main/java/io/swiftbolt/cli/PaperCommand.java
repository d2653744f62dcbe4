package io.swiftbolt.cli;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.io.DataFormatException;
import io.swiftbolt.core.metrics.PerformanceMetrics;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.Position;
import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.TradingEvent;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import io.swiftbolt.trading.paper.EquityPoint;
import io.swiftbolt.trading.paper.PaperTradingEngine;
import io.swiftbolt.trading.paper.SimulatedClock;
import io.swiftbolt.trading.paper.Transaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt paper}: replays an orders file against daily bars through the paper-trading
 * engine and reports fills, rejections with reasons, positions and P&amp;L.
 *
 * <p>Each day: the orders dated that day are submitted before the bar (after the previous close),
 * then the bar is matched (market orders at the open, limits and stops by the bar's range, 10 % of
 * the bar's volume available), then DAY orders expire and the equity is recorded at the close.
 */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = {
            "Paper-trades an orders CSV against a daily bars CSV.",
            "Orders columns by header name: date, symbol, side (buy/sell), quantity, type (market, limit, stop, "
                + "stop_limit), limit_price, stop_price, tif (day, gtc, ioc, fok), client_order_id; empty cells where "
                + "not applicable. Orders dated D are submitted before D's bar and fill by its open, range and 10 % of "
                + "its volume. Invalid orders are rejected with a reason code; the run goes on."})
final class PaperCommand implements Callable<Integer> {

    static final String FILLS_CSV = "fills.csv";
    static final String ORDERS_CSV = "orders.csv";
    static final String EQUITY_CSV = "equity.csv";
    static final String[] ORDER_COLUMNS = {"date", "symbol", "side", "quantity", "type", "limit_price", "stop_price",
        "tif", "client_order_id"};

    @Option(names = "--bars", required = true, paramLabel = "BARS.csv", description = "daily bars CSV")
    Path bars;

    @Option(names = "--orders", required = true, paramLabel = "ORDERS.csv", description = "orders CSV")
    Path orders;

    @Option(names = "--cash", paramLabel = "AMOUNT", defaultValue = "100000",
            description = "starting cash (default: ${DEFAULT-VALUE})")
    double cash;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "the bars' symbol (default: the bars file name without extension, upper case)")
    String symbol;

    @Option(names = "--journal", paramLabel = "FILE", description = "write the durable event journal here (new file)")
    Path journalFile;

    @Option(names = "--out", paramLabel = "DIR", description = "write " + FILLS_CSV + ", " + ORDERS_CSV + " and "
            + EQUITY_CSV + " here")
    Path out;

    @Spec
    CommandSpec spec;

    /** One parsed row of the orders file. */
    record OrderRow(long line, LocalDate date, OrderRequest request) {
    }

    @Override
    public Integer call() {
        if (!(cash >= 0 && cash <= 1e11)) {
            throw new IllegalArgumentException("--cash must be in [0, 1e11], was " + cash);
        }
        BarSeries series = BarSeriesCsv.read(bars);
        String sym = symbol != null ? symbol : defaultSymbol(bars);
        List<OrderRow> rows = readOrders(orders);
        Journal journal = openJournal();
        SimulatedClock clock = new SimulatedClock(atOpen(series.date(0)).minusSeconds(3600));
        List<TradingEvent.OrderRejected> rejected = new ArrayList<>();
        Map<OrderSpec, LocalDate> submittedOn = new IdentityHashMap<>(); // duplicate ids must not clash
        PrintWriter pw = spec.commandLine().getOut();
        try (PaperTradingEngine engine = PaperTradingEngine.builder().clock(clock).journal(journal).initialCash(cash)
                .instruments(Instrument.equity(sym)).listener(e -> {
                    if (e instanceof TradingEvent.OrderRejected r) {
                        rejected.add(r);
                    }
                }).build()) {
            int next = 0;
            int skipped = 0;
            for (int i = 0; i < series.size(); i++) {
                LocalDate d = series.date(i);
                clock.set(atOpen(d).minusSeconds(60));
                while (next < rows.size() && !rows.get(next).date().isAfter(d)) {
                    OrderRow r = rows.get(next++);
                    submittedOn.put(r.request(), d);
                    engine.submit(r.request());
                }
                clock.set(atOpen(d));
                engine.onBar(sym, series.open(i), series.high(i), series.low(i), series.close(i), series.volume(i));
                clock.set(atOpen(d).plusSeconds(6 * 3600 + 1800));
                engine.closeDay(d);
            }
            skipped = rows.size() - next;
            print(pw, engine, series, sym, rows.size(), skipped, rejected);
            if (out != null) {
                writeAll(out, engine, rejected, submittedOn);
            }
        }
        return 0;
    }

    private Journal openJournal() {
        if (journalFile == null) {
            return Journals.none();
        }
        FileJournal j = FileJournal.open(journalFile);
        if (j.recordCount() > 0) {
            long n = j.recordCount();
            j.close();
            throw new IllegalArgumentException("--journal " + journalFile + " already holds " + n
                    + " events; give a new file");
        }
        return j;
    }

    static Instant atOpen(LocalDate d) {
        return d.atTime(14, 30).toInstant(ZoneOffset.UTC);
    }

    static String defaultSymbol(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- input

    /** Reads and parses the orders file, sorted by date (stable: file order within a day). */
    static List<OrderRow> readOrders(Path file) {
        String source = file.toString();
        List<OrderRow> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(r)) {
            Map<String, Integer> header = p.getHeaderMap();
            for (String c : ORDER_COLUMNS) {
                if (!header.containsKey(c)) {
                    throw new DataFormatException(source, 1, 0, c, "missing column '" + c + "'; need "
                            + String.join(",", ORDER_COLUMNS));
                }
            }
            for (CSVRecord rec : p) {
                rows.add(parse(source, rec, header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw e;
        }
        rows.sort((a, b) -> a.date().compareTo(b.date()));
        return rows;
    }

    private static OrderRow parse(String source, CSVRecord rec, Map<String, Integer> header) {
        long line = rec.getParser().getCurrentLineNumber();
        LocalDate date;
        String dateText = cell(rec, "date");
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw bad(source, line, header, "date", "not a date yyyy-MM-dd: \"" + dateText + "\"");
        }
        Side side = parseEnum(source, line, header, rec, "side", Side.class);
        OrderType type = parseEnum(source, line, header, rec, "type", OrderType.class);
        TimeInForce tif = parseEnum(source, line, header, rec, "tif", TimeInForce.class);
        String qtyText = cell(rec, "quantity");
        long qty;
        try {
            qty = Long.parseLong(qtyText);
        } catch (NumberFormatException e) {
            throw bad(source, line, header, "quantity", "not a whole number: \"" + qtyText + "\"");
        }
        double limit = price(source, line, header, rec, "limit_price");
        double stop = price(source, line, header, rec, "stop_price");
        return new OrderRow(line, date, new OrderRequest(cell(rec, "client_order_id"), cell(rec, "symbol"), side, qty,
                type, limit, stop, tif));
    }

    private static double price(String source, long line, Map<String, Integer> header, CSVRecord rec, String col) {
        String t = cell(rec, col);
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw bad(source, line, header, col, "not a number: \"" + t + "\"");
        }
    }

    private static <E extends Enum<E>> E parseEnum(String source, long line, Map<String, Integer> header,
                                                   CSVRecord rec, String col, Class<E> type) {
        String t = cell(rec, col);
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E v : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT));
            }
            throw bad(source, line, header, col, "must be one of " + allowed + ", was \"" + t + "\"");
        }
    }

    private static String cell(CSVRecord rec, String col) {
        return rec.isSet(col) ? rec.get(col).trim() : "";
    }

    private static DataFormatException bad(String source, long line, Map<String, Integer> header, String col,
                                           String problem) {
        return new DataFormatException(source, line, header.get(col) + 1, col, problem);
    }

    // ---------------------------------------------------------------- console

    private static void print(PrintWriter out, PaperTradingEngine e, BarSeries series, String sym, int orderCount,
                              int skipped, List<TradingEvent.OrderRejected> rejected) {
        AccountSnapshot a = e.account();
        out.printf(Locale.ROOT, "paper %s: %d bars %s..%s, %d orders, starting cash %s%n", sym, series.size(),
                series.firstDate(), series.lastDate(), orderCount, Money.format(a.initialCash()));
        if (skipped > 0) {
            out.printf(Locale.ROOT, "  %d orders dated after the last bar were not submitted%n", skipped);
        }
        Map<Long, String> clientIds = new HashMap<>();
        for (OrderSnapshot o : e.allOrders()) {
            clientIds.put(o.orderId(), o.spec().clientOrderId());
        }
        out.println("fills");
        List<String[]> fills = new ArrayList<>();
        for (Transaction t : e.transactions()) {
            fills.add(new String[] {date(t.time()).toString(), clientIds.getOrDefault(t.orderId(), "-"), t.symbol(),
                t.side().name().toLowerCase(Locale.ROOT), Long.toString(t.quantity()), Money.format(t.price()),
                Money.format(t.fee())});
        }
        grid(out, new String[] {"date", "client_order_id", "symbol", "side", "quantity", "price", "fee"}, fills);
        out.println("rejections");
        List<String[]> rej = new ArrayList<>();
        for (TradingEvent.OrderRejected r : rejected) {
            rej.add(new String[] {date(r.time()).toString(), r.request().clientOrderId(), r.reason().name(),
                r.detail()});
        }
        grid(out, new String[] {"date", "client_order_id", "reason", "detail"}, rej);
        out.println("positions");
        List<String[]> pos = new ArrayList<>();
        for (Position p : e.positions()) {
            pos.add(new String[] {p.symbol(), Long.toString(p.quantity()),
                String.format(Locale.ROOT, "%.4f", p.averageCost()), Money.format(p.markPrice()),
                Money.format(p.marketValue()), Money.format(p.unrealizedPnl()), Money.format(p.realizedPnl())});
        }
        grid(out, new String[] {"symbol", "quantity", "avg_cost", "mark", "market_value", "unrealized", "realized"},
                pos);
        long open = e.openOrders().size();
        out.printf(Locale.ROOT, "P&L: equity %s = cash %s + positions %s; realized %s, unrealized %s, fees %s; "
                + "net %s (%.2f %%); %d orders still open%n", Money.format(a.equity()), Money.format(a.cash()),
                Money.format(a.marketValue()), Money.format(a.realizedPnl()), Money.format(a.unrealizedPnl()),
                Money.format(a.fees()), Money.format(a.equity() - a.initialCash()),
                a.initialCash() == 0 ? 0.0 : 100.0 * (a.equity() - a.initialCash()) / a.initialCash(), open);
        e.performance().ifPresent(m -> out.printf(Locale.ROOT,
                "performance of the equity curve: annualized return %.2f %%, max drawdown %.2f %%, sharpe %s%n",
                100 * m.annualizedReturn(), 100 * m.maxDrawdownDepth(), sharpe(m)));
        out.flush();
    }

    private static String sharpe(PerformanceMetrics m) {
        return m.sharpe().isPresent() ? String.format(Locale.ROOT, "%.2f", m.sharpe().getAsDouble()) : "-";
    }

    private static void grid(PrintWriter out, String[] header, List<String[]> rows) {
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        Tables.printGrid(out, header, rows.toArray(new String[0][]));
    }

    private static LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- files

    private static void writeAll(Path dir, PaperTradingEngine e, List<TradingEvent.OrderRejected> rejected,
                                 Map<OrderSpec, LocalDate> submittedOn) {
        Map<Long, String> clientIds = new HashMap<>();
        List<List<String>> orders = new ArrayList<>();
        orders.add(List.of("client_order_id", "order_id", "date", "symbol", "side", "quantity", "type", "limit_price",
                "stop_price", "tif", "status", "filled_quantity", "average_price", "reason"));
        for (OrderSnapshot o : e.allOrders()) {
            clientIds.put(o.orderId(), o.spec().clientOrderId());
            orders.add(orderRow(o, submittedOn));
        }
        for (TradingEvent.OrderRejected r : rejected) {
            orders.add(orderRow(OrderSnapshot.rejected(r.request(), r.reason()), submittedOn));
        }
        List<List<String>> fills = new ArrayList<>();
        fills.add(List.of("date", "order_id", "client_order_id", "symbol", "side", "quantity", "price", "fee",
                "cash_change"));
        for (Transaction t : e.transactions()) {
            fills.add(List.of(date(t.time()).toString(), Long.toString(t.orderId()),
                    clientIds.getOrDefault(t.orderId(), ""), t.symbol(), t.side().name().toLowerCase(Locale.ROOT),
                    Long.toString(t.quantity()), Money.format(t.price()), Money.format(t.fee()),
                    Money.format(t.cashChange())));
        }
        List<List<String>> equity = new ArrayList<>();
        equity.add(List.of("date", "equity", "cash"));
        for (EquityPoint p : e.equityCurve()) {
            equity.add(List.of(p.date().toString(), Money.format(p.equity()), Money.format(p.cash())));
        }
        AtomicCsv.writeFiles(dir, List.of(FILLS_CSV, ORDERS_CSV, EQUITY_CSV), List.of(fills, orders, equity));
    }

    private static List<String> orderRow(OrderSnapshot o, Map<OrderSpec, LocalDate> submittedOn) {
        OrderRequest r = (OrderRequest) o.spec();
        LocalDate d = submittedOn.get(o.spec());
        return List.of(r.clientOrderId(), o.orderId() == 0 ? "" : Long.toString(o.orderId()),
                d == null ? "" : d.toString(), r.symbol(), r.side().name().toLowerCase(Locale.ROOT),
                Long.toString(r.quantity()), r.type().name().toLowerCase(Locale.ROOT), num(r.limitPrice()),
                num(r.stopPrice()), r.timeInForce().name().toLowerCase(Locale.ROOT),
                o.status().name().toLowerCase(Locale.ROOT), Long.toString(o.filledQuantity()),
                o.filledQuantity() == 0 ? "" : String.format(Locale.ROOT, "%.4f", o.averagePrice()),
                o.reason().map(Enum::name).orElse(""));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
