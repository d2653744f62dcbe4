package io.swiftbolt.trading.oms;

import io.swiftbolt.core.util.ArgChecks;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The front door for concurrent submitters: any thread queues a command (a function of the
 * single-threaded target, e.g. a paper-trading engine) and gets a future; one writer thread runs
 * the commands in arrival order in {@link #doWork()}, calls the commit action once per batch (group
 * commit: one journal sync for many commands), and only then completes the batch's futures. A
 * completed future is therefore an acknowledgement of durable state.
 *
 * <p>Like an Agrona {@code Agent}: drive {@link #doWork()} from your own loop, or let
 * {@link #start(ThreadFactory)} run it on a thread made by the given factory. Exactly one thread
 * may call {@code doWork()} over the loop's life; the target must not be touched by any other
 * thread. A command that throws completes its own future exceptionally and the batch goes on.
 *
 * <p>{@link #submit} is thread-safe and lock-free (a {@link ConcurrentLinkedQueue}).
 *
 * @param <T> the target's type
 */
public final class SingleWriterLoop<T> implements AutoCloseable {

    private record Command<T, R>(Function<T, R> action, CompletableFuture<R> future) {
    }

    private final T target;
    private final Runnable commit;
    private final int batchLimit;
    private final ConcurrentLinkedQueue<Command<T, ?>> queue = new ConcurrentLinkedQueue<>();
    private final ArrayList<Runnable> completions = new ArrayList<>();
    private volatile Thread owner;
    private volatile boolean running;
    private Thread thread;

    /**
     * Makes a loop.
     *
     * @param target     the single-threaded object the commands act on
     * @param commit     run once after each non-empty batch, before the futures complete (e.g.
     *                   the engine's {@code flush}: journal sync and event delivery)
     * @param batchLimit the most commands per batch, positive
     * @throws IllegalArgumentException if an argument is null or {@code batchLimit < 1}
     */
    public SingleWriterLoop(T target, Runnable commit, int batchLimit) {
        this.target = ArgChecks.notNull(target, "target");
        this.commit = ArgChecks.notNull(commit, "commit");
        this.batchLimit = ArgChecks.positive(batchLimit, "batchLimit");
    }

    /**
     * Queues a command for the writer thread. Thread-safe.
     *
     * @param command the command; runs on the writer thread
     * @param <R>     its result type
     * @return a future completed with the command's result after the batch is committed
     * @throws IllegalArgumentException if {@code command} is null
     */
    public <R> CompletableFuture<R> submit(Function<T, R> command) {
        CompletableFuture<R> f = new CompletableFuture<>();
        queue.add(new Command<>(ArgChecks.notNull(command, "command"), f));
        return f;
    }

    /**
     * Runs one batch: up to the batch limit of queued commands, then the commit, then completes their
     * futures. Call from the writer thread only.
     *
     * @return the number of commands run (0 when idle)
     * @throws IllegalStateException if called from a second thread
     */
    public int doWork() {
        Thread me = Thread.currentThread();
        if (owner == null) {
            owner = me;
        } else if (owner != me) {
            throw new IllegalStateException("doWork() called from " + me.getName() + ", the writer is "
                    + owner.getName());
        }
        int n = 0;
        Command<T, ?> c;
        while (n < batchLimit && (c = queue.poll()) != null) {
            completions.add(run(c));
            n++;
        }
        if (n > 0) {
            try {
                commit.run();
            } catch (RuntimeException e) {
                completions.clear();
                throw e;
            }
            for (Runnable r : completions) {
                r.run();
            }
            completions.clear();
        }
        return n;
    }

    private <R> Runnable run(Command<T, R> c) {
        try {
            R result = c.action().apply(target);
            return () -> c.future().complete(result);
        } catch (RuntimeException e) {
            return () -> c.future().completeExceptionally(e);
        }
    }

    /**
     * Starts a writer thread that calls {@link #doWork()} until {@link #close()}, parking briefly when
     * idle.
     *
     * @param factory makes the writer thread
     * @throws IllegalStateException if already started
     */
    public synchronized void start(ThreadFactory factory) {
        ArgChecks.notNull(factory, "factory");
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread = factory.newThread(() -> {
            while (running) {
                if (doWork() == 0) {
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
                }
            }
            while (doWork() > 0) {
                // drain what was queued before close
            }
        });
        thread.start();
    }

    /**
     * Stops the writer thread started by {@link #start}, after it ran what was queued.
     */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
