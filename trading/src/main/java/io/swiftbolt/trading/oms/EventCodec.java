package io.swiftbolt.trading.oms;

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
import io.swiftbolt.trading.order.OrderType;
import io.swiftbolt.trading.order.Side;
import io.swiftbolt.trading.order.TimeInForce;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of {@link TradingEvent}s in the journal: one record per event, a type byte then
 * the fields big-endian (longs, ints, doubles as raw bits, enums as ordinal bytes, strings as an
 * int byte count and UTF-8 bytes; time as epoch seconds and nanos). Enum ordinals are part of the
 * format: append new constants at the end.
 *
 * <p>Not thread-safe (reuses one buffer); one per order manager.
 */
final class EventCodec {

    private static final byte ACCOUNT_OPENED = 1;
    private static final byte ORDER_ACCEPTED = 2;
    private static final byte COMBO_ACCEPTED = 3;
    private static final byte ORDER_REJECTED = 4;
    private static final byte ORDER_TRIGGERED = 5;
    private static final byte ORDER_FILLED = 6;
    private static final byte COMBO_FILLED = 7;
    private static final byte ORDER_CANCELLED = 8;
    private static final byte ORDER_EXPIRED = 9;
    private static final byte POSITION_SETTLED = 10;
    private static final byte SPEC_SINGLE = 1;
    private static final byte SPEC_COMBO = 2;

    private ByteBuffer buf = ByteBuffer.allocate(512);

    /** Encodes into the codec's buffer; returns it flipped, valid until the next call. */
    ByteBuffer encode(TradingEvent event) {
        while (true) {
            buf.clear();
            try {
                write(event);
                return buf.flip();
            } catch (java.nio.BufferOverflowException e) {
                buf = ByteBuffer.allocate(buf.capacity() * 2);
            }
        }
    }

    private void write(TradingEvent event) {
        if (event instanceof OrderFilled e) {
            head(ORDER_FILLED, e);
            buf.putLong(e.orderId());
            putString(e.symbol());
            buf.put((byte) e.side().ordinal()).putLong(e.quantity()).putLong(e.price()).putLong(e.fee())
                    .putLong(e.cumulativeQuantity()).putLong(e.leavesQuantity());
        } else if (event instanceof OrderAccepted e) {
            head(ORDER_ACCEPTED, e);
            buf.putLong(e.orderId());
            putRequest(e.request());
            buf.putLong(e.reservePrice()).put((byte) e.role().ordinal()).putLong(e.groupId()).putLong(e.parentId());
        } else if (event instanceof AccountOpened e) {
            head(ACCOUNT_OPENED, e);
            buf.putLong(e.initialCash());
        } else if (event instanceof ComboAccepted e) {
            head(COMBO_ACCEPTED, e);
            buf.putLong(e.orderId());
            putCombo(e.request());
            buf.putLong(e.reservePrice());
        } else if (event instanceof OrderRejected e) {
            head(ORDER_REJECTED, e);
            if (e.request() instanceof OrderRequest r) {
                buf.put(SPEC_SINGLE);
                putRequest(r);
            } else {
                buf.put(SPEC_COMBO);
                putCombo((MultiLegRequest) e.request());
            }
            buf.put((byte) e.reason().ordinal());
            putString(e.detail());
        } else if (event instanceof OrderTriggered e) {
            head(ORDER_TRIGGERED, e);
            buf.putLong(e.orderId()).putLong(e.triggerPrice());
        } else if (event instanceof ComboFilled e) {
            head(COMBO_FILLED, e);
            buf.putLong(e.orderId()).putLong(e.quantity()).putInt(e.legs().size());
            for (LegFill f : e.legs()) {
                putString(f.symbol());
                buf.put((byte) f.side().ordinal()).putLong(f.quantity()).putLong(f.price()).putLong(f.fee());
            }
        } else if (event instanceof OrderCancelled e) {
            head(ORDER_CANCELLED, e);
            buf.putLong(e.orderId()).putLong(e.leavesQuantity()).put((byte) e.reason().ordinal());
        } else if (event instanceof OrderExpired e) {
            head(ORDER_EXPIRED, e);
            buf.putLong(e.orderId()).putLong(e.leavesQuantity()).put((byte) e.reason().ordinal());
        } else if (event instanceof PositionSettled e) {
            head(POSITION_SETTLED, e);
            putString(e.symbol());
            buf.putLong(e.quantity()).putLong(e.price());
        } else {
            throw new IllegalArgumentException("event of unknown type " + event.getClass().getName());
        }
    }

