package org.vigil.linkage.comparison;

import java.util.Map;
import java.util.TreeMap;
import org.vigil.linkage.table.Field;

/**
 * The saved form of a {@link Comparison}: its kind, the field it reads and its settings. A spec rebuilds
 * the same comparison with {@link Comparisons#fromSpec}.
 */
public record ComparisonSpec(String kind, Field field, Map<String, String> settings) {

    public ComparisonSpec {
        if (kind == null || field == null) {
            throw new IllegalArgumentException("a comparison spec needs a kind and a field");
        }
        settings = Map.copyOf(new TreeMap<>(settings == null ? Map.of() : settings));
    }

    double number(String key, double fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " of " + kind + " is not a number: " + v, e);
        }
    }

    boolean flag(String key, boolean fallback) {
        String v = settings.get(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }
}
