package io.swiftbolt.cli;

import io.swiftbolt.trading.alpaca.AlpacaAccount;
import io.swiftbolt.trading.alpaca.AlpacaBroker;
import io.swiftbolt.trading.alpaca.AlpacaConfig;
import io.swiftbolt.trading.alpaca.AlpacaOrder;
import io.swiftbolt.trading.alpaca.AlpacaPosition;
import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swiftbolt alpaca}: an Alpaca account from the shell: account, positions, open orders,
 * latest quote, submit and cancel, through {@link AlpacaBroker}.
 *
 * <p>Credentials come from {@code APCA_API_KEY_ID} and {@code APCA_API_SECRET_KEY}, the endpoint
 * from {@code APCA_API_BASE_URL} (default: the paper endpoint), read from the environment or from
 * an {@code --env-file}. The live endpoint is refused unless {@code --live} is given. A refused
 * order or cancel is printed as an error (exit 1) with Alpaca's reason; keys are never printed.
 */
@Command(name = "alpaca", mixinStandardHelpOptions = true,
        description = {
            "Alpaca account from the shell (paper by default; the live endpoint needs --live).",
            "Reads APCA_API_KEY_ID, APCA_API_SECRET_KEY and APCA_API_BASE_URL (default "
                + "https://paper-api.alpaca.markets) from the environment or --env-file."},
        subcommands = {AlpacaCommand.Account.class, AlpacaCommand.Positions.class, AlpacaCommand.Orders.class,
            AlpacaCommand.QuoteCommand.class, AlpacaCommand.Submit.class, AlpacaCommand.Cancel.class})
