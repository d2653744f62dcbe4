package io.swiftbolt.trading.journal;

import io.swiftbolt.core.util.ArgChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A durable journal: an append-only file, forced to the storage device on {@link #sync()}.
 *
 * <h2>Format</h2>
 * A file header of 8 bytes, the ASCII magic {@code SBJ1} then the format version as a big-endian
 * {@code int} (1); then records, each
 * <pre>
 *   int length   (big-endian, bytes of payload, 1 .. {@value #MAX_RECORD_BYTES})
 *   int crc      (CRC32C of the payload)
 *   byte[length] payload
 * </pre>
 *
 * <h2>Recovery</h2>
 * {@link #open} scans the file from the header. The first record whose length is out of range,
 * that runs past the end of the file, or whose checksum does not match, marks a torn tail (a write
 * cut short by a crash, or garbage the file system left past the last complete write): the file is
 * truncated there and forced, and appending continues from that point. Every record before it is
 * kept. A record is acknowledged only after {@code sync()} returned, and {@code sync()} forces the
 * file, so no acknowledged record is ever in a torn tail; records appended but not yet synced may
 * or may not survive a crash.
 *
 * <p>Appends are buffered in memory (and written out without forcing when the buffer fills);
 * {@code sync()} writes the buffer and calls {@link FileChannel#force(boolean) force(false)}.
 * Group commit is the caller's choice: append many, sync once.
 *
 * <p>Not thread-safe: one writer. One process at a time per file (not enforced).
 */
public final class FileJournal implements Journal {

    /** The largest payload of one record, bytes. */
    public static final int MAX_RECORD_BYTES = 1 << 24;

    /** The file header's length, bytes. */
    public static final int HEADER_BYTES = 8;

    private static final int MAGIC = 0x53424A31; // "SBJ1"
    private static final int VERSION = 1;
    private static final int RECORD_HEADER_BYTES = 8;
    private static final int FLUSH_THRESHOLD = 1 << 20;

    private final Path path;
    private final FileChannel channel;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer pending = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.BIG_ENDIAN);
    private long recordCount;
    private long writePosition;
    private final long truncatedBytes;
    private boolean dirty;
    private boolean closed;

    private FileJournal(Path path, FileChannel channel, long recordCount, long writePosition, long truncatedBytes) {
        this.path = path;
        this.channel = channel;
        this.recordCount = recordCount;
        this.writePosition = writePosition;
        this.truncatedBytes = truncatedBytes;
    }

    /**
     * Opens a journal file, creating it if absent, and recovers it: a torn tail is truncated (see
     * the class comment).
     *
     * @param path the file
     * @return the journal, positioned after its last complete record
     * @throws IllegalArgumentException if {@code path} is null
     * @throws UncheckedIOException     if the file cannot be opened, read or written, or is not a
     *                                  journal (wrong magic or version)
     */
    public static FileJournal open(Path path) {
        ArgChecks.notNull(path, "path");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = ch.size();
            if (size < HEADER_BYTES) {
                // new file, or a crash before the header was complete: start afresh
                ch.truncate(0);
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).putInt(VERSION).flip();
                writeFully(ch, header, 0);
                ch.force(true);
                return new FileJournal(path, ch, 0, HEADER_BYTES, size);
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            readFully(ch, header, 0);
            header.flip();
            int magic = header.getInt();
            int version = header.getInt();
            if (magic != MAGIC || version != VERSION) {
                throw new IOException("not a SwiftBolt journal (magic " + Integer.toHexString(magic) + ", version "
                        + version + ")");
            }
            Scan scan = scan(ch, size, null);
            if (scan.end < size) {
                ch.truncate(scan.end);
                ch.force(true);
            }
            return new FileJournal(path, ch, scan.records, scan.end, size - scan.end);
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * How many bytes of torn tail {@link #open} removed.
     *
     * @return bytes truncated, 0 for a clean file
     */
    public long truncatedBytes() {
        return truncatedBytes;
    }

    @Override
    public void append(ByteBuffer record) {
        ArgChecks.notNull(record, "record");
        int length = record.remaining();
        ArgChecks.check(length > 0 && length <= MAX_RECORD_BYTES, "record.remaining()", length,
                "must be in [1, " + MAX_RECORD_BYTES + "]");
        ensureOpen();
        if (pending.remaining() < length + RECORD_HEADER_BYTES) {
            grow(length + RECORD_HEADER_BYTES);
        }
        crc.reset();
        int start = record.position();
        crc.update(record);
        record.position(start);
        pending.putInt(length).putInt((int) crc.getValue()).put(record);
        recordCount++;
        dirty = true;
        if (pending.position() >= FLUSH_THRESHOLD) {
            writePending();
        }
    }

    @Override
    public void sync() {
        ensureOpen();
        if (!dirty) {
            return;
        }
        writePending();
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        dirty = false;
    }

    @Override
    public void replay(Consumer<ByteBuffer> visitor) {
        ArgChecks.notNull(visitor, "visitor");
        sync();
        try {
            scan(channel, writePosition, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long recordCount() {
        return recordCount;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            sync();
        } finally {
            closed = true;
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(path + ": journal is closed");
        }
    }

    private void grow(int need) {
        writePending();
        if (pending.capacity() < need) {
            pending = ByteBuffer.allocateDirect(Integer.highestOneBit(need) << 1).order(ByteOrder.BIG_ENDIAN);
        }
    }

    private void writePending() {
        pending.flip();
        try {
            int n = pending.remaining();
            writeFully(channel, pending, writePosition);
            writePosition += n;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        } finally {
            pending.clear();
        }
    }

    private record Scan(long end, long records) {
    }

    /** Walks the records from the header up to {@code size}; stops at the first bad one. */
    private static Scan scan(FileChannel ch, long size, Consumer<ByteBuffer> visitor) throws IOException {
        long pos = HEADER_BYTES;
        long records = 0;
        ByteBuffer head = ByteBuffer.allocate(RECORD_HEADER_BYTES);
        ByteBuffer body = ByteBuffer.allocate(4096);
        CRC32C check = new CRC32C();
        while (pos + RECORD_HEADER_BYTES <= size) {
            head.clear();
            readFully(ch, head, pos);
            head.flip();
            int length = head.getInt();
            int expected = head.getInt();
            if (length <= 0 || length > MAX_RECORD_BYTES || pos + RECORD_HEADER_BYTES + length > size) {
                break;
            }
            if (body.capacity() < length) {
                body = ByteBuffer.allocate(Integer.highestOneBit(length) << 1);
            }
            body.clear().limit(length);
            readFully(ch, body, pos + RECORD_HEADER_BYTES);
            body.flip();
            check.reset();
            check.update(body);
            if ((int) check.getValue() != expected) {
                break;
            }
            if (visitor != null) {
                body.position(0);
                visitor.accept(body.asReadOnlyBuffer());
            }
            pos += RECORD_HEADER_BYTES + length;
            records++;
        }
        return new Scan(pos, records);
    }

    private static void readFully(FileChannel ch, ByteBuffer dst, long position) throws IOException {
        long p = position;
        while (dst.hasRemaining()) {
            int n = ch.read(dst, p);
            if (n < 0) {
                throw new IOException("unexpected end of file at byte " + p);
            }
            p += n;
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer src, long position) throws IOException {
        long p = position;
        while (src.hasRemaining()) {
            p += ch.write(src, p);
        }
    }
}
