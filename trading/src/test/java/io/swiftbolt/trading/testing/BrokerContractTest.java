package io.swiftbolt.trading.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.broker.BrokerAccount;
import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.broker.BrokerOrder;
import io.swiftbolt.trading.broker.BrokerPosition;
import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.oms.OrderStatus;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link BrokerInterface} contract: one suite that every broker passes, so a strategy written
 * against the interface behaves the same on each. Shipped in trading's test-jar; a broker's test
 * extends it and builds a broker in this market:
 *
 * <ul>
 *   <li>a new account with {@link #CASH} of cash and no positions or orders;</li>
 *   <li>{@link #STOCK}: bid 99.00 × 100, ask 101.00 × 100 (the quote that fills: a market or
 *       marketable order fills at the ask for a buy, at most the size shown, the rest keeps working);</li>
 *   <li>{@link #CALL} (multiplier 100): bid 7.90 × 50, ask 8.10 × 50; {@link #PUT}: bid 2.90 × 50,
 *       ask 3.10 × 50; multi-leg orders fill all legs at once at the quotes, or wait.</li>
 * </ul>
 */
public abstract class BrokerContractTest {

    /** Starting cash, currency units. */
    public static final double CASH = 100_000;
    /** The stock. */
    public static final String STOCK = "AAA";
    /** A call on the stock, strike 100, expiring 2027-12-17, OCC symbol. */
    public static final String CALL = "AAA271217C00100000";
    /** A put on the stock, strike 90, expiring 2027-12-17, OCC symbol. */
    public static final String PUT = "AAA271217P00090000";

    private BrokerInterface broker;

    /**
     * A new broker in the market described above.
     *
     * @return the broker
     * @throws Exception if it cannot be set up
     */
    protected abstract BrokerInterface newBroker() throws Exception;

    /**
     * Releases what {@link #newBroker()} set up.
     *
     * @throws Exception if it cannot be released
     */
    protected void closeBroker() throws Exception {
    }

    @BeforeEach
    public final void setUpBroker() throws Exception {
        broker = newBroker();
        broker.connect();
    }

    @AfterEach
    public final void tearDownBroker() throws Exception {
        closeBroker();
    }

    private static OrderRequest restingBuy(String clientId, long qty) {
        return OrderRequest.limit(clientId, STOCK, Side.BUY, qty, 95.00, TimeInForce.GTC);
    }

    @Test
    public void newAccountHasItsCashAndNothingElse() {
        BrokerAccount a = broker.account();
        assertThat(a.cash()).isEqualTo(Money.toUnits(CASH));
        assertThat(a.equity()).isEqualTo(Money.toUnits(CASH));
        assertThat(a.buyingPower()).isPositive();
        assertThat(broker.positions()).isEmpty();
        assertThat(broker.openOrders()).isEmpty();
    }

    @Test
    public void latestQuoteShowsBidAndAsk() {
        LatestQuote q = broker.latestQuote(STOCK).orElseThrow();
        assertThat(q.symbol()).isEqualTo(STOCK);
        assertThat(q.bid()).isEqualTo(99.00);
        assertThat(q.ask()).isEqualTo(101.00);
        assertThat(q.bidSize()).isEqualTo(100);
        assertThat(q.askSize()).isEqualTo(100);
        assertThat(q.hasBidAsk()).isTrue();
    }

    @Test
    public void restingLimitOrderWorksAndIsFoundByEitherId() {
        BrokerOrder o = broker.submit(restingBuy("rest-1", 10));
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(o.id().isNone()).isFalse();
        assertThat(o.clientOrderId()).isEqualTo("rest-1");
        assertThat(o.filledQuantity()).isZero();
        assertThat(o.leavesQuantity()).isEqualTo(10);
        assertThat(o.spec()).isEqualTo(restingBuy("rest-1", 10));

        assertThat(broker.order(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(broker.orderByClientId("rest-1").orElseThrow().id()).isEqualTo(o.id());
        assertThat(broker.openOrders()).extracting(BrokerOrder::id).containsExactly(o.id());
        assertThat(broker.orderByClientId("never-sent")).isEmpty();
        assertThat(broker.order(OrderId.of("00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    public void marketBuyFillsAtTheAskAndOpensAPosition() {
        BrokerOrder o = broker.submit(OrderRequest.market("mkt-1", STOCK, Side.BUY, 10, TimeInForce.DAY));
        assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(o.filledQuantity()).isEqualTo(10);
        assertThat(o.averagePrice()).isEqualTo(101.00);

        List<? extends BrokerPosition> positions = broker.positions();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).symbol()).isEqualTo(STOCK);
        assertThat(positions.get(0).quantity()).isEqualTo(10);
        assertThat(positions.get(0).costBasis()).isEqualTo(Money.toUnits(1010.00));
        assertThat(broker.account().cash()).isEqualTo(Money.toUnits(CASH - 1010.00));
        assertThat(broker.openOrders()).isEmpty();
    }

    @Test
    public void orderLargerThanTheQuotedSizeFillsPartiallyAndKeepsWorking() {
        BrokerOrder o = broker.submit(OrderRequest.market("part-1", STOCK, Side.BUY, 150, TimeInForce.DAY));
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIAL);
        assertThat(o.filledQuantity()).isEqualTo(100);
        assertThat(o.leavesQuantity()).isEqualTo(50);
        assertThat(broker.openOrders()).extracting(BrokerOrder::id).containsExactly(o.id());
        assertThat(broker.positions().get(0).quantity()).isEqualTo(100);
    }

    @Test
    public void cancelEndsAnOpenOrderOnceAndRefusesTheRest() {
        BrokerOrder o = broker.submit(restingBuy("cxl-1", 10));
        CancelResult r = broker.cancel(o.id());
        assertThat(r.cancelled()).isTrue();
        assertThat(r.orderId()).isEqualTo(o.id());
        assertThat(broker.order(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(broker.openOrders()).isEmpty();

        assertThat(broker.cancel(o.id()).reason()).isEqualTo(ReasonCode.ORDER_NOT_OPEN);
        assertThat(broker.cancel(OrderId.of("00000000-0000-0000-0000-000000000000")).reason())
                .isEqualTo(ReasonCode.UNKNOWN_ORDER);
    }

    @Test
    public void aRepeatedClientOrderIdIsRejectedAndPlacesNothing() {
        BrokerOrder first = broker.submit(restingBuy("dup-1", 10));
        BrokerOrder second = broker.submit(restingBuy("dup-1", 20));
        assertThat(second.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(second.reason()).contains(ReasonCode.DUPLICATE_CLIENT_ORDER_ID);
        assertThat(second.id().isNone()).isTrue();
        assertThat(broker.openOrders()).extracting(BrokerOrder::id).containsExactly(first.id());
        assertThat(broker.orderByClientId("dup-1").orElseThrow().leavesQuantity()).isEqualTo(10);
    }

    @Test
    public void replaceSwapsAnOpenOrderForANewOne() {
        BrokerOrder old = broker.submit(restingBuy("rep-1", 10));
        OrderRequest replacement = OrderRequest.limit("rep-2", STOCK, Side.BUY, 20, 96.00, TimeInForce.GTC);
        BrokerOrder next = broker.replace(old.id(), replacement);
        assertThat(next.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(next.id()).isNotEqualTo(old.id());
        assertThat(next.spec()).isEqualTo(replacement);

        BrokerOrder ended = broker.order(old.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(ended.reason()).contains(ReasonCode.REPLACED);
        assertThat(broker.openOrders()).extracting(BrokerOrder::id).containsExactly(next.id());
    }

    @Test
    public void replacingAnEndedOrderIsRejectedAndChangesNothing() {
        BrokerOrder o = broker.submit(restingBuy("rep-3", 10));
        broker.cancel(o.id());
        BrokerOrder r = broker.replace(o.id(), restingBuy("rep-4", 5));
        assertThat(r.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.reason()).contains(ReasonCode.ORDER_NOT_OPEN);
        assertThat(broker.openOrders()).isEmpty();
        assertThat(broker.orderByClientId("rep-4")).isEmpty();
    }

    /** Two long strangles on the call and put, at a net debit limit per unit. */
    private static MultiLegRequest strangle(String clientId, double netLimit) {
        return new MultiLegRequest(clientId,
                List.of(new MultiLegRequest.Leg(CALL, Side.BUY, 1), new MultiLegRequest.Leg(PUT, Side.BUY, 1)), 2,
                netLimit, TimeInForce.DAY);
    }

    @Test
    public void multiLegOptionOrderFillsAllLegsAtOnce() {
        BrokerOrder o = broker.submitMultiLeg(strangle("mleg-1", 11.50));
        assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(o.filledQuantity()).isEqualTo(2);
        assertThat(broker.positions()).extracting(BrokerPosition::symbol, BrokerPosition::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CALL, 2L),
                        org.assertj.core.groups.Tuple.tuple(PUT, 2L));
        // 2 × (8.10 + 3.10) × 100
        assertThat(broker.account().cash()).isEqualTo(Money.toUnits(CASH - 2240.00));
    }

    @Test
    public void multiLegOrderAboveItsLimitWaitsWithoutFillingAnyLeg() {
        BrokerOrder o = broker.submitMultiLeg(strangle("mleg-2", 10.00));
        assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(broker.positions()).isEmpty();
        assertThat(broker.openOrders()).extracting(BrokerOrder::id).containsExactly(o.id());
    }

    @Test
    @SuppressWarnings("try") // the subscription is only closed
    public void orderUpdatesReportAcceptanceAndPartialFill() throws InterruptedException {
        BlockingQueue<OrderUpdate> updates = new LinkedBlockingQueue<>();
        List<String> errors = new ArrayList<>();
        try (Subscription s = broker.orderUpdates(new io.swiftbolt.trading.broker.OrderUpdateListener() {
            @Override
            public void onUpdate(OrderUpdate update) {
                updates.add(update);
            }

            @Override
            public void onError(io.swiftbolt.trading.broker.BrokerException error) {
                errors.add(error.getMessage());
            }
        })) {
            BrokerOrder o = broker.submit(OrderRequest.market("upd-1", STOCK, Side.BUY, 150, TimeInForce.DAY));
            OrderUpdate first = updates.poll(10, TimeUnit.SECONDS);
            OrderUpdate second = updates.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("no NEW update arrived").isNotNull();
            assertThat(second).as("no PARTIAL_FILL update arrived").isNotNull();
            assertThat(first.kind()).isEqualTo(OrderUpdate.Kind.NEW);
            assertThat(first.order().id()).isEqualTo(o.id());
            assertThat(second.kind()).isEqualTo(OrderUpdate.Kind.PARTIAL_FILL);
            assertThat(second.order().clientOrderId()).isEqualTo("upd-1");
            assertThat(second.fillQuantity()).isEqualTo(100);
            assertThat(second.fillPrice()).isEqualTo(101.00);
            assertThat(second.order().leavesQuantity()).isEqualTo(50);
        }
        assertThat(errors).isEmpty();
    }
}
