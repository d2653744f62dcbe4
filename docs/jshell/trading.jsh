// SwiftBolt trading: the paper-trading engine and its order management system, with a journal
// the account is rebuilt from. Money in the ledger is exact: longs of 1/10,000 of a currency unit.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/trading.jsh   (the build runs it too)
import io.swiftbolt.trading.broker.*;
import io.swiftbolt.trading.journal.*;
import io.swiftbolt.trading.oms.*;
import io.swiftbolt.trading.order.*;
import io.swiftbolt.trading.paper.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }

SimulatedClock clock = new SimulatedClock(Instant.parse("2024-01-02T14:30:00Z"));
Journal journal = Journals.inMemory();
List<TradingEvent> events = new ArrayList<>();
PaperTradingEngine.Builder setup = PaperTradingEngine.builder().clock(clock).journal(journal)
        .initialCash(100_000).instruments(Instrument.equity("SPY"))
        .commission(Commissions.perUnit(0.005, 0.65)).slippageBps(1);
PaperTradingEngine engine = setup.listener(events::add).build();

// A market buy against the quote: 100 at the ask 470.02 plus 1 bp slippage; commission 0.005 a share
// (0.65 is the rate per option contract).
engine.onQuote(new Quote("SPY", 470.00, 300, 470.02, 200));
OrderSnapshot buy = engine.submit(OrderRequest.market("buy-1", "SPY", Side.BUY, 100, TimeInForce.DAY));
System.out.println(buy.status() + " " + buy.filledQuantity() + " @ " + buy.averagePrice());
check(buy.status() == OrderStatus.FILLED && buy.filledQuantity() == 100, "filled at once");
check(Math.abs(buy.averagePrice() - 470.067) < 1e-9, "470.02 + 1 bp = 470.067 (the ledger rounds to 1/10,000)");
AccountSnapshot a = engine.account();
System.out.println("cash " + Money.format(a.cash()) + ", fees " + Money.format(a.fees()));
check(a.fees() == Money.toUnits(0.50), "commission 100 x 0.005 = 0.50");
check(a.cash() == Money.toUnits(100_000) - 100 * Money.toUnits(470.067) - Money.toUnits(0.50),
        "cash = initial - cost - fee, exactly");

// A bad order is a rejection event with a reason, not an exception; nothing changes.
OrderSnapshot bad = engine.submit(OrderRequest.limit("buy-2", "SPY", Side.BUY, 0, 470, TimeInForce.DAY));
System.out.println(bad.status() + " " + bad.reason());
check(bad.status() == OrderStatus.REJECTED && bad.reason().orElseThrow() == ReasonCode.INVALID_QUANTITY,
        "rejected: INVALID_QUANTITY");
check(engine.account().equals(a), "a rejection changes no state");

// A resting limit sell, filled when the bid reaches it.
engine.submit(OrderRequest.limit("sell-1", "SPY", Side.SELL, 100, 471.00, TimeInForce.DAY));
check(engine.openOrders().size() == 1, "the limit order rests");
engine.onQuote(new Quote("SPY", 471.05, 300, 471.07, 200));
check(engine.openOrders().isEmpty() && engine.positions().isEmpty(), "sold: flat again");
engine.closeDay(LocalDate.of(2024, 1, 2));
AccountSnapshot end = engine.account();
System.out.println("equity " + Money.format(end.equity()) + ", realized " + Money.format(end.realizedPnl()));
check(end.equity() == end.cash() + end.marketValue(), "equity = cash + positions, exactly");
check(end.realizedPnl() > 0, "bought 470.067, sold above 471");
check(events.stream().anyMatch(e -> e instanceof TradingEvent.OrderRejected), "the listener saw the rejection");

// Restart from the journal: the same account, orders and history.
PaperTradingEngine restarted = setup.listener(e -> { }).build();
System.out.println("replayed " + restarted.recoveredEvents() + " events");
check(restarted.account().equals(end), "account rebuilt from the journal");
check(restarted.transactions().equals(engine.transactions()), "fills rebuilt from the journal");
/exit
