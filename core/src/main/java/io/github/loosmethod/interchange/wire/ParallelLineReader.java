package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The {@link PortfolioReader} that reads the lines of a portfolio on several threads, and whose
 * every observable effect is the sequential {@link LineReader}'s: the same initiatives in line
 * order, the same refused lines handed to the policy in line order on the caller's thread, the same
 * summary at every step, the same warning of skipped fields, the same exceptions at the same line.
 *
 * <p>How: the caller's thread frames the lines ({@link LineFramer}, the sequential reader's own
 * framing) into batches of at most {@code batchLines} lines, cut once they hold {@code batchBytes}
 * bytes; each batch is read — parsed, checked, judged by the rules — by one of {@code threads}
 * worker threads, which keep each line's outcome (an initiative, a refusal, or whatever a line threw)
 * and the fields a lenient read skipped on it; the caller's thread then replays the outcomes in line
 * order, exactly where the sequential reader would have read the line. At most {@code 2 × threads}
 * batches are in flight, and no new one is framed while those in flight hold
 * {@code 2 × threads × batchBytes} bytes or more (counting the arrays that hold them); a batch's array
 * never grows past its last line's start plus the line limit, so the arrays of lines held take at
 * most {@code (2 × threads + 1) × batchBytes} plus one line at the document limit, besides the
 * framing's read buffer of 64 KiB and the outcomes, whatever the portfolio's length. A failure of the stream is met by the framing ahead of the replay: it is
 * kept and thrown once the lines before it are replayed, as the sequential reader throws it there.
 *
 * <p>The workers are daemon threads of this reader, made when a batch is handed over. They stop at
 * the end of the stream once the last batches are read; when an exception leaves this reader (a
 * policy or a consumer that throws, a failure of the stream), after finishing the batches in flight,
 * which a caller that goes on reading then replays as if nothing had happened; when idle for a second
 * (a reader dropped without being closed); and on {@link #close()}, which stops them between two
 * lines and returns once they have ended.
 */
final class ParallelLineReader implements PortfolioReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortfolioReader.class);
    /** How long an idle worker waits for a batch before it ends, in milliseconds. */
    private static final long IDLE_MILLIS = 1_000;
    /** Numbers the worker threads, so that a thread dump names them. */
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Documents json;
    private final InputStream in;
    private final OnBadLine onBadLine;
    private final boolean checkRules;
    private final long maxLine;
    private final int threads;
    private final int batchLines;
    private final int batchBytes;
    /** The most batches in flight, and (times {@code batchBytes}) the bytes past which no batch is framed. */
    private final int window;
    private final LineFramer framer;
    /** The batches framed and not yet replayed, in line order; the head is being replayed. */
    private final ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    private long bytesInFlight;
    /** Where the replay is in the head batch. */
    private int index;
    /** The number of the last line framed. */
    private long lastFramed;
    /** Whether the framing has met the end of the stream. */
    private boolean framingEnded;
    /** Whether a batch in flight ends with a failure of the stream: nothing is framed until it is thrown. */
    private boolean failureAhead;
    /** The workers handed batches now; earlier ones, stopped, may still finish theirs. */
    private ThreadPoolExecutor workers;
    private final List<ThreadPoolExecutor> stopped = new ArrayList<>();
    /**
     * Every worker thread made and maybe alive, for {@link #close()} to wait for: an executor is
     * terminated a moment before its last thread has ended. Threads are made on the caller's thread
     * and on workers (a replacement), hence a concurrent queue.
     */
    private final Queue<Thread> made = new ConcurrentLinkedQueue<>();
    /** Set by {@link #close()}: the workers stop between two lines. */
    private volatile boolean closed;

    private final Ignored ignored = new Ignored();
    private boolean ignoredLogged;
    private long lineNumber;
    private long badLines;
    private long initiatives;
    private boolean finished;
    private Initiative next;

    ParallelLineReader(Documents json, InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak, int threads, int batchLines,
            int batchBytes) {
        this.json = Objects.requireNonNull(json, "json");
        this.in = Objects.requireNonNull(in, "in");
        this.onBadLine = Objects.requireNonNull(onBadLine, "onBadLine");
        this.checkRules = Objects.requireNonNull(onRuleBreak, "onRuleBreak") == OnRuleBreak.REFUSE;
        if (threads < 1 || batchLines < 1 || batchBytes < 1) {
            throw new IllegalArgumentException("threads, lines and bytes of a batch must be at least 1, not " + threads + ", "
                    + batchLines + ", " + batchBytes);
        }
        this.threads = threads;
        this.batchLines = batchLines;
        this.batchBytes = batchBytes;
        this.window = 2 * threads;
        this.maxLine = LineReader.maxLine(json);
        this.framer = new LineFramer(in, maxLine, Math.min(batchBytes, 1 << 16));
    }

    @Override
    public Iterator<Initiative> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            throw new IllegalStateException("the portfolio reader is closed");
        }
        try {
            while (next == null && !finished) {
                next = replayLine().orElse(null);
            }
            if (finished) {
                logIgnored();
            }
            return next != null;
        } catch (RuntimeException | Error e) {
            pause();
            throw e;
        }
    }

    @Override
    public Initiative next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more initiatives in the portfolio");
        }
        Initiative result = next;
        next = null;
        return result;
    }

    @Override
    public PortfolioSummary readAll(Consumer<? super Initiative> each) {
        Objects.requireNonNull(each, "each");
        try {
            while (hasNext()) {
                each.accept(next());
            }
        } catch (RuntimeException | Error e) {
            pause();
            throw e;
        }
        return summary();
    }

    @Override
    public PortfolioSummary summary() {
        return new PortfolioSummary(lineNumber, initiatives, badLines, ignored.count());
    }

    /** One summary of the fields a lenient read skipped, for the whole portfolio. */
    private void logIgnored() {
        if (!ignoredLogged) {
            ignoredLogged = true;
            ignored.log(LOG, "a portfolio");
        }
    }

    /** Replays the outcome of the next line, as the sequential reader reads it; empty when refused or at the end. */
    private Optional<Initiative> replayLine() {
        Batch head = inFlight.peek();
        while (head == null || index == head.count) {
            if (head != null) {
                inFlight.poll();
                bytesInFlight -= head.bytes.length;
                index = 0;
                if (head.failure != null) {
                    failureAhead = false;
                    throw head.failure;
                }
            }
            frameAhead();
            head = inFlight.peek();
            if (head == null) {
                finished = true;
                return Optional.empty();
            }
        }
        // Hand the workers more lines before waiting for these.
        frameAhead();
        head.await();
        int at = index++;
        lineNumber = head.firstLine + at;
        if (head.ignored[at] != null) {
            ignored.addLine(head.ignored[at]);
        }
        Object outcome = head.outcomes[at];
        if (outcome instanceof Initiative) {
            initiatives++;
            return Optional.of((Initiative) outcome);
        }
        if (outcome instanceof InterchangeException) {
            badLines++;
            onBadLine.badLine((InterchangeException) outcome);
            return Optional.empty();
        }
        Throwable thrown = ((Thrown) outcome).thrown;
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
        throw new UndeclaredThrowableException(thrown);
    }

    /** Frames batches and hands them to the workers while the window has room. */
    private void frameAhead() {
        while (!framingEnded && !failureAhead && inFlight.size() < window && bytesInFlight < (long) window * batchBytes) {
            Batch batch = frame();
            if (batch.count > 0 || batch.failure != null) {
                inFlight.add(batch);
                bytesInFlight += batch.bytes.length;
                if (batch.count > 0) {
                    hand(batch);
                }
            }
        }
        if (framingEnded && workers != null) {
            // Nothing more to hand over: the workers end once the batches in flight are read.
            stop(workers);
            workers = null;
        }
    }

    /** Frames the next batch, up to its limits, the end of the stream, or a failure of the stream. */
    private Batch frame() {
        Batch batch = new Batch(lastFramed + 1, batchLines);
        while (batch.count < batchLines && framer.end() < batchBytes) {
            if (batch.count > 0 && framer.end() + maxLine + 1 > LineFramer.MAX_ARRAY) {
                // A line at the limit would not fit after these: it starts the next batch.
                break;
            }
            int framed;
            try {
                framed = framer.next();
            } catch (UncheckedIOException e) {
                // Thrown once the lines before it are replayed, where the sequential reader throws it.
                batch.failure = e;
                failureAhead = true;
                break;
            }
            if (framed == LineFramer.NO_LINE) {
                framingEnded = true;
                break;
            }
            batch.add(framed, framer.start(), framer.end());
            lastFramed++;
            if (framer.ended()) {
                framingEnded = true;
                break;
            }
        }
        batch.bytes = framer.take();
        return batch;
    }

    private void hand(Batch batch) {
        if (workers == null) {
            stopped.removeIf(ThreadPoolExecutor::isTerminated);
            workers = new ThreadPoolExecutor(threads, threads, IDLE_MILLIS, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    daemons());
            workers.allowCoreThreadTimeOut(true);
        }
        workers.execute(batch.task);
    }

    private ThreadFactory daemons() {
        return task -> {
            Thread thread = new Thread(task, "loos-portfolio-reader-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            // Those that have ended are forgotten, so that a long reading keeps a short list.
            made.removeIf(old -> old.getState() == Thread.State.TERMINATED);
            made.add(thread);
            return thread;
        };
    }

    /** Stops handing batches to the workers, which end once those in flight are read. */
    private void pause() {
        if (workers != null) {
            stop(workers);
            workers = null;
        }
    }

    private void stop(ThreadPoolExecutor executor) {
        executor.shutdown();
        stopped.add(executor);
    }

    /**
     * Stops the workers between two lines, waits for them to end, and closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be closed
     */
    @Override
    public void close() {
        logIgnored();
        if (!closed) {
            closed = true;
            pause();
            boolean interrupted = false;
            for (ThreadPoolExecutor executor : stopped) {
                executor.shutdownNow();
            }
            stopped.clear();
            for (Thread worker : made) {
                while (worker.isAlive()) {
                    try {
                        worker.join();
                    } catch (InterruptedException e) {
                        // Each worker ends after its line; the caller's interrupt is kept for it.
                        interrupted = true;
                    }
                }
            }
            made.clear();
            inFlight.clear();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a line threw that is no refusal, to throw on the caller's thread. */
    private static final class Thrown {
        final Throwable thrown;

        Thrown(Throwable thrown) {
            this.thrown = thrown;
        }
    }

    /** Lines framed together, read by one worker, and their outcomes. */
    private final class Batch implements Runnable {
        final long firstLine;
        final int[] framed;
        final int[] starts;
        final int[] ends;
        final Object[] outcomes;
        final Ignored[] ignored;
        final FutureTask<Void> task = new FutureTask<>(this, null);
        int count;
        byte[] bytes;
        /** The failure of the stream met after these lines, if any. */
        UncheckedIOException failure;

        Batch(long firstLine, int lines) {
            this.firstLine = firstLine;
            this.framed = new int[lines];
            this.starts = new int[lines];
            this.ends = new int[lines];
            this.outcomes = new Object[lines];
            this.ignored = new Ignored[lines];
        }

        void add(int how, int start, int end) {
            framed[count] = how;
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        /** Reads the lines on a worker: every outcome kept, nothing thrown. */
        @Override
        public void run() {
            for (int i = 0; i < count && !closed; i++) {
                Ignored skipped = new Ignored();
                long line = firstLine + i;
                try {
                    outcomes[i] = LineReader.read(json, framed[i], bytes, starts[i], ends[i], maxLine, skipped, line, checkRules);
                } catch (InterchangeException e) {
                    outcomes[i] = e.onLine(line);
                } catch (Throwable e) {
                    // Thrown on the caller's thread when the replay comes to this line, as the sequential reader would.
                    outcomes[i] = new Thrown(e);
                }
                if (skipped.count() > 0) {
                    ignored[i] = skipped;
                }
            }
        }

        /** Waits for the worker to have read these lines; run here if no worker has started them. */
        void await() {
            // A batch no worker has begun (its workers stopped before reaching it) is read on this thread.
            task.run();
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        task.get();
                        return;
                    } catch (InterruptedException e) {
                        // The outcomes are needed to go on; the interrupt is kept for the caller.
                        interrupted = true;
                    }
                }
            } catch (ExecutionException | CancellationException e) {
                throw new IllegalStateException("a batch of lines failed outside any line", e);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
