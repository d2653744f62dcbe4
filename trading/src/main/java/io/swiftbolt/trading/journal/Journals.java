package io.swiftbolt.trading.journal;

import io.swiftbolt.core.util.ArgChecks;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Factories of the non-durable journals. For the durable one see {@link FileJournal#open}.
 *
 * <p>Thread-safe (stateless); the journals made are not.
 */
public final class Journals {

    private Journals() {
    }

    /**
     * A journal that keeps records in memory (lost with the process): replays what was appended.
     * For tests and for replay checks.
     *
     * @return a new empty journal
     */
    public static Journal inMemory() {
        return new InMemory();
    }

    /**
     * A journal that keeps nothing: appends are discarded and replay sees no record. Use it to run
     * the engine without durability (back-tests, speed measurements).
     *
     * @return a journal that discards everything
     */
    public static Journal none() {
        return new None();
    }

    private static final class InMemory implements Journal {
        private final List<byte[]> records = new ArrayList<>();

        @Override
        public void append(ByteBuffer record) {
            ArgChecks.notNull(record, "record");
            ArgChecks.check(record.hasRemaining(), "record.remaining()", 0, "must be at least 1");
            byte[] copy = new byte[record.remaining()];
            record.get(copy);
            records.add(copy);
        }

        @Override
        public void sync() {
            // memory is as durable as it gets here
        }

        @Override
        public void replay(Consumer<ByteBuffer> visitor) {
            for (byte[] r : records) {
                visitor.accept(ByteBuffer.wrap(r).asReadOnlyBuffer());
            }
        }

        @Override
        public long recordCount() {
            return records.size();
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    private static final class None implements Journal {
        private long count;

        @Override
        public void append(ByteBuffer record) {
            record.position(record.limit());
            count++;
        }

        @Override
        public void sync() {
            // nothing kept
        }

        @Override
        public boolean keepsRecords() {
            return false;
        }

        @Override
        public void replay(Consumer<ByteBuffer> visitor) {
            // nothing kept
        }

        @Override
        public long recordCount() {
            return count;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
