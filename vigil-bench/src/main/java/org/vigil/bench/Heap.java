package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap figures the benches report, read the same way everywhere. */
public final class Heap {
    private Heap() {
    }

    /** The sum of the heap pools' peak use since start (or since {@link #resetPeaks}): an upper bound on the peak. */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Starts the pools' peaks afresh, so {@link #peakBytes} covers only what follows. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }
}
