package io.swiftbolt.trading.oms;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.oms.TradingEvent.AccountOpened;
import io.swiftbolt.trading.oms.TradingEvent.ComboAccepted;
import io.swiftbolt.trading.oms.TradingEvent.ComboFilled;
import io.swiftbolt.trading.oms.TradingEvent.LegFill;
import io.swiftbolt.trading.oms.TradingEvent.OrderAccepted;
import io.swiftbolt.trading.oms.TradingEvent.OrderCancelled;
import io.swiftbolt.trading.oms.TradingEvent.OrderExpired;
import io.swiftbolt.trading.oms.TradingEvent.OrderFilled;
import io.swiftbolt.trading.oms.TradingEvent.OrderRejected;
import io.swiftbolt.trading.oms.TradingEvent.OrderTriggered;
import io.swiftbolt.trading.oms.TradingEvent.PositionSettled;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderSpec;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The order state machine of one account: every order goes PENDING → SUBMITTED → PARTIAL → FILLED,
 * or ends CANCELLED, REJECTED or EXPIRED ({@link OrderStatus#canTransitionTo}), and nothing else.
 *
 * <h2>Events and durability</h2>
 * Each change is a {@link TradingEvent}: numbered, time-stamped by the injected clock, appended to
 * the {@link Journal}, applied to the orders (and to the caller's state through the applier given
 * to the constructor, e.g. the account), and queued. {@link #publish()} syncs the journal and then
 * delivers the queued events to the listeners in sequence order: no listener sees an event that
 * is not durable. {@link #recover()} rebuilds the same orders (and, through the applier, the same
 * account) from the journal by applying its events again; group side effects (an OCO sibling's
 * cancellation, a bracket exit cancelled with its entry) are events of their own, so replay needs
 * no decisions.
 *
 * <h2>Groups</h2>
 * OCO members and the two exits of a bracket cancel each other: the first fill of one cancels the
 * others ({@link ReasonCode#OCO_SIBLING_FILLED}); a client cancel of one cancels all. Bracket exits
 * are held (not {@link Order#isActive() active}) until their entry is FILLED; an entry that ends
 * otherwise cancels its exits ({@link ReasonCode#PARENT_NOT_FILLED}).
 *
 * <h2>Threading</h2>
 * Not thread-safe, by design: one writer thread owns an order manager and everything it applies to
 * (the single-writer principle: no locks on the hot path, a total order of events for free).
 * Concurrent submitters go through a {@link SingleWriterLoop}, which queues their commands for
 * the writer thread. Listeners run on the writer thread.
 */
public final class OrderManager {

    private final Journal journal;
    private final boolean keepsRecords;
    private final InstantSource clock;
    private final Consumer<TradingEvent> applier;
    private final EventCodec codec = new EventCodec();
    private final List<OrderListener> listeners = new ArrayList<>();
    private final ArrayList<TradingEvent> outbox = new ArrayList<>();
    private final Map<Long, Order> orders = new HashMap<>();
    private final Map<String, Order> byClientId = new HashMap<>();
    private final Map<String, ArrayList<Order>> openBySymbol = new HashMap<>();
    private final Map<Long, Order> open = new LinkedHashMap<>();
    private final ArrayList<Order> openCombos = new ArrayList<>();
    private long lastSequence;
    private long nextOrderId = 1;

    /**
     * Makes an order manager over a journal.
     *
     * @param journal the journal events are written to before they are published
     * @param clock   the source of event times
     * @param applier called with every event right after the order manager applied it, live and
     *                during {@link #recover()}: keep derived state (the account) here; must be
     *                deterministic
     * @throws IllegalArgumentException if an argument is null
     */
    public OrderManager(Journal journal, InstantSource clock, Consumer<TradingEvent> applier) {
        this.journal = ArgChecks.notNull(journal, "journal");
        this.keepsRecords = journal.keepsRecords();
        this.clock = ArgChecks.notNull(clock, "clock");
        this.applier = ArgChecks.notNull(applier, "applier");
    }

    /**
     * Registers a listener; it receives events published from now on.
     *
     * @param listener the listener
     * @throws IllegalArgumentException if {@code listener} is null
     */
    public void addListener(OrderListener listener) {
        listeners.add(ArgChecks.notNull(listener, "listener"));
    }

    /**
     * Unregisters a listener; no-op if it is not registered.
     *
     * @param listener the listener
     */
    public void removeListener(OrderListener listener) {
        listeners.remove(listener);
    }

    /**
     * Replays the journal: applies every event in it, in order, without re-journaling or
     * publishing. Call once, on a new order manager, before anything else.
     *
     * @return the number of events replayed
     * @throws IllegalStateException if this order manager already has events, or the journal's
     *                               sequence numbers have a gap or a record is malformed
     */
    public long recover() {
        if (lastSequence != 0) {
            throw new IllegalStateException("recover() must be called on a fresh order manager");
        }
        long[] count = {0};
        journal.replay(buffer -> {
            TradingEvent e;
            try {
                e = EventCodec.decode(buffer);
            } catch (IllegalArgumentException bad) {
                throw new IllegalStateException("journal record " + (count[0] + 1) + " is malformed", bad);
            }
            if (e.sequence() != lastSequence + 1) {
                throw new IllegalStateException("journal sequence gap: expected " + (lastSequence + 1) + ", found "
                        + e.sequence());
            }
            apply(e);
            count[0]++;
        });
        return count[0];
    }

    /**
     * Reads every event of a journal, in order (for audits, tests and tools).
     *
     * @param journal the journal
     * @return the events
     * @throws IllegalArgumentException if a record is malformed
     */
    public static List<TradingEvent> readEvents(Journal journal) {
        ArgChecks.notNull(journal, "journal");
        List<TradingEvent> out = new ArrayList<>();
        journal.replay(b -> out.add(EventCodec.decode(b)));
        return out;
    }

    // ------------------------------------------------------------------ queries

    /**
     * The sequence number of the last event (0 before any).
     *
     * @return the sequence
     */
    public long lastSequence() {
        return lastSequence;
    }

    /**
     * The order with an id.
     *
     * @param orderId the id
     * @return the order, or null if unknown
     */
    public Order order(long orderId) {
        return orders.get(orderId);
    }

    /**
     * The order with a client order id.
     *
     * @param clientOrderId the client's id
     * @return the order, or null if no accepted order has that id
     */
    public Order orderByClientId(String clientOrderId) {
        return byClientId.get(clientOrderId);
    }

    /**
     * Whether an accepted order already uses a client order id.
     *
     * @param clientOrderId the id
     * @return true if taken
     */
    public boolean isClientIdTaken(String clientOrderId) {
        return byClientId.containsKey(clientOrderId);
    }

    /**
     * The open single-instrument orders on a symbol, in acceptance (time-priority) order. A live
     * view: copy it before changing orders while iterating.
     *
     * @param symbol the symbol
     * @return the orders, unmodifiable
     */
    public List<Order> openOrders(String symbol) {
        ArrayList<Order> list = openBySymbol.get(symbol);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * The open multi-leg orders, in acceptance order. A live view.
     *
     * @return the orders, unmodifiable
     */
    public List<Order> openCombos() {
        return Collections.unmodifiableList(openCombos);
    }

    /**
     * Every open order, single and multi-leg, in acceptance order (a copy).
     *
     * @return the orders
     */
    public List<Order> openOrders() {
        return new ArrayList<>(open.values());
    }

    /**
     * Every order ever accepted, by id (a copy, in id order).
     *
     * @return the orders
     */
    public List<Order> allOrders() {
        List<Order> out = new ArrayList<>(orders.values());
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }

    // ------------------------------------------------------------------ commands (writer thread)

    /**
     * Records the opening of the account (the first event of a new journal).
     *
     * @param initialCash starting cash, units
     * @return the event
     */
    public AccountOpened open(long initialCash) {
        return emit(new AccountOpened(lastSequence + 1, clock.instant(), initialCash));
    }

    /**
     * Accepts a validated, risk-checked request: PENDING → SUBMITTED.
     *
     * @param request      the request
     * @param reservePrice the price per share it reserves buying power at, units
     * @param role         its group role
     * @param groupId      its group's id, or 0; for the first OCO member pass 0 and it becomes
     *                     its own id
     * @param parentId     a bracket exit's entry id, else 0
     * @return the new order
     * @throws IllegalStateException if the client order id is taken (check first)
     */
    public Order accept(OrderRequest request, long reservePrice, GroupRole role, long groupId, long parentId) {
        if (byClientId.containsKey(request.clientOrderId())) {
            throw new IllegalStateException("client order id " + request.clientOrderId() + " is taken");
        }
        long id = nextOrderId;
        long group = role == GroupRole.NONE ? 0 : (groupId == 0 ? id : groupId);
        emit(new OrderAccepted(lastSequence + 1, clock.instant(), id, request, reservePrice, role, group, parentId));
        return orders.get(id);
    }

    /**
     * Accepts a validated multi-leg request.
     *
     * @param request      the request
     * @param reservePrice net debit per unit it reserves at, units (after multipliers)
     * @return the new order
     * @throws IllegalStateException if the client order id is taken
     */
    public Order acceptCombo(MultiLegRequest request, long reservePrice) {
        if (byClientId.containsKey(request.clientOrderId())) {
            throw new IllegalStateException("client order id " + request.clientOrderId() + " is taken");
        }
        long id = nextOrderId;
        emit(new ComboAccepted(lastSequence + 1, clock.instant(), id, request, reservePrice));
        return orders.get(id);
    }

    /**
     * Rejects a request: PENDING → REJECTED. Changes no order and takes no id.
     *
     * @param request   the request
     * @param rejection why
     * @return the event
     */
    public OrderRejected reject(OrderSpec request, Rejection rejection) {
        return emit(new OrderRejected(lastSequence + 1, clock.instant(), request, rejection.reason(),
                rejection.detail()));
    }

    /**
     * Marks a stop order triggered.
     *
     * @param order the order, open, a stop type, not yet triggered
     * @param price the triggering market price, units
     */
    public void trigger(Order order, long price) {
        checkOpen(order);
        emit(new OrderTriggered(lastSequence + 1, clock.instant(), order.id(), price));
    }

    /**
     * Records a fill, then cancels OCO siblings on the first fill.
     *
     * @param order    the order, active
     * @param quantity the quantity, in {@code [1, leaves]}
     * @param price    the price per share, units
     * @param fee      the commission, units
     * @return the fill event
     * @throws IllegalStateException on an overfill or a fill of a closed order (a bug)
     */
    public OrderFilled fill(Order order, long quantity, long price, long fee) {
        checkOpen(order);
        long leaves = order.leavesQuantity() - quantity;
        if (quantity <= 0 || leaves < 0) {
            throw new IllegalStateException("fill of " + quantity + " would overfill " + order);
        }
        OrderFilled e = emit(new OrderFilled(lastSequence + 1, clock.instant(), order.id(), order.symbol(),
                order.side(), quantity, price, fee, order.filledQuantity() + quantity, leaves));
        if (order.group != null) {
            for (Order sibling : order.siblings()) {
                cancel(sibling, ReasonCode.OCO_SIBLING_FILLED);
            }
        }
        return e;
    }

    /**
     * Records the complete, atomic fill of a multi-leg order.
     *
     * @param order the multi-leg order, open
     * @param legs  one execution per leg
     * @return the event
     */
    public ComboFilled fillCombo(Order order, List<LegFill> legs) {
        checkOpen(order);
        return emit(new ComboFilled(lastSequence + 1, clock.instant(), order.id(), order.quantity(), legs));
    }

    /**
     * A client's cancel request: cancels the order (and its OCO group) if open, else says why not.
     *
     * @param orderId the order id
     * @return the outcome
     */
    public CancelResult requestCancel(long orderId) {
        Order o = orders.get(orderId);
        if (o == null) {
            return new CancelResult(OrderId.of(orderId), false, ReasonCode.UNKNOWN_ORDER);
        }
        if (!o.status().isOpen()) {
            return new CancelResult(OrderId.of(orderId), false, ReasonCode.ORDER_NOT_OPEN);
        }
        cancel(o, ReasonCode.USER_CANCELLED);
        if (o.group != null) {
            for (Order sibling : o.siblings()) {
                cancel(sibling, ReasonCode.USER_CANCELLED);
            }
        }
        return new CancelResult(OrderId.of(orderId), true, ReasonCode.USER_CANCELLED);
    }

    /**
     * Cancels an open order (→ CANCELLED) and, for a bracket entry, its exits.
     *
     * @param order  the order, open
     * @param reason why
     */
    public void cancel(Order order, ReasonCode reason) {
        checkOpen(order);
        emit(new OrderCancelled(lastSequence + 1, clock.instant(), order.id(), order.leavesQuantity(), reason));
        endChildren(order);
    }

    /**
     * Expires an open order (→ EXPIRED) and, for a bracket entry, cancels its exits.
     *
     * @param order  the order, open
     * @param reason DAY_ENDED or EXPIRED_CONTRACT
     */
    public void expire(Order order, ReasonCode reason) {
        checkOpen(order);
        emit(new OrderExpired(lastSequence + 1, clock.instant(), order.id(), order.leavesQuantity(), reason));
        endChildren(order);
    }

    /**
     * Records the cash settlement of an option position at expiry.
     *
     * @param symbol   the option
     * @param quantity the signed position
     * @param price    intrinsic value per share, units
     * @return the event
     */
    public PositionSettled settle(String symbol, long quantity, long price) {
        return emit(new PositionSettled(lastSequence + 1, clock.instant(), symbol, quantity, price));
    }

    /**
     * Syncs the journal, then delivers every queued event to the listeners in order. Call after each
     * command, or after a batch of commands for group commit.
     */
    public void publish() {
        if (outbox.isEmpty()) {
            return;
        }
        journal.sync();
        int n = outbox.size();
        for (int i = 0; i < n; i++) {
            TradingEvent e = outbox.get(i);
            for (int k = 0; k < listeners.size(); k++) {
                listeners.get(k).onEvent(e);
            }
        }
        outbox.clear();
    }

    // ------------------------------------------------------------------ internals

    private void endChildren(Order order) {
        if (order.children != null && order.status() != OrderStatus.FILLED) {
            for (Order child : order.children) {
                if (child.status().isOpen()) {
                    cancel(child, ReasonCode.PARENT_NOT_FILLED);
                }
            }
        }
    }

    private static void checkOpen(Order order) {
        if (!order.status().isOpen()) {
            throw new IllegalStateException("order is not open: " + order);
        }
    }

    private <E extends TradingEvent> E emit(E event) {
        if (keepsRecords) {
            journal.append(codec.encode(event));
        }
        apply(event);
        outbox.add(event);
        return event;
    }

    private void transition(Order o, OrderStatus next) {
        if (!o.status.canTransitionTo(next)) {
            throw new IllegalStateException("illegal transition " + o.status + " -> " + next + " of " + o);
        }
        o.status = next;
        if (next.isTerminal()) {
            open.remove(o.id());
            if (o.isCombo()) {
                openCombos.remove(o);
            } else {
                ArrayList<Order> list = openBySymbol.get(o.symbol());
                list.remove(o);
            }
        }
    }

    private void register(Order o) {
        orders.put(o.id(), o);
        byClientId.put(o.spec().clientOrderId(), o);
        open.put(o.id(), o);
        nextOrderId = o.id() + 1;
    }

    /** Applies one event to the orders, then to the caller's state. Shared by live and replay. */
    private void apply(TradingEvent event) {
        lastSequence = event.sequence();
        if (event instanceof OrderFilled e) {
            Order o = orders.get(e.orderId());
            o.filledQuantity += e.quantity();
            o.filledNotional += e.quantity() * e.price();
            transition(o, e.leavesQuantity() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIAL);
        } else if (event instanceof OrderAccepted e) {
            Order parent = e.parentId() == 0 ? null : orders.get(e.parentId());
            Order o = new Order(e.orderId(), e.request(), e.reservePrice(), e.role(), e.groupId(), parent);
            if (e.role() == GroupRole.OCO) {
                o.group = e.groupId() == e.orderId() ? new ArrayList<>(2) : orders.get(e.groupId()).group;
                o.group.add(o);
            } else if (e.role() == GroupRole.BRACKET_ENTRY) {
                o.children = new ArrayList<>(2);
            } else if (e.role().isBracketExit()) {
                parent.children.add(o);
                o.group = parent.children;
            }
            register(o);
            openBySymbol.computeIfAbsent(o.symbol(), s -> new ArrayList<>()).add(o);
        } else if (event instanceof OrderCancelled e) {
            Order o = orders.get(e.orderId());
            o.endReason = e.reason();
            transition(o, OrderStatus.CANCELLED);
        } else if (event instanceof OrderExpired e) {
            Order o = orders.get(e.orderId());
            o.endReason = e.reason();
            transition(o, OrderStatus.EXPIRED);
        } else if (event instanceof OrderTriggered e) {
            orders.get(e.orderId()).triggered = true;
        } else if (event instanceof ComboAccepted e) {
            Order o = new Order(e.orderId(), e.request(), e.reservePrice());
            register(o);
            openCombos.add(o);
        } else if (event instanceof ComboFilled e) {
            Order o = orders.get(e.orderId());
            long notional = 0;
            for (LegFill f : e.legs()) {
                notional += f.side().sign() * f.quantity() * f.price();
            }
            o.filledQuantity = e.quantity();
            o.filledNotional = notional;
            transition(o, OrderStatus.FILLED);
        }
        // AccountOpened, OrderRejected, PositionSettled change no order
        applier.accept(event);
    }
}
