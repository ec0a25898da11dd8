package org.vigil.web.priority;

import java.util.List;

/**
 * Where the work list comes from: the seam for the harm engine, which {@code vigil serve} implements with the alert
 * engine's own ranking. {@link JsonlPriorityFeed} reads a file written by {@code vigil export priorities};
 * {@link ListPriorityFeed} holds a list. Must be safe to call from many threads.
 */
public interface PriorityFeed {
    /** The current work list, in rank order. */
    List<Priority> priorities();
}
