package org.vigil.alerts.state;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal value the engine keeps per concern: an agency, a role, a list of offence codes, an
 * assessment. A replay of a million concerns names a few hundred agencies, six roles and a few thousand places, but
 * each record parsed brings its own copy of them; keeping one copy is what lets the engine's memory of a million
 * concerns fit in a few hundred bytes each. Values must be immutable and compare by content (strings, records,
 * unmodifiable lists). Not thread-safe.
 */
final class SharedValues {
    private final Map<Object, Object> values = new HashMap<>();

    /** The instance equal to {@code value} kept first; null for null. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object kept = values.putIfAbsent(value, value);
        return kept == null ? value : (T) kept;
    }

    /** How many distinct values are kept. */
    int size() {
        return values.size();
    }
}
