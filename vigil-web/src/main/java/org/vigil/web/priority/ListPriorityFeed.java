package org.vigil.web.priority;

import java.util.List;

/** A work list given in memory. */
public final class ListPriorityFeed implements PriorityFeed {
    private final List<Priority> priorities;

    public ListPriorityFeed(List<Priority> priorities) {
        this.priorities = List.copyOf(priorities);
    }

    @Override
    public List<Priority> priorities() {
        return priorities;
    }
}
