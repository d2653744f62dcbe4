package io.swiftbolt.trading.paper;

import static io.swiftbolt.trading.paper.EngineFixtures.AAA;
import static io.swiftbolt.trading.paper.EngineFixtures.AAA_CALL;
import static io.swiftbolt.trading.paper.EngineFixtures.AAA_PUT;
import static io.swiftbolt.trading.paper.EngineFixtures.BBB;
import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.testing.PropertyTesting;
import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.Position;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.OrderManager;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.TradingEvent;
import io.swiftbolt.trading.order.BracketRequest;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OcoRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Invariants over random sequences of quotes, bars, orders (good and bad), groups, cancels and day
 * ends: the account reconciles with an independent ledger built from the fill events at every step,
 * no order overfills, every status change is a legal transition, a rejected request changes nothing,
 * and replaying the journal rebuilds exactly the same state.
 */
class PaperTradingEnginePropertyTest {

    private static final Instrument[] ALL = {AAA, BBB, AAA_CALL, AAA_PUT};

    /** One step of a random session, as plain data so a failure prints it. */
    record Step(int kind, int symbol, long a, long b, double x, double y, int type, int tif, boolean buy) {
    }

    record Session(List<Step> steps, boolean allowShort, double slippage, double commission) {
    }

    static Session session(RandomGenerator rnd) {
        int n = rnd.nextInt(20, 160);
        List<Step> steps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            steps.add(new Step(rnd.nextInt(10), rnd.nextInt(ALL.length + 1), rnd.nextLong(0, 400),
                    rnd.nextLong(0, 400), rnd.nextDouble(-0.06, 0.06), rnd.nextDouble(0.0, 0.02), rnd.nextInt(4),
                    rnd.nextInt(4), rnd.nextBoolean()));
        }
        return new Session(steps, rnd.nextBoolean(), rnd.nextInt(3) * 5.0, rnd.nextInt(3) * 0.005);
    }

    @Test
    void accountReconcilesAndStateMachineHoldsOverRandomSessions() {
        COVERAGE.clear();
        PropertyTesting.forAll(0x7EAD1L, 150, PaperTradingEnginePropertyTest::session, PaperTradingEnginePropertyTest::run);
        // the sessions must reach every kind of outcome, or the invariants above prove little
        assertThat(COVERAGE.keySet()).contains("OrderFilled", "partial", "ComboFilled", "OrderRejected",
                "OrderCancelled", "OrderExpired", "OrderTriggered", "PositionSettled");
        assertThat(COVERAGE.get("OrderFilled")).isGreaterThan(500);
    }

    private static final Map<String, Integer> COVERAGE = new HashMap<>();

    private static void run(Session s) {
        SimulatedClock clock = new SimulatedClock(EngineFixtures.START);
        Journal journal = Journals.inMemory();
        Checker checker = new Checker();
        PaperTradingEngine e = EngineFixtures.builder(clock, journal)
                .riskLimits(new RiskLimits(60_000, 2_000, s.allowShort()))
                .slippageBps(s.slippage()).commission(Commissions.perUnit(s.commission(), 0.65))
                .listener(checker).build();
        checker.initial = e.account().cash();
        Map<String, Double> mid = new HashMap<>(Map.of("AAA", 100.0, "BBB", 50.0, AAA_CALL.symbol(), 3.0,
                AAA_PUT.symbol(), 2.5));
        List<Long> ids = new ArrayList<>();
        int k = 0;
        for (Step st : s.steps()) {
            clock.set(clock.instant().plusSeconds(60));
            String sym = st.symbol() < ALL.length ? ALL[st.symbol()].symbol() : "ZZZ";
            String known = ALL[st.symbol() % ALL.length].symbol();
            double px = mid.get(known);
            switch (st.kind()) {
                case 0, 1 -> { // quote
                    double m = Math.max(0.05, px * (1 + st.x()));
                    mid.put(known, m);
                    double half = Math.max(0.01, m * st.y() / 2);
                    e.onQuote(new Quote(known, round(m - half), st.a(), round(m + half), st.b()));
                }
                case 2 -> { // bar
                    double o = px * (1 + st.x() / 2);
                    double c = px * (1 + st.x());
                    mid.put(known, c);
                    e.onBar(known, round(o), round(Math.max(o, c) * (1 + st.y())), round(Math.min(o, c) * (1 - st.y())),
                            round(c), st.a() * 10.0);
                }
                case 3, 4, 5 -> { // single order, sometimes bad
                    OrderRequest r = order(st, sym, px, "c" + (k++));
                    if (st.a() % 37 == 0 && !ids.isEmpty()) {
                        r = r.withClientOrderId("c0"); // a repeated id
                    }
                    submitChecked(e, checker, r, ids);
                }
                case 6 -> { // cancel (sometimes unknown)
                    long id = ids.isEmpty() || st.a() % 5 == 0 ? 9_999 : ids.get((int) (st.a() % ids.size()));
                    e.cancel(id);
                }
                case 7 -> { // bracket or OCO
                    OrderRequest r = order(st, known, px, "g" + (k++));
                    if (st.buy()) {
                        for (OrderSnapshot o : e.submitBracket(new BracketRequest(
                                r.type() == OrderType.MARKET ? r : OrderRequest.market(r.clientOrderId(), known, Side.BUY,
                                        r.quantity(), TimeInForce.GTC), round(px * 1.03), round(px * 0.97)))) {
                            ids.add(o.orderId());
                        }
                    } else {
                        OrderRequest other = OrderRequest.limit("g" + (k++), known, r.side(), r.quantity(),
                                round(px * 0.98), TimeInForce.GTC);
                        for (OrderSnapshot o : e.submitOco(new OcoRequest(r, other))) {
                            ids.add(o.orderId());
                        }
                    }
                }
                case 8 -> { // multi-leg: stock against option
                    MultiLegRequest r = new MultiLegRequest("m" + (k++), List.of(
                            new MultiLegRequest.Leg(AAA_CALL.symbol(), st.buy() ? Side.BUY : Side.SELL, 1),
                            new MultiLegRequest.Leg(st.tif() == 3 ? AAA_PUT.symbol() : "AAA",
                                    st.buy() ? Side.SELL : Side.BUY, st.tif() == 3 ? 1 : 100)),
                            1 + st.a() % 3, st.type() == 0 ? Double.NaN : st.x() * 100, TimeInForce.values()[st.tif()]);
                    ids.add(e.submitMultiLeg(r).orderId());
                }
                default -> { // end of day
                    clock.set(clock.instant().plusSeconds(86_400));
                    e.closeDay(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
                }
            }
            checker.verify(e);
        }
        // replaying the journal rebuilds the same durable state
        PaperTradingEngine recovered = EngineFixtures.builder(new SimulatedClock(clock.instant()), journal)
                .riskLimits(new RiskLimits(60_000, 2_000, s.allowShort())).build();
        assertThat(EngineFixtures.durable(recovered)).isEqualTo(EngineFixtures.durable(e));
        assertThat(OrderManager.readEvents(journal)).hasSize((int) e.lastSequence());
    }

    private static void submitChecked(PaperTradingEngine e, Checker checker, OrderRequest r, List<Long> ids) {
        EngineFixtures.DurableState before = EngineFixtures.durable(e);
        AccountSnapshot accountBefore = e.account();
        int events = checker.events.size();
        OrderSnapshot out = e.submit(r);
        if (out.status() == OrderStatus.REJECTED) {
            assertThat(out.reason()).isPresent();
            assertThat(e.account()).isEqualTo(accountBefore);
            EngineFixtures.DurableState after = EngineFixtures.durable(e);
            assertThat(after.lastSequence()).isEqualTo(before.lastSequence() + 1);
            assertThat(after).usingRecursiveComparison().ignoringFields("lastSequence").isEqualTo(before);
            assertThat(checker.events.subList(events, checker.events.size()))
                    .singleElement().isInstanceOf(TradingEvent.OrderRejected.class);
        } else {
            ids.add(out.orderId());
        }
    }

    private static OrderRequest order(Step st, String sym, double px, String id) {
        OrderType type = OrderType.values()[st.type()];
        Side side = st.buy() ? Side.BUY : Side.SELL;
        long qty = st.a() % 53 == 0 ? -st.a() % 3 : 1 + st.b() % 150;
        double off = st.x() / 2;
        double limit = type.hasLimit() ? round(px * (1 + (st.buy() ? -off : off))) : Double.NaN;
        double stop = type.hasStop() ? round(px * (1 + (st.buy() ? Math.abs(off) : -Math.abs(off)))) : Double.NaN;
        if (st.b() % 41 == 0 && type.hasLimit()) {
            limit = st.b() % 2 == 0 ? Double.NaN : -1;
        }
        return new OrderRequest(id, sym, side, qty, type, limit, stop, TimeInForce.values()[st.tif()]);
    }

    private static double round(double v) {
        return Math.max(0.01, Math.round(v * 100) / 100.0);
    }

    /** An independent ledger and state machine, fed by the published events. */
    static final class Checker implements io.swiftbolt.trading.oms.OrderListener {
        final List<TradingEvent> events = new ArrayList<>();
        final Map<Long, OrderStatus> status = new HashMap<>();
        final Map<Long, Long> quantity = new HashMap<>();
        final Map<Long, Long> filled = new HashMap<>();
        final Map<String, Long> position = new HashMap<>();
        long initial;
        long cashDelta;
        long fees;

        @Override
        public void onEvent(TradingEvent event) {
            events.add(event);
            COVERAGE.merge(event.getClass().getSimpleName(), 1, Integer::sum);
            if (event instanceof TradingEvent.OrderFilled f && f.partial()) {
                COVERAGE.merge("partial", 1, Integer::sum);
            }
            if (event instanceof TradingEvent.OrderAccepted a) {
                move(a.orderId(), OrderStatus.SUBMITTED);
                quantity.put(a.orderId(), a.request().quantity());
            } else if (event instanceof TradingEvent.ComboAccepted a) {
                move(a.orderId(), OrderStatus.SUBMITTED);
                quantity.put(a.orderId(), a.request().quantity());
            } else if (event instanceof TradingEvent.OrderFilled f) {
                long cum = filled.merge(f.orderId(), f.quantity(), Long::sum);
                assertThat(cum).isEqualTo(f.cumulativeQuantity()).isLessThanOrEqualTo(quantity.get(f.orderId()));
                assertThat(f.quantity()).isPositive();
                move(f.orderId(), cum == quantity.get(f.orderId()) ? OrderStatus.FILLED : OrderStatus.PARTIAL);
                book(f.symbol(), f.side().sign() * f.quantity(), f.price(), f.fee());
            } else if (event instanceof TradingEvent.ComboFilled f) {
                assertThat(f.quantity()).isEqualTo(quantity.get(f.orderId()));
                move(f.orderId(), OrderStatus.FILLED);
                for (TradingEvent.LegFill leg : f.legs()) {
                    book(leg.symbol(), leg.side().sign() * leg.quantity(), leg.price(), leg.fee());
                }
            } else if (event instanceof TradingEvent.OrderCancelled c) {
                move(c.orderId(), OrderStatus.CANCELLED);
            } else if (event instanceof TradingEvent.OrderExpired x) {
                move(x.orderId(), OrderStatus.EXPIRED);
            } else if (event instanceof TradingEvent.PositionSettled p) {
                book(p.symbol(), -p.quantity(), p.price(), 0);
            }
        }

        private void move(long id, OrderStatus next) {
            OrderStatus cur = status.getOrDefault(id, OrderStatus.PENDING);
            assertThat(cur.canTransitionTo(next)).as("order %d: %s -> %s", id, cur, next).isTrue();
            status.put(id, next);
        }

        private void book(String symbol, long signedQty, long price, long fee) {
            int mult = symbol.equals("AAA") || symbol.equals("BBB") ? 1 : 100;
            cashDelta -= signedQty * price * mult + fee;
            fees += fee;
            position.merge(symbol, signedQty, Long::sum);
        }

        void verify(PaperTradingEngine e) {
            AccountSnapshot a = e.account();
            long mv = 0;
            for (Position p : e.positions()) {
                assertThat(p.quantity()).isEqualTo(position.get(p.symbol()));
                mv += p.marketValue();
            }
            long open = position.values().stream().filter(q -> q != 0).count();
            assertThat(e.positions()).hasSize((int) open);
            assertThat(a.cash()).isEqualTo(initial + cashDelta);
            assertThat(a.fees()).isEqualTo(fees);
            assertThat(a.equity()).isEqualTo(a.cash() + mv).isEqualTo(e.equity());
            assertThat(a.equity()).isEqualTo(a.initialCash() + a.realizedPnl() + a.unrealizedPnl() - a.fees());
            for (OrderSnapshot o : e.allOrders()) {
                assertThat(o.filledQuantity()).isLessThanOrEqualTo(o.spec() instanceof OrderRequest r ? r.quantity()
                        : ((MultiLegRequest) o.spec()).quantity());
                assertThat(o.status()).isEqualTo(status.get(o.orderId()));
            }
            if (e.openOrders().isEmpty()) {
                assertThat(a.reservedCash()).isZero();
            }
        }
    }
}
