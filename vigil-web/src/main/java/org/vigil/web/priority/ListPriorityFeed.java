package org.vigil.web.priority;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A work list given in memory; more lines can be added while the app runs. */
public final class ListPriorityFeed implements PriorityFeed {
    private final List<Priority> priorities = new CopyOnWriteArrayList<>();

    public ListPriorityFeed(List<Priority> priorities) {
        this.priorities.addAll(priorities);
    }

    public void add(Priority priority) {
        priorities.add(priority);
    }

    @Override
    public List<Priority> priorities() {
        return List.copyOf(priorities);
    }
}
