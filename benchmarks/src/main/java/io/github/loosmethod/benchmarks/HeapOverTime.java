package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Reads millions of generated records through the portfolio reader and samples the heap as the
 * collector leaves it, every 100,000 records: the old generation and the whole heap as the last
 * (young) collection left them ({@link GarbageCollectionNotificationInfo}), then the live set after
 * a full collection ({@link System#gc()}). The sum of the pools' peaks, used before, mixed moments
 * and counted garbage; the live set over time is what grows if a reader keeps something per record.
 *
 * <p>The records are the {@link Inputs#POOL} generated documents served again and again from a
 * buffer outside the heap, so that the heap holds only what the reader keeps. Run by
 * {@link BenchmarkTable} in its own JVM under {@code -Xmx64m}:
 * {@code java -Xmx64m ... HeapOverTime <records> <threads> <output.json> [<commit>]}.
 */
public final class HeapOverTime {

    /** Records between two samples. */
    static final int EVERY = 100_000;

    private static volatile long oldAfterCollection = -1;
    private static volatile long heapAfterCollection = -1;
    private static volatile long collections;

    private HeapOverTime() {
    }

    /**
     * Runs the reading and writes the series as JSON.
     *
     * @param args the number of records, the reader's threads (1: the sequential reader), the output
     *     file, and the commit measured (written into the output)
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        long records = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        listenToCollections();
        ByteBuffer pool = pool();
        List<long[]> samples = new ArrayList<>();
        long started = System.nanoTime();
        long read = 0;
        LoosJson json = LoosJson.strict();
        try (InputStream in = new Cycling(pool, records);
                PortfolioReader reader = threads == 1 ? json.portfolioReader(in, OnBadLine.stop(), OnRuleBreak.REFUSE)
                        : json.portfolioReader(in, OnBadLine.stop(), OnRuleBreak.REFUSE, threads)) {
            while (reader.hasNext()) {
                Initiative initiative = reader.next();
                if (initiative.id().isEmpty()) {
                    throw new IllegalStateException("an initiative without id");
                }
                if (++read % EVERY == 0) {
                    long old = oldAfterCollection;
                    long heap = heapAfterCollection;
                    // The young collections leave in the old generation what they promoted and what died
                    // there since, until an old collection, which a heap this calm may never start: a
                    // full collection at each sample gives what the reader really keeps.
                    System.gc();
                    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    samples.add(new long[] {read, old, heap, collections, (System.nanoTime() - started) / 1_000_000, live});
                }
            }
        }
        if (read != records) {
            throw new IllegalStateException("read " + read + " records of " + records);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", read);
        result.put("commit", args.length > 3 ? args[3] : "unknown");
        result.put("threads", threads);
        result.put("maxHeap", Runtime.getRuntime().maxMemory());
        result.put("collectors", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        result.put("seconds", (System.nanoTime() - started) / 1e9);
        result.put("samples", samples);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), result);
    }

    private static void listenToCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                long heap = 0;
                long old = 0;
                for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    MemoryUsage usage = after.get(pool.getName());
                    if (usage != null && pool.getType() == MemoryType.HEAP) {
                        heap += usage.getUsed();
                        if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                            old += usage.getUsed();
                        }
                    }
                }
                synchronized (HeapOverTime.class) {
                    oldAfterCollection = old;
                    heapAfterCollection = heap;
                    collections++;
                }
            }, null, null);
        }
    }

    /** The generated documents as JSON Lines, outside the heap. */
    private static ByteBuffer pool() {
        LoosJson json = LoosJson.strict();
        List<byte[]> lines = new ArrayList<>();
        int size = 0;
        for (Initiative initiative : Inputs.generated(Inputs.POOL)) {
            byte[] line = json.write(initiative);
            lines.add(line);
            size += line.length + 1;
        }
        ByteBuffer pool = ByteBuffer.allocateDirect(size);
        for (byte[] line : lines) {
            pool.put(line).put((byte) '\n');
        }
        return pool.flip();
    }

    /** The pool served again and again until a number of lines has been served. */
    private static final class Cycling extends InputStream {

        private final ByteBuffer pool;
        private long passes;

        Cycling(ByteBuffer pool, long records) {
            if (records % Inputs.POOL != 0) {
                throw new IllegalArgumentException("records must be a multiple of " + Inputs.POOL);
            }
            this.pool = pool.duplicate();
            this.passes = records / Inputs.POOL;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (!pool.hasRemaining()) {
                if (--passes <= 0) {
                    return -1;
                }
                pool.rewind();
            }
            int count = Math.min(length, pool.remaining());
            pool.get(target, offset, count);
            return count;
        }
    }
}
