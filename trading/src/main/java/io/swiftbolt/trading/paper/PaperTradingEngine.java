package io.swiftbolt.trading.paper;

import io.swiftbolt.core.metrics.MetricsCalculator;
import io.swiftbolt.core.metrics.PerformanceMetrics;
import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.trading.broker.AccountSnapshot;
import io.swiftbolt.trading.broker.BrokerInterface;
import io.swiftbolt.trading.broker.LatestQuote;
import io.swiftbolt.trading.broker.OrderId;
import io.swiftbolt.trading.broker.OrderUpdate;
import io.swiftbolt.trading.broker.OrderUpdateListener;
import io.swiftbolt.trading.broker.Position;
import io.swiftbolt.trading.broker.Subscription;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import io.swiftbolt.trading.oms.CancelResult;
import io.swiftbolt.trading.oms.GroupRole;
import io.swiftbolt.trading.oms.Order;
import io.swiftbolt.trading.oms.OrderListener;
import io.swiftbolt.trading.oms.OrderManager;
import io.swiftbolt.trading.oms.OrderSnapshot;
import io.swiftbolt.trading.oms.OrderValidation;
import io.swiftbolt.trading.oms.ReasonCode;
import io.swiftbolt.trading.oms.Rejection;
import io.swiftbolt.trading.oms.TradingEvent;
import io.swiftbolt.trading.oms.TradingEvent.AccountOpened;
import io.swiftbolt.trading.oms.TradingEvent.ComboAccepted;
import io.swiftbolt.trading.oms.TradingEvent.ComboFilled;
import io.swiftbolt.trading.oms.TradingEvent.LegFill;
import io.swiftbolt.trading.oms.TradingEvent.OrderAccepted;
import io.swiftbolt.trading.oms.TradingEvent.OrderCancelled;
import io.swiftbolt.trading.oms.TradingEvent.OrderExpired;
import io.swiftbolt.trading.oms.TradingEvent.OrderFilled;
import io.swiftbolt.trading.oms.TradingEvent.PositionSettled;
import io.swiftbolt.trading.order.BracketRequest;
import io.swiftbolt.trading.order.Instrument;
import io.swiftbolt.trading.order.Money;
import io.swiftbolt.trading.order.MultiLegRequest;
import io.swiftbolt.trading.order.OcoRequest;
import io.swiftbolt.trading.order.OrderRequest;
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paper-trading account: the {@link OrderManager} state machine, pre-trade risk checks, fills
 * against quotes or bars, an exact ledger, a journal for crash recovery, a transaction history and
 * an equity curve.
 *
 * <h2>Fill rules</h2>
 * Against a {@link Quote} (fills happen when the quote arrives, and at submission if the symbol
 * has a quote):
 * <ul>
 *   <li>market (and a triggered stop): at the ask for a buy, the bid for a sell (never the mid),
 *       made worse by {@code slippageBps} of the price;</li>
 *   <li>limit (and a triggered stop-limit): at the ask (bid) when it is at or better than the limit;</li>
 *   <li>stop: triggered when the ask rises to the stop (buy) or the bid falls to it (sell);</li>
 *   <li>size: at most the size shown at the quote, shared by the orders in time priority; the
 *       rest stays working (a partial fill).</li>
 * </ul>
 * Against a bar ({@link #onBar}), with {@code participation × volume} shares available in the bar:
 * <ul>
 *   <li>market: at the open plus slippage;</li>
 *   <li>limit: at the open if it is at or better than the limit, else at the limit if the bar's
 *       range reaches it;</li>
 *   <li>stop: triggered at the open if the open is through the stop, else at the stop if the range
 *       reaches it; a stop then fills at the trigger price plus slippage, a stop-limit at the trigger
 *       price if that is within its limit (otherwise it works as a limit from the next bar on).</li>
 * </ul>
 * IOC and FOK orders get one attempt, at the first market data after acceptance; multi-leg orders
 * fill against quotes only, all legs at once or not at all (each leg needs its full size at the
 * quote, and a limit combination its net price within the limit). Commissions come from the
 * {@link CommissionModel}. Options use their contract's multiplier; {@link #closeDay} settles
 * expired option positions for cash at intrinsic value against the underlying's mark.
 *
 * <h2>Risk checks</h2>
 * Before acceptance (a breach is a REJECTED event with a {@link ReasonCode}, and changes nothing):
 * order value at most {@link RiskLimits#maxOrderValue()}; position plus open orders on the same side
 * at most {@link RiskLimits#maxPosition()}; a buy's value (at its limit, or the ask or last mark
 * plus slippage) plus commission within buying power; a sell within the free long position unless
 * shorting is allowed (then the short part's value within buying power). Open buy orders reserve
 * their value until they fill or end. A market buy that then fills above its reserve can take cash
 * below zero; the account shows it.
 *
 * <h2>Durability</h2>
 * Every event is appended to the journal before it is applied and synced before listeners see it.
 * With {@code groupCommit(false)} (the default) each public command ends with a sync and the event
 * delivery, so its return is an acknowledgement. With {@code groupCommit(true)} nothing is synced
 * until {@link #flush()} (a {@link io.swiftbolt.trading.oms.SingleWriterLoop} calls it once per
 * batch): only flushed events are acknowledged. {@link Builder#build()} replays a non-empty journal
 * and so recovers exactly the orders, positions, cash, fees, realized P&amp;L and transaction
 * history it recorded. Marks, quotes and the equity curve are market data and are not journaled: a
 * recovered position is valued at cost until its next quote or bar.
 *
 * <h2>As a broker</h2>
 * It implements {@link BrokerInterface}, so strategy code runs unchanged here and on a live broker:
 * {@link #connect()} does nothing, {@link #latestQuote} reports the last quote, bar and fill,
 * {@link #replace} is atomic (see there), {@link #orderUpdates} turns the events into
 * {@link OrderUpdate}s. Its ids as {@link OrderId}s are the decimal order numbers; the
 * {@code long} overloads ({@link #cancel(long)}, {@link #order(long)}) remain.
 *
 * <h2>Threading</h2>
 * Single writer: not thread-safe; call every method from one thread (or through a
 * {@link io.swiftbolt.trading.oms.SingleWriterLoop}). Snapshots it returns are immutable and may be
 * passed to other threads.
 */
public final class PaperTradingEngine implements BrokerInterface, AutoCloseable {

    /** Per-instrument market state and the ledger's holding for it. */
    private static final class Market {
        final Instrument instrument;
        final Ledger.Holding holding;
        boolean hasQuote;
        long bid;
        long ask;
        long bidAvail;
        long askAvail;
        long mark;
        boolean barActive;
        long barOpen;
        long barHigh;
        long barLow;
        long barAvail;
        long last;
        Instant dataTime;

        Market(Instrument instrument, Ledger.Holding holding) {
            this.instrument = instrument;
            this.holding = holding;
        }
    }

    private final InstantSource clock;
    private final Journal journal;
    private final OrderManager oms;
    private final Ledger ledger = new Ledger();
    private final Map<String, Market> markets = new HashMap<>();
    private final List<Market> marketList = new ArrayList<>();
    private final RiskLimits limits;
    private final CommissionModel commission;
    private final double slippageBps;
    private final double participation;
    private final boolean groupCommit;
    private final boolean recordHistory;
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<EquityPoint> equityCurve = new ArrayList<>();
    private final long recoveredEvents;
    private Order[] scratch = new Order[16];
    private long reservePrice;

    private PaperTradingEngine(Builder b) {
        this.clock = b.clock;
        this.journal = b.journal;
        this.limits = b.limits;
        this.commission = b.commission;
        this.slippageBps = b.slippageBps;
        this.participation = b.participation;
        this.groupCommit = b.groupCommit;
        this.recordHistory = b.recordHistory;
        for (Instrument i : b.instruments.values()) {
            Market m = new Market(i, ledger.holding(i.symbol(), i.multiplier()));
            markets.put(i.symbol(), m);
            marketList.add(m);
        }
        this.oms = new OrderManager(journal, clock, this::apply);
        for (OrderListener l : b.listeners) {
            oms.addListener(l);
        }
        long n = oms.recover();
        if (n == 0) {
            oms.open(b.initialCash);
            oms.publish();
        }
        this.recoveredEvents = n;
    }

    /**
     * A builder with the defaults: 100,000 of cash, no instruments, {@link RiskLimits#DEFAULT}, no
     * commission, no slippage, 10 % bar participation, no journal ({@link Journals#none()}),
     * per-command commit, history on. A clock is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ================================================================== orders

    @Override
    public OrderSnapshot submit(OrderRequest request) {
        ArgChecks.notNull(request, "request");
        Rejection rej = check(request, false);
        OrderSnapshot out;
        if (rej != null) {
            oms.reject(request, rej);
            out = OrderSnapshot.rejected(request, rej.reason());
        } else {
            Order o = oms.accept(request, reservePrice, GroupRole.NONE, 0, 0);
            tryImmediate(o);
            out = o.snapshot();
        }
        autoPublish();
        return out;
    }

    /**
     * Submits a bracket: the entry and its two held exits (see {@link BracketRequest}). If any of
     * the three is invalid, or the entry fails a risk check, all three are rejected (the others with
     * {@link ReasonCode#GROUP_REJECTED}). For a buy entry the take-profit must be above the stop-loss,
     * for a sell entry below.
     *
     * @param bracket the bracket
     * @return the snapshots of entry, take-profit and stop-loss, in that order
     * @throws IllegalArgumentException if {@code bracket} is null
     */
    public List<OrderSnapshot> submitBracket(BracketRequest bracket) {
        ArgChecks.notNull(bracket, "bracket");
        OrderRequest entry = bracket.entry();
        OrderRequest tp = bracket.takeProfit();
        OrderRequest sl = bracket.stopLoss();
        Rejection[] rej = {check(entry, false), check(tp, true), check(sl, true)};
        long entryReserve = reservePrice;
        if (rej[1] == null && rej[2] == null && rej[0] == null) {
            boolean ordered = entry.side() == Side.BUY ? bracket.takeProfitPrice() > bracket.stopLossPrice()
                    : bracket.takeProfitPrice() < bracket.stopLossPrice();
            if (!ordered) {
                rej[1] = new Rejection(ReasonCode.INVALID_PRICE, "take-profit " + bracket.takeProfitPrice()
                        + " must be on the profit side of stop-loss " + bracket.stopLossPrice());
            }
        }
        if (rej[0] == null) {
            check(entry, false);
            entryReserve = reservePrice;
        }
        List<OrderSnapshot> out = rejectGroup(new OrderRequest[] {entry, tp, sl}, rej);
        if (out == null) {
            Order e = oms.accept(entry, entryReserve, GroupRole.BRACKET_ENTRY, 0, 0);
            Order t = oms.accept(tp, 0, GroupRole.BRACKET_TAKE_PROFIT, e.id(), e.id());
            Order s = oms.accept(sl, 0, GroupRole.BRACKET_STOP_LOSS, e.id(), e.id());
            tryImmediate(e);
            out = List.of(e.snapshot(), t.snapshot(), s.snapshot());
        }
        autoPublish();
        return out;
    }

    /**
     * Submits a one-cancels-other pair (see {@link OcoRequest}); if either is invalid or fails a risk
     * check, both are rejected.
     *
     * @param oco the pair
     * @return the two snapshots
     * @throws IllegalArgumentException if {@code oco} is null
     */
    public List<OrderSnapshot> submitOco(OcoRequest oco) {
        ArgChecks.notNull(oco, "oco");
        Rejection[] rej = {check(oco.first(), false), null};
        long firstReserve = reservePrice;
        rej[1] = check(oco.second(), false);
        long secondReserve = reservePrice;
        if (rej[0] == null && rej[1] == null && oco.first().clientOrderId().equals(oco.second().clientOrderId())) {
            rej[1] = new Rejection(ReasonCode.DUPLICATE_CLIENT_ORDER_ID, "both OCO members use client order id '"
                    + oco.first().clientOrderId() + "'");
        }
        List<OrderSnapshot> out = rejectGroup(new OrderRequest[] {oco.first(), oco.second()}, rej);
        if (out == null) {
            Order a = oms.accept(oco.first(), firstReserve, GroupRole.OCO, 0, 0);
            Order b = oms.accept(oco.second(), secondReserve, GroupRole.OCO, a.id(), 0);
            tryImmediate(a);
            if (b.isActive()) {
                tryImmediate(b);
            }
            out = List.of(a.snapshot(), b.snapshot());
        }
        autoPublish();
        return out;
    }

    /**
     * Submits a multi-leg all-or-none order (see {@link MultiLegRequest}). It fills against quotes
     * only: every leg needs a quote to be valued at submission (else
     * {@link ReasonCode#NO_REFERENCE_PRICE}).
     *
     * @param request the request
     * @return its snapshot
     * @throws IllegalArgumentException if {@code request} is null
     */
    @Override
    public OrderSnapshot submitMultiLeg(MultiLegRequest request) {
        ArgChecks.notNull(request, "request");
        Rejection rej = OrderValidation.check(request, markets::containsKey);
        if (rej == null) {
            rej = riskCombo(request);
        }
        OrderSnapshot out;
        if (rej != null) {
            oms.reject(request, rej);
            out = OrderSnapshot.rejected(request, rej.reason());
        } else {
            Order o = oms.acceptCombo(request, reservePrice);
            tryCombo(o);
            out = o.snapshot();
        }
        autoPublish();
        return out;
    }

    /**
     * Requests cancellation of an order (and its OCO sibling; a bracket entry's exits).
     *
     * @param orderId the engine's order id
     * @return done, or why not ({@code UNKNOWN_ORDER}, {@code ORDER_NOT_OPEN})
     */
    public CancelResult cancel(long orderId) {
        CancelResult r = oms.requestCancel(orderId);
        autoPublish();
        return r;
    }

    /**
     * {@inheritDoc} An id that is not one of this engine's numbers is {@code UNKNOWN_ORDER}.
     */
    @Override
    public CancelResult cancel(OrderId orderId) {
        ArgChecks.notNull(orderId, "orderId");
        long id = number(orderId);
        return id > 0 ? cancel(id) : new CancelResult(orderId, false, ReasonCode.UNKNOWN_ORDER);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here the check is atomic: the replacement is validated and risk-checked as if the
     * original's open quantity were already released, and only if it passes is the original
     * cancelled ({@link ReasonCode#REPLACED}) and the replacement accepted, in one command. Bracket
     * and OCO members and multi-leg orders cannot be replaced ({@link ReasonCode#NOT_REPLACEABLE}).
     */
    @Override
    public OrderSnapshot replace(OrderId orderId, OrderRequest replacement) {
        ArgChecks.notNull(orderId, "orderId");
        ArgChecks.notNull(replacement, "replacement");
        long id = number(orderId);
        Order old = id > 0 ? oms.order(id) : null;
        Rejection rej;
        if (old == null) {
            rej = new Rejection(ReasonCode.UNKNOWN_ORDER, "no order with id '" + orderId + "'");
        } else if (!old.status().isOpen()) {
            rej = new Rejection(ReasonCode.ORDER_NOT_OPEN, "order " + id + " is " + old.status());
        } else if (old.isCombo() || old.role() != GroupRole.NONE || !old.symbol().equals(replacement.symbol())
                || old.side() != replacement.side() || old.type() != replacement.type()) {
            rej = new Rejection(ReasonCode.NOT_REPLACEABLE, "order " + id + " is a group member or multi-leg "
                    + "order, or the replacement changes its symbol, side or type");
        } else {
            rej = checkReleasing(old, replacement);
        }
        OrderSnapshot out;
        if (rej != null) {
            oms.reject(replacement, rej);
            out = OrderSnapshot.rejected(replacement, rej.reason());
        } else {
            long reserve = reservePrice;
            oms.cancel(old, ReasonCode.REPLACED);
            Order o = oms.accept(replacement, reserve, GroupRole.NONE, 0, 0);
            tryImmediate(o);
            out = o.snapshot();
        }
        autoPublish();
        return out;
    }

    /** Risk-checks a replacement with the original's open quantity released, then restores the books. */
    private Rejection checkReleasing(Order old, OrderRequest replacement) {
        Ledger.Holding h = markets.get(old.symbol()).holding;
        long leaves = old.leavesQuantity();
        long freed = old.side() == Side.BUY ? leaves * old.reservePrice() * h.multiplier : 0;
        if (old.side() == Side.BUY) {
            h.pendingBuy -= leaves;
        } else {
            h.pendingSell -= leaves;
        }
        ledger.reservedCash -= freed;
        try {
            return check(replacement, false);
        } finally {
            if (old.side() == Side.BUY) {
                h.pendingBuy += leaves;
            } else {
                h.pendingSell += leaves;
            }
            ledger.reservedCash += freed;
        }
    }

    /** This engine's number for a broker-neutral id, or 0 if it is not one. */
    private static long number(OrderId orderId) {
        String v = orderId.value();
        if (v.isEmpty() || v.length() > 18) {
            return 0;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return 0;
            }
        }
        return Long.parseLong(v);
    }

    // ================================================================== market data

    /**
     * Takes a new quote for a symbol: marks positions at the mid, then matches the symbol's open
     * orders and the multi-leg orders that use it.
     *
     * @param quote the quote
     * @throws IllegalArgumentException if {@code quote} is null or its symbol unknown
     */
    public void onQuote(Quote quote) {
        ArgChecks.notNull(quote, "quote");
        Market m = market(quote.symbol());
        m.hasQuote = true;
        m.barActive = false;
        m.bid = Money.unitsUnchecked(quote.bid());
        m.ask = Money.unitsUnchecked(quote.ask());
        m.bidAvail = quote.bidSize();
        m.askAvail = quote.askSize();
        m.mark = (m.bid + m.ask) / 2;
        m.dataTime = clock.instant();
        matchSymbol(m);
        if (!oms.openCombos().isEmpty()) {
            matchCombos(quote.symbol());
        }
        autoPublish();
    }

    /**
     * Takes a daily (or intraday) bar for a symbol: matches its open orders by the bar rules, then
     * marks positions at the close. Set the clock to the bar's time first if it is simulated.
     *
     * @param symbol the instrument
     * @param open   open price, currency units
     * @param high   high, at least open and close
     * @param low    low, positive, at most open and close
     * @param close  close
     * @param volume shares traded, zero or positive; {@code participation × volume} is available
     * @throws IllegalArgumentException if the symbol is unknown or the bar inconsistent
     */
    public void onBar(String symbol, double open, double high, double low, double close, double volume) {
        Market m = market(symbol);
        ArgChecks.check(Money.isValidPrice(low), "low", low, "must be positive and finite");
        ArgChecks.check(Money.isValidPrice(high) && high >= Math.max(open, close), "high", high,
                "must be finite and at least open " + open + " and close " + close);
        ArgChecks.check(Money.isValidPrice(open) && Money.isValidPrice(close) && low <= Math.min(open, close), "low",
                low, "must be at most open " + open + " and close " + close);
        ArgChecks.notNegative(volume, "volume");
        m.hasQuote = false;
        m.barActive = true;
        m.barOpen = Money.unitsUnchecked(open);
        m.barHigh = Money.unitsUnchecked(high);
        m.barLow = Money.unitsUnchecked(low);
        m.barAvail = (long) Math.floor(volume * participation);
        matchSymbol(m);
        m.barActive = false;
        m.mark = Money.unitsUnchecked(close);
        m.last = m.mark;
        m.dataTime = clock.instant();
        autoPublish();
    }

    /**
     * Ends a trading day: expires DAY orders and IOC/FOK orders that met no market data
     * ({@link ReasonCode#DAY_ENDED}); for option contracts expiring on or before {@code date},
     * expires their orders ({@link ReasonCode#EXPIRED_CONTRACT}) and settles their positions for
     * cash at intrinsic value against the underlying's mark (a position whose underlying has no
     * mark stays open); then records a point of the equity curve.
     *
     * @param date the day that ends
     * @return the equity point recorded
     * @throws IllegalArgumentException if {@code date} is null or before the last recorded day
     */
    public EquityPoint closeDay(LocalDate date) {
        ArgChecks.notNull(date, "date");
        if (!equityCurve.isEmpty()) {
            LocalDate last = equityCurve.get(equityCurve.size() - 1).date();
            ArgChecks.check(!date.isBefore(last), "date", date, "must not be before the last closed day " + last);
        }
        for (Order o : oms.openOrders()) {
            if (!o.status().isOpen()) {
                continue; // ended by an earlier step of this loop (group side effect)
            }
            TimeInForce tif = o.timeInForce();
            if (tif == TimeInForce.DAY || tif.isImmediate()) {
                oms.expire(o, ReasonCode.DAY_ENDED);
            } else if (!o.isCombo() && expired(market(o.symbol()).instrument, date)) {
                oms.expire(o, ReasonCode.EXPIRED_CONTRACT);
            } else if (o.isCombo() && comboExpired(o, date)) {
                oms.expire(o, ReasonCode.EXPIRED_CONTRACT);
            }
        }
        for (Market m : marketList) {
            if (m.holding.quantity != 0 && expired(m.instrument, date)) {
                OptionContract c = ((Instrument.Option) m.instrument).contract();
                Market under = markets.get(c.underlying());
                if (under != null && under.mark > 0) {
                    long strike = Money.toUnits(c.strike());
                    long intrinsic = Math.max(c.right().sign() * (under.mark - strike), 0);
                    oms.settle(m.instrument.symbol(), m.holding.quantity, intrinsic);
                }
            }
        }
        autoPublish();
        long equity = equity();
        EquityPoint p = new EquityPoint(date, equity, ledger.cash);
        if (!equityCurve.isEmpty() && equityCurve.get(equityCurve.size() - 1).date().equals(date)) {
            equityCurve.set(equityCurve.size() - 1, p);
        } else {
            equityCurve.add(p);
        }
        return p;
    }

    /**
     * Group commit: syncs the journal and delivers pending events to the listeners. A no-op when
     * nothing is pending; called automatically after each command unless {@code groupCommit(true)}.
     */
    public void flush() {
        oms.publish();
    }

    // ================================================================== queries

    @Override
    public AccountSnapshot account() {
        long mv = 0;
        long shortValue = 0;
        long cost = 0;
        for (Market m : marketList) {
            Ledger.Holding h = m.holding;
            if (h.quantity != 0) {
                long v = value(m);
                mv += v;
                cost += h.costBasis;
                if (h.quantity < 0) {
                    shortValue -= v;
                }
            }
        }
        return new AccountSnapshot(ledger.initialCash, ledger.cash, mv, ledger.cash + mv, ledger.realized, mv - cost,
                ledger.fees, ledger.reservedCash, ledger.cash - ledger.reservedCash - shortValue);
    }

    /**
     * The equity now: cash + market value, units.
     *
     * @return the equity
     */
    public long equity() {
        long mv = 0;
        for (Market m : marketList) {
            if (m.holding.quantity != 0) {
                mv += value(m);
            }
        }
        return ledger.cash + mv;
    }

    @Override
    public List<Position> positions() {
        List<Position> out = new ArrayList<>();
        for (Market m : marketList) {
            Ledger.Holding h = m.holding;
            if (h.quantity != 0) {
                long v = value(m);
                out.add(new Position(h.symbol, h.quantity, h.multiplier, h.costBasis, m.mark, v, v - h.costBasis,
                        h.realized));
            }
        }
        out.sort((a, b) -> a.symbol().compareTo(b.symbol()));
        return out;
    }

    /**
     * Realized P&amp;L per symbol, including symbols now flat, units.
     *
     * @return symbol → realized P&amp;L before fees, for symbols that traded, sorted by symbol
     */
    public Map<String, Long> realizedBySymbol() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Market m : marketList) {
            if (m.holding.realized != 0 || m.holding.quantity != 0) {
                out.put(m.holding.symbol, m.holding.realized);
            }
        }
        return out;
    }

    /**
     * An order's state.
     *
     * @param orderId the engine's order id
     * @return the snapshot, or empty if no such order
     */
    public Optional<OrderSnapshot> order(long orderId) {
        Order o = oms.order(orderId);
        return o == null ? Optional.empty() : Optional.of(o.snapshot());
    }

    @Override
    public Optional<OrderSnapshot> order(OrderId orderId) {
        ArgChecks.notNull(orderId, "orderId");
        long id = number(orderId);
        return id > 0 ? order(id) : Optional.empty();
    }

    /**
     * Nothing to connect to: the paper engine is always ready. Present so that strategy code is the
     * same as against a live broker.
     */
    @Override
    public void connect() {
        // in-process: nothing to reach
    }

    /**
     * {@inheritDoc} Here: the last quote (bid and ask NaN when the symbol has had only bars), the
     * last fill or bar close as the last price (NaN before either), stamped with the engine's clock
     * when that data arrived.
     *
     * @throws IllegalArgumentException if the symbol is not one of the engine's instruments
     */
    @Override
    public Optional<LatestQuote> latestQuote(String symbol) {
        ArgChecks.notNull(symbol, "symbol");
        Market m = market(symbol);
        if (m.dataTime == null) {
            return Optional.empty();
        }
        double nan = Double.NaN;
        return Optional.of(new LatestQuote(symbol, m.hasQuote ? Money.toDouble(m.bid) : nan,
                m.hasQuote ? m.bidAvail : 0, m.hasQuote ? Money.toDouble(m.ask) : nan, m.hasQuote ? m.askAvail : 0,
                m.last > 0 ? Money.toDouble(m.last) : nan, m.dataTime));
    }

    /**
     * {@inheritDoc} Updates are delivered on the writer thread after their events are durable: NEW
     * on acceptance, PARTIAL_FILL and FILL per fill (one FILL for a multi-leg order, priced at its
     * net per unit), CANCELED, REPLACED (the original of a replacement), EXPIRED and REJECTED.
     * Events replayed from a journal at recovery are not delivered.
     */
    @Override
    public Subscription orderUpdates(OrderUpdateListener listener) {
        ArgChecks.notNull(listener, "listener");
        OrderListener adapter = event -> {
            OrderUpdate u = toUpdate(event);
            if (u != null) {
                listener.onUpdate(u);
            }
        };
        oms.addListener(adapter);
        return () -> oms.removeListener(adapter);
    }

    private OrderUpdate toUpdate(TradingEvent event) {
        double nan = Double.NaN;
        if (event instanceof OrderAccepted e) {
            return new OrderUpdate(OrderUpdate.Kind.NEW, oms.order(e.orderId()).snapshot(), 0, nan, e.time());
        } else if (event instanceof ComboAccepted e) {
            return new OrderUpdate(OrderUpdate.Kind.NEW, oms.order(e.orderId()).snapshot(), 0, nan, e.time());
        } else if (event instanceof OrderFilled e) {
            return new OrderUpdate(e.partial() ? OrderUpdate.Kind.PARTIAL_FILL : OrderUpdate.Kind.FILL,
                    oms.order(e.orderId()).snapshot(), e.quantity(), Money.toDouble(e.price()), e.time());
        } else if (event instanceof ComboFilled e) {
            OrderSnapshot s = oms.order(e.orderId()).snapshot();
            return new OrderUpdate(OrderUpdate.Kind.FILL, s, e.quantity(), s.averagePrice(), e.time());
        } else if (event instanceof OrderCancelled e) {
            OrderUpdate.Kind kind = e.reason() == ReasonCode.REPLACED ? OrderUpdate.Kind.REPLACED
                    : OrderUpdate.Kind.CANCELED;
            return new OrderUpdate(kind, oms.order(e.orderId()).snapshot(), 0, nan, e.time());
        } else if (event instanceof OrderExpired e) {
            return new OrderUpdate(OrderUpdate.Kind.EXPIRED, oms.order(e.orderId()).snapshot(), 0, nan, e.time());
        } else if (event instanceof TradingEvent.OrderRejected e) {
            return new OrderUpdate(OrderUpdate.Kind.REJECTED, OrderSnapshot.rejected(e.request(), e.reason()), 0, nan,
                    e.time());
        }
        return null;
    }

    @Override
    public Optional<OrderSnapshot> orderByClientId(String clientOrderId) {
        ArgChecks.notNull(clientOrderId, "clientOrderId");
        Order o = oms.orderByClientId(clientOrderId);
        return o == null ? Optional.empty() : Optional.of(o.snapshot());
    }

    @Override
    public List<OrderSnapshot> openOrders() {
        List<OrderSnapshot> out = new ArrayList<>();
        for (Order o : oms.openOrders()) {
            out.add(o.snapshot());
        }
        return out;
    }

    /**
     * Every accepted order, by id.
     *
     * @return snapshots in id order
     */
    public List<OrderSnapshot> allOrders() {
        List<OrderSnapshot> out = new ArrayList<>();
        for (Order o : oms.allOrders()) {
            out.add(o.snapshot());
        }
        return out;
    }

    /**
     * The transaction history: fills (one line per leg) and settlements, in order. Empty when
     * history is off.
     *
     * @return the transactions, unmodifiable view
     */
    public List<Transaction> transactions() {
        return Collections.unmodifiableList(transactions);
    }

    /**
     * The equity curve: one point per {@link #closeDay} call.
     *
     * @return the points, unmodifiable view
     */
    public List<EquityPoint> equityCurve() {
        return Collections.unmodifiableList(equityCurve);
    }

    /**
     * Performance of the equity curve by core's {@link MetricsCalculator} (daily, 252 a year).
     *
     * @return the metrics, or empty with fewer than two points or a non-positive equity
     */
    public Optional<PerformanceMetrics> performance() {
        int n = equityCurve.size();
        if (n < 2) {
            return Optional.empty();
        }
        int[] days = new int[n];
        double[] returns = new double[n - 1];
        for (int i = 0; i < n; i++) {
            EquityPoint p = equityCurve.get(i);
            days[i] = (int) p.date().toEpochDay();
            if (p.equity() <= 0) {
                return Optional.empty();
            }
            if (i > 0) {
                returns[i - 1] = (double) p.equity() / equityCurve.get(i - 1).equity() - 1.0;
            }
        }
        return Optional.of(MetricsCalculator.defaults().compute(days, returns));
    }

    /**
     * Registers a listener for events from now on (delivered on the writer thread, after they are
     * durable).
     *
     * @param listener the listener
     * @throws IllegalArgumentException if {@code listener} is null
     */
    public void addListener(OrderListener listener) {
        oms.addListener(listener);
    }

    /**
     * How many journal events {@link Builder#build()} replayed (0 for a new account).
     *
     * @return the count
     */
    public long recoveredEvents() {
        return recoveredEvents;
    }

    /**
     * The sequence number of the last event.
     *
     * @return the sequence
     */
    public long lastSequence() {
        return oms.lastSequence();
    }

    /**
     * The instruments the engine knows.
     *
     * @return the symbols, sorted
     */
    public List<String> symbols() {
        List<String> s = new ArrayList<>(markets.keySet());
        Collections.sort(s);
        return s;
    }

    /**
     * Flushes and closes the journal.
     */
    @Override
    public void close() {
        flush();
        journal.close();
    }

    // ================================================================== risk

    /** Static checks, then risk; on success leaves the reserve price in {@link #reservePrice}. */
    private Rejection check(OrderRequest r, boolean bracketExit) {
        Rejection rej = OrderValidation.check(r, markets::containsKey);
        if (rej != null) {
            return rej;
        }
        if (oms.isClientIdTaken(r.clientOrderId())) {
            return new Rejection(ReasonCode.DUPLICATE_CLIENT_ORDER_ID,
                    "client order id '" + r.clientOrderId() + "' is already used");
        }
        Market m = markets.get(r.symbol());
        if (expired(m.instrument, today().minusDays(1))) {
            return new Rejection(ReasonCode.CONTRACT_EXPIRED, r.symbol() + " has expired");
        }
        reservePrice = 0;
        if (bracketExit) {
            return null; // closes the position its entry opens
        }
        boolean buy = r.side() == Side.BUY;
        long ref;
        OrderType type = r.type();
        long marketRef = m.hasQuote ? (buy ? m.ask : m.bid) : m.mark;
        if (type.hasLimit()) {
            ref = Money.unitsUnchecked(r.limitPrice());
        } else if (type == OrderType.STOP) {
            long stop = Money.unitsUnchecked(r.stopPrice());
            ref = buy ? Math.max(stop, marketRef) : stop;
            ref = buy ? ref + slip(ref) : ref;
        } else {
            if (marketRef <= 0) {
                return new Rejection(ReasonCode.NO_REFERENCE_PRICE, "no quote, bar or mark to value the market "
                        + "order on " + r.symbol());
            }
            ref = buy ? marketRef + slip(marketRef) : marketRef;
        }
        int mult = m.instrument.multiplier();
        double value = (double) r.quantity() * ref * mult / Money.SCALE;
        if (value > limits.maxOrderValue()) {
            return new Rejection(ReasonCode.MAX_ORDER_VALUE, "order value " + value + " exceeds the maximum "
                    + limits.maxOrderValue());
        }
        Ledger.Holding h = m.holding;
        long qty = r.quantity();
        if (buy) {
            if (h.quantity + h.pendingBuy + qty > limits.maxPosition()) {
                return new Rejection(ReasonCode.POSITION_LIMIT, "position " + h.quantity + " + open buys "
                        + h.pendingBuy + " + " + qty + " exceeds the limit " + limits.maxPosition());
            }
            long cost = qty * ref * mult + commission.commission(m.instrument, qty, ref);
            long bp = buyingPower();
            if (cost > bp) {
                return new Rejection(ReasonCode.INSUFFICIENT_BUYING_POWER, "order needs " + Money.format(cost)
                        + ", buying power is " + Money.format(bp));
            }
            reservePrice = ref;
        } else {
            long free = h.quantity - h.pendingSell;
            if (qty > free) {
                if (!limits.allowShort()) {
                    return new Rejection(ReasonCode.INSUFFICIENT_POSITION, "sell of " + qty + " exceeds the free "
                            + "position " + Math.max(free, 0) + " and the account may not short");
                }
                if (qty - free > limits.maxPosition()) {
                    return new Rejection(ReasonCode.POSITION_LIMIT, "short of " + (qty - free)
                            + " exceeds the limit " + limits.maxPosition());
                }
                long shortQty = qty - Math.max(free, 0);
                long need = shortQty * ref * mult;
                long bp = buyingPower();
                if (need > bp) {
                    return new Rejection(ReasonCode.INSUFFICIENT_BUYING_POWER, "short sale needs "
                            + Money.format(need) + ", buying power is " + Money.format(bp));
                }
            }
        }
        return null;
    }

    private Rejection riskCombo(MultiLegRequest r) {
        if (oms.isClientIdTaken(r.clientOrderId())) {
            return new Rejection(ReasonCode.DUPLICATE_CLIENT_ORDER_ID,
                    "client order id '" + r.clientOrderId() + "' is already used");
        }
        long perUnit = 0;
        double value = 0;
        boolean market = Double.isNaN(r.netLimitPrice());
        for (MultiLegRequest.Leg leg : r.legs()) {
            Market m = markets.get(leg.symbol());
            if (expired(m.instrument, today().minusDays(1))) {
                return new Rejection(ReasonCode.CONTRACT_EXPIRED, leg.symbol() + " has expired");
            }
            if (!m.hasQuote) {
                return new Rejection(ReasonCode.NO_REFERENCE_PRICE, "leg " + leg.symbol() + " has no quote");
            }
            boolean buy = leg.side() == Side.BUY;
            long px = buy ? m.ask : m.bid;
            if (market) {
                px = buy ? px + slip(px) : Math.max(1, px - slip(px));
            }
            long legQty = leg.ratio() * r.quantity();
            perUnit += leg.side().sign() * leg.ratio() * px * m.instrument.multiplier();
            value += (double) legQty * px * m.instrument.multiplier() / Money.SCALE;
            Ledger.Holding h = m.holding;
            if (buy && h.quantity + h.pendingBuy + legQty > limits.maxPosition()
                    || !buy && legQty - (h.quantity - h.pendingSell) > limits.maxPosition()) {
                return new Rejection(ReasonCode.POSITION_LIMIT, "leg " + leg.symbol() + " exceeds the limit "
                        + limits.maxPosition());
            }
            if (!buy && legQty > h.quantity - h.pendingSell && !limits.allowShort()) {
                return new Rejection(ReasonCode.INSUFFICIENT_POSITION, "leg " + leg.symbol() + " sells " + legQty
                        + " beyond the free position and the account may not short");
            }
        }
        if (value > limits.maxOrderValue()) {
            return new Rejection(ReasonCode.MAX_ORDER_VALUE, "order value " + value + " exceeds the maximum "
                    + limits.maxOrderValue());
        }
        long need = Math.max(perUnit, 0) * r.quantity();
        long bp = buyingPower();
        if (need > bp) {
            return new Rejection(ReasonCode.INSUFFICIENT_BUYING_POWER, "order needs " + Money.format(need)
                    + ", buying power is " + Money.format(bp));
        }
        reservePrice = perUnit;
        return null;
    }

    private long buyingPower() {
        long shortValue = 0;
        for (Market m : marketList) {
            if (m.holding.quantity < 0) {
                shortValue -= value(m);
            }
        }
        return ledger.cash - ledger.reservedCash - shortValue;
    }

    private List<OrderSnapshot> rejectGroup(OrderRequest[] members, Rejection[] rej) {
        boolean any = false;
        for (Rejection r : rej) {
            any |= r != null;
        }
        if (!any) {
            return null;
        }
        List<OrderSnapshot> out = new ArrayList<>(members.length);
        for (int i = 0; i < members.length; i++) {
            Rejection r = rej[i] != null ? rej[i]
                    : new Rejection(ReasonCode.GROUP_REJECTED, "another member of the group was rejected");
            oms.reject(members[i], r);
            out.add(OrderSnapshot.rejected(members[i], r.reason()));
        }
        return out;
    }

    // ================================================================== matching

    private void tryImmediate(Order o) {
        Market m = markets.get(o.symbol());
        if (m.hasQuote && o.isActive()) {
            tryFill(o, m);
        }
    }

    private void matchSymbol(Market m) {
        List<Order> live = oms.openOrders(m.instrument.symbol());
        int n = live.size();
        if (n == 0) {
            return;
        }
        if (scratch.length < n) {
            scratch = new Order[Integer.highestOneBit(n) << 1];
        }
        for (int i = 0; i < n; i++) {
            scratch[i] = live.get(i);
        }
        for (int i = 0; i < n; i++) {
            Order o = scratch[i];
            scratch[i] = null;
            if (o.isActive()) {
                tryFill(o, m);
            }
        }
    }

    /** One matching attempt of an active single-instrument order against the market's quote or bar. */
    private void tryFill(Order o, Market m) {
        boolean buy = o.side() == Side.BUY;
        boolean bar = m.barActive;
        OrderType type = o.type();
        long price = 0;
        long avail = bar ? m.barAvail : (buy ? m.askAvail : m.bidAvail);
        boolean marketLike = type == OrderType.MARKET;
        boolean limitLike = type == OrderType.LIMIT;
        if (type.hasStop()) {
            if (!o.isTriggered()) {
                long trigger = bar ? barTrigger(m, buy, o.stopPrice())
                        : (buy ? (m.ask >= o.stopPrice() ? m.ask : 0) : (m.bid <= o.stopPrice() ? m.bid : 0));
                if (trigger > 0) {
                    oms.trigger(o, trigger);
                    if (type == OrderType.STOP) {
                        price = buy ? trigger + slip(trigger) : Math.max(1, trigger - slip(trigger));
                    } else if (buy ? trigger <= o.limitPrice() : trigger >= o.limitPrice()) {
                        price = trigger;
                    }
                }
            } else {
                marketLike = type == OrderType.STOP;
                limitLike = type == OrderType.STOP_LIMIT;
            }
        }
        if (price == 0) {
            if (marketLike) {
                long base = bar ? m.barOpen : (buy ? m.ask : m.bid);
                price = buy ? base + slip(base) : Math.max(1, base - slip(base));
            } else if (limitLike) {
                long limit = o.limitPrice();
                if (bar) {
                    if (buy ? m.barOpen <= limit : m.barOpen >= limit) {
                        price = m.barOpen;
                    } else if (buy ? m.barLow <= limit : m.barHigh >= limit) {
                        price = limit;
                    }
                } else if (buy ? m.ask <= limit : m.bid >= limit) {
                    price = buy ? m.ask : m.bid;
                }
            }
        }
        long leaves = o.leavesQuantity();
        TimeInForce tif = o.timeInForce();
        if (price <= 0) {
            avail = 0;
        }
        if (tif == TimeInForce.FOK && avail < leaves) {
            oms.cancel(o, ReasonCode.FOK_NOT_FILLED);
            return;
        }
        long q = Math.min(leaves, avail);
        if (q > 0) {
            long fee = commission.commission(m.instrument, q, price);
            oms.fill(o, q, price, fee);
            if (bar) {
                m.barAvail -= q;
            } else if (buy) {
                m.askAvail -= q;
            } else {
                m.bidAvail -= q;
            }
        }
        if (tif == TimeInForce.IOC && o.status().isOpen()) {
            oms.cancel(o, ReasonCode.IOC_REMAINDER);
        }
    }

    private static long barTrigger(Market m, boolean buy, long stop) {
        if (buy) {
            return m.barOpen >= stop ? m.barOpen : (m.barHigh >= stop ? stop : 0);
        }
        return m.barOpen <= stop ? m.barOpen : (m.barLow <= stop ? stop : 0);
    }

    private void matchCombos(String symbol) {
        List<Order> combos = new ArrayList<>(oms.openCombos());
        for (Order o : combos) {
            if (!o.status().isOpen()) {
                continue;
            }
            for (MultiLegRequest.Leg leg : o.combo().legs()) {
                if (leg.symbol().equals(symbol)) {
                    tryCombo(o);
                    break;
                }
            }
        }
    }

    private void tryCombo(Order o) {
        MultiLegRequest r = o.combo();
        boolean market = Double.isNaN(r.netLimitPrice());
        List<LegFill> fills = new ArrayList<>(r.legs().size());
        long net = 0;
        boolean ok = true;
        for (MultiLegRequest.Leg leg : r.legs()) {
            Market m = markets.get(leg.symbol());
            boolean buy = leg.side() == Side.BUY;
            long qty = leg.ratio() * r.quantity();
            if (!m.hasQuote || (buy ? m.askAvail : m.bidAvail) < qty) {
                ok = false;
                break;
            }
            long px = buy ? m.ask : m.bid;
            if (market) {
                px = buy ? px + slip(px) : Math.max(1, px - slip(px));
            }
            net += leg.side().sign() * leg.ratio() * px;
            fills.add(new LegFill(leg.symbol(), leg.side(), qty, px, commission.commission(m.instrument, qty, px)));
        }
        if (ok && !market && net > o.limitPrice()) {
            ok = false;
        }
        if (ok) {
            oms.fillCombo(o, fills);
            for (LegFill f : fills) {
                Market m = markets.get(f.symbol());
                if (f.side() == Side.BUY) {
                    m.askAvail -= f.quantity();
                } else {
                    m.bidAvail -= f.quantity();
                }
            }
        } else if (o.timeInForce().isImmediate()) {
            oms.cancel(o, o.timeInForce() == TimeInForce.FOK ? ReasonCode.FOK_NOT_FILLED : ReasonCode.IOC_REMAINDER);
        }
    }

    // ================================================================== ledger (applied events)

    /** Applies an event to the ledger; called by the order manager live and on replay. */
    private void apply(TradingEvent event) {
        if (event instanceof OrderFilled e) {
            Market m = knownMarket(e.symbol());
            Ledger.Holding h = m.holding;
            long signed = e.side().sign() * e.quantity();
            ledger.execute(h, signed, e.price(), e.fee());
            m.last = e.price();
            m.dataTime = e.time();
            if (e.side() == Side.BUY) {
                h.pendingBuy -= e.quantity();
                ledger.reservedCash -= e.quantity() * oms.order(e.orderId()).reservePrice() * h.multiplier;
            } else {
                h.pendingSell -= e.quantity();
            }
            if (recordHistory) {
                transactions.add(new Transaction(e.sequence(), e.time(), e.orderId(), e.symbol(), e.side(),
                        e.quantity(), e.price(), e.fee(), -signed * e.price() * h.multiplier - e.fee(), false));
            }
        } else if (event instanceof OrderAccepted e) {
            Ledger.Holding h = knownMarket(e.request().symbol()).holding;
            if (e.request().side() == Side.BUY) {
                h.pendingBuy += e.request().quantity();
                ledger.reservedCash += e.request().quantity() * e.reservePrice() * h.multiplier;
            } else {
                h.pendingSell += e.request().quantity();
            }
        } else if (event instanceof OrderCancelled e) {
            release(e.orderId(), e.leavesQuantity());
        } else if (event instanceof OrderExpired e) {
            release(e.orderId(), e.leavesQuantity());
        } else if (event instanceof ComboAccepted e) {
            ledger.reservedCash += Math.max(e.reservePrice(), 0) * e.request().quantity();
        } else if (event instanceof ComboFilled e) {
            Order o = oms.order(e.orderId());
            ledger.reservedCash -= Math.max(o.reservePrice(), 0) * e.quantity();
            for (LegFill f : e.legs()) {
                Market m = knownMarket(f.symbol());
                Ledger.Holding h = m.holding;
                long signed = f.side().sign() * f.quantity();
                ledger.execute(h, signed, f.price(), f.fee());
                m.last = f.price();
                m.dataTime = e.time();
                if (recordHistory) {
                    transactions.add(new Transaction(e.sequence(), e.time(), e.orderId(), f.symbol(), f.side(),
                            f.quantity(), f.price(), f.fee(), -signed * f.price() * h.multiplier - f.fee(), false));
                }
            }
        } else if (event instanceof PositionSettled e) {
            Ledger.Holding h = knownMarket(e.symbol()).holding;
            ledger.execute(h, -e.quantity(), e.price(), 0);
            if (recordHistory) {
                transactions.add(new Transaction(e.sequence(), e.time(), 0, e.symbol(),
                        e.quantity() > 0 ? Side.SELL : Side.BUY, Math.abs(e.quantity()), e.price(), 0,
                        e.quantity() * e.price() * h.multiplier, true));
            }
        } else if (event instanceof AccountOpened e) {
            ledger.initialCash = e.initialCash();
            ledger.cash = e.initialCash();
        }
    }

    private void release(long orderId, long leaves) {
        Order o = oms.order(orderId);
        if (o.isCombo()) {
            ledger.reservedCash -= Math.max(o.reservePrice(), 0) * leaves;
            return;
        }
        Ledger.Holding h = knownMarket(o.symbol()).holding;
        if (o.side() == Side.BUY) {
            h.pendingBuy -= leaves;
            ledger.reservedCash -= leaves * o.reservePrice() * h.multiplier;
        } else {
            h.pendingSell -= leaves;
        }
    }

    // ================================================================== helpers

    private Market knownMarket(String symbol) {
        Market m = markets.get(symbol);
        if (m == null) {
            throw new IllegalStateException("journal names symbol '" + symbol
                    + "', which is not among the engine's instruments; register it in the builder");
        }
        return m;
    }

    private Market market(String symbol) {
        Market m = markets.get(symbol);
        if (m == null) {
            throw new IllegalArgumentException("symbol must be a known instrument, was '" + symbol + "'");
        }
        return m;
    }

    private long value(Market m) {
        Ledger.Holding h = m.holding;
        return m.mark > 0 ? h.quantity * m.mark * h.multiplier : h.costBasis;
    }

    private long slip(long price) {
        return slippageBps == 0 ? 0 : (long) Math.floor(price * slippageBps / 10_000.0 + 0.5);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Whether an option contract expires on or before {@code date}; false for other instruments. */
    private static boolean expired(Instrument instrument, LocalDate date) {
        return instrument instanceof Instrument.Option opt && !opt.contract().expiry().isAfter(date);
    }

    private boolean comboExpired(Order o, LocalDate date) {
        for (MultiLegRequest.Leg leg : o.combo().legs()) {
            if (expired(markets.get(leg.symbol()).instrument, date)) {
                return true;
            }
        }
        return false;
    }

    private void autoPublish() {
        if (!groupCommit) {
            oms.publish();
        }
    }

    // ================================================================== builder

    /**
     * Configures a {@link PaperTradingEngine}. Not thread-safe; the engine it builds is single-writer.
     */
    public static final class Builder {
        private InstantSource clock;
        private Journal journal = Journals.none();
        private long initialCash = 100_000 * Money.SCALE;
        private final Map<String, Instrument> instruments = new java.util.LinkedHashMap<>();
        private RiskLimits limits = RiskLimits.DEFAULT;
        private CommissionModel commission = Commissions.zero();
        private double slippageBps;
        private double participation = 0.10;
        private boolean groupCommit;
        private boolean recordHistory = true;
        private final List<OrderListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The clock that stamps events (required). Use a {@link SimulatedClock} to replay history.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(InstantSource clock) {
            this.clock = ArgChecks.notNull(clock, "clock");
            return this;
        }

        /**
         * The journal; a non-empty one is replayed by {@link #build()}.
         *
         * @param journal the journal
         * @return this builder
         */
        public Builder journal(Journal journal) {
            this.journal = ArgChecks.notNull(journal, "journal");
            return this;
        }

        /**
         * Starting cash of a new account (ignored when recovering: the journal's is used).
         *
         * @param cash currency units, zero or positive
         * @return this builder
         */
        public Builder initialCash(double cash) {
            ArgChecks.check(cash >= 0 && cash <= 1e11, "cash", cash, "must be in [0, 1e11]");
            this.initialCash = Money.unitsUnchecked(cash);
            return this;
        }

        /**
         * Adds tradable instruments.
         *
         * @param list the instruments
         * @return this builder
         * @throws IllegalArgumentException if a symbol is given twice
         */
        public Builder instruments(Instrument... list) {
            for (Instrument i : ArgChecks.notNull(list, "instruments")) {
                ArgChecks.notNull(i, "instrument");
                ArgChecks.check(!instruments.containsKey(i.symbol()), "instrument", i.symbol(), "must be unique");
                instruments.put(i.symbol(), i);
            }
            return this;
        }

        /**
         * The pre-trade risk limits.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder riskLimits(RiskLimits limits) {
            this.limits = ArgChecks.notNull(limits, "limits");
            return this;
        }

        /**
         * The commission model.
         *
         * @param model the model
         * @return this builder
         */
        public Builder commission(CommissionModel model) {
            this.commission = ArgChecks.notNull(model, "model");
            return this;
        }

        /**
         * Slippage of market-type fills, basis points of the price, against the trader.
         *
         * @param bps zero to 1000
         * @return this builder
         */
        public Builder slippageBps(double bps) {
            this.slippageBps = ArgChecks.inRange(bps, 0, 1000, "slippageBps");
            return this;
        }

        /**
         * The share of a bar's volume the account may trade in that bar.
         *
         * @param fraction in (0, 1]
         * @return this builder
         */
        public Builder barParticipation(double fraction) {
            ArgChecks.check(fraction > 0 && fraction <= 1, "barParticipation", fraction, "must be in (0, 1]");
            this.participation = fraction;
            return this;
        }

        /**
         * Group commit: when true, commands do not sync the journal; {@link PaperTradingEngine#flush()}
         * does, for all of them at once.
         *
         * @param on whether to group commits
         * @return this builder
         */
        public Builder groupCommit(boolean on) {
            this.groupCommit = on;
            return this;
        }

        /**
         * Whether to keep the transaction history (off for long speed runs).
         *
         * @param on whether to record
         * @return this builder
         */
        public Builder recordHistory(boolean on) {
            this.recordHistory = on;
            return this;
        }

        /**
         * Adds a listener, registered before recovery (it does not see replayed events).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(OrderListener listener) {
            listeners.add(ArgChecks.notNull(listener, "listener"));
            return this;
        }

        /**
         * Builds the engine, replaying the journal if it has events, else opening the account in it.
         *
         * @return the engine
         * @throws IllegalArgumentException if no clock was set
         * @throws IllegalStateException    if the journal is inconsistent or names unknown symbols
         */
        public PaperTradingEngine build() {
            ArgChecks.notNull(clock, "clock");
            return new PaperTradingEngine(this);
        }
    }
}
