package org.vigil.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap figures the benches report, read the same way everywhere: from the collector's own notifications, the heap
 * in use just before each collection (when it is fullest) and just after it (what the job kept).
 *
 * <p>Summing each pool's peak use, as the benches did until 3 December 2026, counts the young generation full and the
 * old generation at its largest as if they were so at once: a replay of a million concerns in a 4 GiB heap reported a
 * peak of 6,113 MiB.
 */
public final class Heap {
    private static final AtomicLong BEFORE = new AtomicLong();
    private static final AtomicLong AFTER = new AtomicLong();
    private static volatile boolean tracking;

    private Heap() {
    }

    /** Starts listening to the collectors; call first thing in a bench's {@code main}. Idempotent. */
    public static synchronized void track() {
        if (tracking) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                BEFORE.accumulateAndGet(used(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                AFTER.accumulateAndGet(used(info.getMemoryUsageAfterGc(), heapPools), Math::max);
            }, null, null);
        }
        tracking = true;
    }

    private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        long sum = 0;
        for (var e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    /** The most heap in use at once since {@link #track} (or {@link #resetPeaks}): before a collection, or now. */
    public static long peakBytes() {
        requireTracking();
        Runtime r = Runtime.getRuntime();
        return Math.max(BEFORE.get(), r.totalMemory() - r.freeMemory());
    }

    /** The most heap a collection left in use: what the job held, plus garbage a young collection did not reach. */
    public static long peakAfterCollectionBytes() {
        requireTracking();
        return AFTER.get();
    }

    /** Starts the peaks afresh, so they cover only what follows. */
    public static void resetPeaks() {
        requireTracking();
        BEFORE.set(0);
        AFTER.set(0);
    }

    /** "peak heap 1,234 MiB (1,000 MiB after a collection) of max 4,096 MiB": the line every bench prints. */
    public static String summary() {
        return String.format(java.util.Locale.ROOT, "peak heap %,d MiB (%,d MiB after a collection) of max %,d MiB",
                peakBytes() >> 20, peakAfterCollectionBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void requireTracking() {
        if (!tracking) {
            throw new IllegalStateException("Heap.track() was not called when the bench started");
        }
    }
}
