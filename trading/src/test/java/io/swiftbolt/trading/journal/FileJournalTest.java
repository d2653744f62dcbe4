package io.swiftbolt.trading.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {

    @TempDir
    Path dir;

    private static ByteBuffer rec(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> read(Journal j) {
        List<String> out = new ArrayList<>();
        j.replay(b -> {
            byte[] a = new byte[b.remaining()];
            b.get(a);
            out.add(new String(a, StandardCharsets.UTF_8));
        });
        return out;
    }

    @Test
    void roundTripsAcrossReopenAndAppendsAfterRecovery() {
        Path p = dir.resolve("j");
        try (FileJournal j = FileJournal.open(p)) {
            j.append(rec("one"));
            j.append(rec("two"));
            j.sync();
            j.append(rec("three"));
        }
        try (FileJournal j = FileJournal.open(p)) {
            assertThat(j.truncatedBytes()).isZero();
            assertThat(j.recordCount()).isEqualTo(3);
            assertThat(read(j)).containsExactly("one", "two", "three");
            j.append(rec("four"));
            assertThat(read(j)).containsExactly("one", "two", "three", "four");
        }
    }

    @Test
    void everyTornTailIsTruncatedToTheLastCompleteRecord() throws IOException {
        Path p = dir.resolve("full");
        try (FileJournal j = FileJournal.open(p)) {
            j.append(rec("alpha"));
            j.append(rec("beta-gamma"));
        }
        byte[] full = Files.readAllBytes(p);
        int secondStart = FileJournal.HEADER_BYTES + 8 + 5;
        for (int cut = secondStart; cut < full.length; cut++) {
            Path torn = dir.resolve("torn" + cut);
            Files.write(torn, java.util.Arrays.copyOf(full, cut));
            try (FileJournal j = FileJournal.open(torn)) {
                assertThat(read(j)).as("cut at %d", cut).containsExactly("alpha");
                assertThat(j.truncatedBytes()).isEqualTo(cut - secondStart);
                j.append(rec("delta"));
            }
            try (FileJournal j = FileJournal.open(torn)) {
                assertThat(read(j)).containsExactly("alpha", "delta");
            }
        }
    }

    @Test
    void checksumMismatchAndZeroFilledTailEndTheLog() throws IOException {
        Path p = dir.resolve("crc");
        try (FileJournal j = FileJournal.open(p)) {
            j.append(rec("alpha"));
            j.append(rec("beta"));
        }
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            long last = f.length() - 1;
            f.seek(last);
            int b = f.read();
            f.seek(last);
            f.write(b ^ 0x40); // flip one payload bit of the last record
            f.seek(f.length());
            f.write(new byte[64]); // and garbage zeros past it
        }
        try (FileJournal j = FileJournal.open(p)) {
            assertThat(read(j)).containsExactly("alpha");
            assertThat(j.truncatedBytes()).isEqualTo(8 + 4 + 64);
        }
    }

    @Test
    void rejectsForeignFilesAndBadRecords() throws IOException {
        Path p = dir.resolve("foreign");
        Files.writeString(p, "definitely not a journal");
        assertThatThrownBy(() -> FileJournal.open(p)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not a SwiftBolt journal").hasMessageContaining(p.toString());
        try (FileJournal j = FileJournal.open(dir.resolve("ok"))) {
            assertThatThrownBy(() -> j.append(ByteBuffer.allocate(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record.remaining()");
        }
    }

    @Test
    void inMemoryJournalReplaysAndNoneKeepsNothing() {
        Journal mem = Journals.inMemory();
        mem.append(rec("x"));
        assertThat(read(mem)).containsExactly("x");
        Journal none = Journals.none();
        none.append(rec("x"));
        assertThat(read(none)).isEmpty();
        assertThat(none.recordCount()).isEqualTo(1);
    }
}
