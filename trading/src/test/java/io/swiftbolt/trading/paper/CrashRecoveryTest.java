package io.swiftbolt.trading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.journal.Journal;
import io.swiftbolt.trading.journal.Journals;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that trades on a file journal with SIGKILL ({@code destroyForcibly}) at a
 * seeded random moment, then checks that recovery loses nothing acknowledged: the journal holds
 * every acknowledged event, replaying exactly the acknowledged prefix reproduces the state the
 * child reported with its last acknowledgement, and the engine restarted from the whole journal
 * equals an independent replay of it (events synced but not yet acknowledged when the kill came
 * may survive too, as a database commit whose reply was lost).
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void restartFromJournalEqualsReplayOfAcknowledgedEvents() throws Exception {
        long seed = 0xC4A5L;
        SplittableRandom rnd = new SplittableRandom(seed);
        Path journalFile = dir.resolve("paper.journal");
        long killAfterMillis = rnd.nextLong(300, 1200);
        Process child = new ProcessBuilder(javaBinary(), "-cp", childClasspath(), "-Xshare:auto",
                CrashChild.class.getName(), journalFile.toString(), Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        TreeMap<Long, String> acks = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = in.readLine();
            assertThat(first).as("child did not start").startsWith("READY 1 ");
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMillis);
            String line;
            while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                acks.put(Long.parseLong(parts[1]), parts[2]);
            }
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // lines still buffered in the pipe were printed after a sync, so they are acknowledgements too,
            // but Process closes its streams on destroy: what was read before the kill is what counts
        }
        assertThat(acks).as("child acknowledged nothing before the kill").hasSizeGreaterThan(20);
        long lastAck = acks.lastKey();

        List<byte[]> records = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(journalFile)) {
            journal.replay(b -> {
                byte[] copy = new byte[b.remaining()];
                b.get(copy);
                records.add(copy);
            });
        }
        assertThat((long) records.size()).as("journal lost acknowledged events").isGreaterThanOrEqualTo(lastAck);

        // the acknowledged prefix, replayed, is exactly what the child reported
        Journal prefix = Journals.inMemory();
        for (int i = 0; i < lastAck; i++) {
            prefix.append(java.nio.ByteBuffer.wrap(records.get(i)));
        }
        PaperTradingEngine replayedAcked = CrashChild.engine(new SimulatedClock(EngineFixtures.START), prefix);
        assertThat(CrashChild.digest(replayedAcked)).isEqualTo(acks.get(lastAck));

        // the engine restarted from the file equals a replay of everything the file kept
        Journal all = Journals.inMemory();
        for (byte[] r : records) {
            all.append(java.nio.ByteBuffer.wrap(r));
        }
        try (PaperTradingEngine restarted = CrashChild.engine(new SimulatedClock(EngineFixtures.START),
                FileJournal.open(journalFile))) {
            PaperTradingEngine replayed = CrashChild.engine(new SimulatedClock(EngineFixtures.START), all);
            assertThat(EngineFixtures.durable(restarted)).isEqualTo(EngineFixtures.durable(replayed));
            assertThat(restarted.recoveredEvents()).isEqualTo(records.size());
            if (acks.containsKey((long) records.size())) {
                assertThat(CrashChild.digest(restarted)).isEqualTo(acks.get((long) records.size()));
            }
            // and it keeps trading on the same journal
            restarted.onQuote(new Quote("AAA", 99, 100, 99.02, 100));
            assertThat(restarted.lastSequence()).isGreaterThanOrEqualTo(records.size());
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Surefire runs this module's tests on the module path (main and test classes patched into one
     * module), so the child gets a plain class path made of the code sources of the classes it needs
     * plus whatever surefire put on either path.
     */
    private static String childClasspath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] {CrashChild.class, PaperTradingEngine.class, BarSeries.class}) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(prop);
            if (v != null && !v.isBlank()) {
                for (String e : v.split(File.pathSeparator)) {
                    if (!e.isBlank()) {
                        entries.add(e);
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
