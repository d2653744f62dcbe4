package io.swiftbolt.trading.journal;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * An append-only log of opaque records: the durable store behind the order manager. A record is
 * durable once {@link #sync()} has returned after it was appended; the order manager acknowledges
 * nothing (delivers no event to listeners, answers no submit) before that.
 *
 * <p>Implementations: {@link FileJournal} (fsynced, checksummed file), {@link Journals#inMemory()}
 * (for tests), {@link Journals#none()} (keeps nothing, for speed tests).
 *
 * <p>Not thread-safe: one writer, the same thread that owns the trading state.
 */
public interface Journal extends AutoCloseable {

    /**
     * Appends one record: the bytes from the buffer's position to its limit (copied; the buffer's
     * position is advanced to its limit). Not yet durable.
     *
     * @param record the record's bytes, at least one
     * @throws IllegalArgumentException if the record is empty or larger than the implementation allows
     * @throws java.io.UncheckedIOException if writing fails
     */
    void append(ByteBuffer record);

    /**
     * Makes every appended record durable (for a file: written and forced to the storage device).
     * Cheap when nothing was appended since the last call.
     *
     * @throws java.io.UncheckedIOException if writing or forcing fails
     */
    void sync();

    /**
     * Visits every record in append order, from the first, each as a read-only buffer whose
     * position is 0 and limit its length. Syncs first.
     *
     * @param visitor receives each record; must not keep the buffer after returning
     * @throws java.io.UncheckedIOException if reading fails
     */
    void replay(Consumer<ByteBuffer> visitor);

    /**
     * The number of records in the journal, durable or not.
     *
     * @return the count
     */
    long recordCount();

    /**
     * Whether appended records are kept at all. False only for {@link Journals#none()}, which lets
     * the order manager skip encoding events nobody will read.
     *
     * @return true if records are kept
     */
    default boolean keepsRecords() {
        return true;
    }

    /**
     * Syncs and releases the journal's resources. Idempotent.
     *
     * @throws java.io.UncheckedIOException if the final sync fails
     */
    @Override
    void close();
}