    /**
     * Decodes one record.
     *
     * @throws IllegalArgumentException if the record is not a valid event
     */
    static TradingEvent decode(ByteBuffer in) {
        try {
            byte type = in.get();
            long seq = in.getLong();
            Instant time = Instant.ofEpochSecond(in.getLong(), in.getInt());
            switch (type) {
                case ACCOUNT_OPENED:
                    return new AccountOpened(seq, time, in.getLong());
                case ORDER_ACCEPTED: {
                    long id = in.getLong();
                    OrderRequest r = getRequest(in);
                    return new OrderAccepted(seq, time, id, r, in.getLong(), GroupRole.values()[in.get()],
                            in.getLong(), in.getLong());
                }
                case COMBO_ACCEPTED: {
                    long id = in.getLong();
                    MultiLegRequest r = getCombo(in);
                    return new ComboAccepted(seq, time, id, r, in.getLong());
                }
                case ORDER_REJECTED: {
                    byte kind = in.get();
                    OrderSpec spec = kind == SPEC_SINGLE ? getRequest(in) : getCombo(in);
                    return new OrderRejected(seq, time, spec, ReasonCode.values()[in.get()], getString(in));
                }
                case ORDER_TRIGGERED:
                    return new OrderTriggered(seq, time, in.getLong(), in.getLong());
                case ORDER_FILLED: {
                    long id = in.getLong();
                    String symbol = getString(in);
                    return new OrderFilled(seq, time, id, symbol, Side.values()[in.get()], in.getLong(), in.getLong(),
                            in.getLong(), in.getLong(), in.getLong());
                }
                case COMBO_FILLED: {
                    long id = in.getLong();
                    long qty = in.getLong();
                    int n = in.getInt();
                    List<LegFill> legs = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        String symbol = getString(in);
                        legs.add(new LegFill(symbol, Side.values()[in.get()], in.getLong(), in.getLong(), in.getLong()));
                    }
                    return new ComboFilled(seq, time, id, qty, legs);
                }
                case ORDER_CANCELLED:
                    return new OrderCancelled(seq, time, in.getLong(), in.getLong(), ReasonCode.values()[in.get()]);
                case ORDER_EXPIRED:
                    return new OrderExpired(seq, time, in.getLong(), in.getLong(), ReasonCode.values()[in.get()]);
                case POSITION_SETTLED: {
                    String symbol = getString(in);
                    return new PositionSettled(seq, time, symbol, in.getLong(), in.getLong());
                }
                default:
                    throw new IllegalArgumentException("journal record of unknown type " + type);
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("journal record is truncated or malformed", e);
        }
    }

    private void head(byte type, TradingEvent e) {
        buf.put(type).putLong(e.sequence()).putLong(e.time().getEpochSecond()).putInt(e.time().getNano());
    }

    private void putRequest(OrderRequest r) {
        putString(r.clientOrderId());
        putString(r.symbol());
        buf.put((byte) r.side().ordinal()).putLong(r.quantity()).put((byte) r.type().ordinal())
                .putDouble(r.limitPrice()).putDouble(r.stopPrice()).put((byte) r.timeInForce().ordinal());
    }

    private static OrderRequest getRequest(ByteBuffer in) {
        String id = getString(in);
        String symbol = getString(in);
        return new OrderRequest(id, symbol, Side.values()[in.get()], in.getLong(), OrderType.values()[in.get()],
                in.getDouble(), in.getDouble(), TimeInForce.values()[in.get()]);
    }

    private void putCombo(MultiLegRequest r) {
        putString(r.clientOrderId());
        buf.putInt(r.legs().size());
        for (MultiLegRequest.Leg leg : r.legs()) {
            putString(leg.symbol());
            buf.put((byte) leg.side().ordinal()).putInt(leg.ratio());
        }
        buf.putLong(r.quantity()).putDouble(r.netLimitPrice()).put((byte) r.timeInForce().ordinal());
    }

    private static MultiLegRequest getCombo(ByteBuffer in) {
        String id = getString(in);
        int n = in.getInt();
        if (n < 0 || n > 1000) {
            throw new IllegalArgumentException("journal record has " + n + " legs");
        }
        List<MultiLegRequest.Leg> legs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String symbol = getString(in);
            legs.add(new MultiLegRequest.Leg(symbol, Side.values()[in.get()], in.getInt()));
        }
        return new MultiLegRequest(id, legs, in.getLong(), in.getDouble(), TimeInForce.values()[in.get()]);
    }

    private void putString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        buf.putInt(b.length).put(b);
    }

    private static String getString(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("journal record has a string of " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