final class AlpacaCommand implements Runnable {

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "KEY=VALUE lines (APCA_API_KEY_ID, APCA_API_SECRET_KEY, APCA_API_BASE_URL, "
                + "APCA_API_DATA_URL) that override the environment; keeps keys out of the shell")
    Path envFile;

    @Option(names = "--live", description = "allow Alpaca's live endpoint (real money) if APCA_API_BASE_URL names it")
    boolean live;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The broker the environment (and --env-file) describe. */
    AlpacaBroker broker() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (envFile != null) {
            env.putAll(readEnvFile(envFile));
        }
        return AlpacaBroker.builder().config(AlpacaConfig.fromEnvironment(env).withAllowLive(live))
                .logger(new WarningsTo(spec.commandLine().getErr())).build();
    }

    /** Shows the adapter's warnings (retries, rate-limit waits) on stderr, one line each; no keys. */
    static final class WarningsTo implements System.Logger {
        private final PrintWriter err;

        WarningsTo(PrintWriter err) {
            this.err = err;
        }

        @Override
        public String getName() {
            return "swiftbolt alpaca";
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= Level.WARNING.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                err.println("swiftbolt alpaca: " + msg);
                err.flush();
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                    (Throwable) null);
        }
    }

    /** Reads {@code KEY=VALUE} lines; blank lines and {@code #} comments are skipped. */
    static Map<String, String> readEnvFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("export ")) {
                l = l.substring("export ".length()).strip();
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected KEY=VALUE");
            }
            String v = l.substring(eq + 1).strip();
            if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                v = v.substring(1, v.length() - 1);
            }
            out.put(l.substring(0, eq).strip(), v);
        }
        return out;
    }

    static String money(long units) {
        return Money.format(units);
    }

    static String price(double p) {
        return Double.isNaN(p) ? "-" : Money.format(Money.toUnits(p));
    }

    /** The common part of the subcommands: the parent's broker and the output. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        AlpacaCommand parent;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code alpaca account}. */
    @Command(name = "account", mixinStandardHelpOptions = true, description = "Shows cash, equity and buying power.")
    static final class Account extends Sub {
        @Override
        public Integer call() {
            AlpacaBroker b = parent.broker();
            AlpacaAccount a = b.account();
            AlpacaConfig c = b.config();
            String endpoint = c.isLive() ? "LIVE (real money)" : c.isPaper() ? "paper" : "custom";
            Tables.print(out(), "alpaca account (" + endpoint + " " + c.baseUrl() + ", key " + c.maskedKeyId() + ")",
                    new String[][] {
                        {"status", a.status() + (a.tradingBlocked() ? " (trading blocked)" : "")},
                        {"currency", a.currency()},
                        {"cash", money(a.cash())},
                        {"equity", money(a.equity())},
                        {"buying power", money(a.buyingPower())},
                        {"long market value", money(a.longMarketValue())},
                        {"short market value", money(a.shortMarketValue())}});
            return 0;
        }
    }

    /** {@code alpaca positions}. */
    @Command(name = "positions", mixinStandardHelpOptions = true, description = "Lists the open positions.")
    static final class Positions extends Sub {
        @Override
        public Integer call() {
            List<AlpacaPosition> ps = parent.broker().positions();
            out().println("alpaca positions: " + ps.size());
            if (ps.isEmpty()) {
                out().println("  (none)");
                out().flush();
                return 0;
            }
            String[][] rows = new String[ps.size()][];
            for (int i = 0; i < rows.length; i++) {
                AlpacaPosition p = ps.get(i);
                rows[i] = new String[] {p.symbol(), Long.toString(p.quantity()), money(p.averageEntry()),
                    money(p.markPrice()), money(p.costBasis()), money(p.marketValue()), money(p.unrealizedPnl())};
            }
            Tables.printGrid(out(), new String[] {"symbol", "qty", "avg entry", "price", "cost basis", "market value",
                "unrealized"}, rows);
            return 0;
        }
    }

    /** {@code alpaca orders}. */
    @Command(name = "orders", mixinStandardHelpOptions = true, description = "Lists the open orders, oldest first.")
    static final class Orders extends Sub {
        @Override
        public Integer call() {
            List<AlpacaOrder> os = parent.broker().openOrders();
            out().println("alpaca open orders: " + os.size());
            if (os.isEmpty()) {
                out().println("  (none)");
                out().flush();
                return 0;
            }
            String[][] rows = new String[os.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = row(os.get(i));
            }
            Tables.printGrid(out(), HEADER, rows);
            return 0;
        }
    }

    static final String[] HEADER = {"id", "client id", "symbol", "side", "qty", "filled", "type", "limit", "stop",
        "tif", "status"};

    static String[] row(AlpacaOrder o) {
        if (o.spec() instanceof OrderRequest r) {
            return new String[] {o.id().value(), r.clientOrderId(), r.symbol(), lower(r.side()),
                Long.toString(r.quantity()), Long.toString(o.filledQuantity()), lower(r.type()), price(r.limitPrice()),
                price(r.stopPrice()), lower(r.timeInForce()), o.brokerStatus()};
        }
        io.swiftbolt.trading.order.MultiLegRequest m = (io.swiftbolt.trading.order.MultiLegRequest) o.spec();
        StringBuilder legs = new StringBuilder();
        for (io.swiftbolt.trading.order.MultiLegRequest.Leg l : m.legs()) {
            legs.append(legs.length() == 0 ? "" : "+").append(l.ratio()).append(' ').append(l.symbol());
        }
        return new String[] {o.id().value(), m.clientOrderId(), legs.toString(), "mleg", Long.toString(m.quantity()),
            Long.toString(o.filledQuantity()), Double.isNaN(m.netLimitPrice()) ? "market" : "limit",
            price(m.netLimitPrice()), "-", lower(m.timeInForce()), o.brokerStatus()};
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** {@code alpaca quote SYMBOL}. */
    @Command(name = "quote", mixinStandardHelpOptions = true, description = "Shows the latest bid, ask and trade.")
    static final class QuoteCommand extends Sub {
        @Parameters(paramLabel = "SYMBOL", description = "a stock symbol or an OCC option symbol")
        String symbol;

        @Override
        public Integer call() {
            Optional<LatestQuote> q = parent.broker().latestQuote(symbol);
            if (q.isEmpty()) {
                throw new IllegalArgumentException("no market data for " + symbol);
            }
            LatestQuote l = q.get();
            Tables.print(out(), "alpaca quote " + symbol + " at " + l.time(), new String[][] {
                {"bid", price(l.bid()) + " x " + l.bidSize()},
                {"ask", price(l.ask()) + " x " + l.askSize()},
                {"last", price(l.last())}});
            return 0;
        }
    }

    /** {@code alpaca submit …}. */
    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = {"Submits one order under your client order id.",
                "Re-running with the same --client-order-id never places a second order: Alpaca refuses the "
                    + "repeated id (exit 1)."})
    static final class Submit extends Sub {
        @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "stock or OCC option symbol")
        String symbol;

        @Option(names = "--side", required = true, paramLabel = "buy|sell", description = "buy or sell")
        String side;

        @Option(names = "--qty", required = true, paramLabel = "N", description = "whole shares or contracts")
        long qty;

        @Option(names = "--type", defaultValue = "market", paramLabel = "TYPE",
                description = "market, limit, stop or stop_limit (default: ${DEFAULT-VALUE})")
        String type;

        @Option(names = "--limit", paramLabel = "PRICE", description = "limit price (limit, stop_limit)")
        Double limit;

        @Option(names = "--stop", paramLabel = "PRICE", description = "stop price (stop, stop_limit)")
        Double stop;

        @Option(names = "--tif", defaultValue = "day", paramLabel = "TIF",
                description = "day, gtc, ioc or fok (default: ${DEFAULT-VALUE})")
        String tif;

        @Option(names = "--client-order-id", required = true, paramLabel = "ID",
                description = "your id for this order (at most 48 characters), unique per account")
        String clientOrderId;

        @Override
        public Integer call() {
            OrderRequest r = new OrderRequest(clientOrderId, symbol, parse(Side.class, side, "--side"), qty,
                    parse(OrderType.class, type, "--type"), limit == null ? Double.NaN : limit,
                    stop == null ? Double.NaN : stop, parse(TimeInForce.class, tif, "--tif"));
            AlpacaOrder o = parent.broker().submit(r);
            if (o.id().isNone()) {
                throw new IllegalArgumentException("order '" + clientOrderId + "' rejected: "
                        + o.reason().map(Enum::name).orElse("REJECTED") + (o.detail().isEmpty() ? "" : ": " + o.detail()));
            }
            out().println("alpaca order " + o.brokerStatus() + ": " + o.status()
                    + o.reason().map(x -> " (" + x + ")").orElse(""));
            Tables.printGrid(out(), HEADER, new String[][] {row(o)});
            return 0;
        }
    }

    /** {@code alpaca cancel ORDER_ID}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Requests cancellation of an order.")
    static final class Cancel extends Sub {
        @Parameters(paramLabel = "ORDER_ID", description = "Alpaca's order id (see 'alpaca orders')")
        String orderId;

        @Override
        public Integer call() {
            CancelResult r = parent.broker().cancel(OrderId.of(orderId));
            if (!r.cancelled()) {
                throw new IllegalArgumentException("cannot cancel " + orderId + ": " + r.reason()
                        + (r.reason().name().equals("UNKNOWN_ORDER") ? " (no such order)" : " (already ended)"));
            }
            out().println("alpaca cancel requested: " + orderId);
            out().flush();
            return 0;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(option + " must be one of " + allowed + ", was '" + value + "'");
        }
    }
}
