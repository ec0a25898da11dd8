package org.vigil.linkage.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct normalised values and their integer codes, in order of first appearance. Interning is not
 * thread-safe; reading is, once interning has stopped.
 */
public final class Vocabulary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code for {@code value}, adding it if new. */
    public int intern(String value) {
        Integer c = codes.get(value);
        if (c != null) {
            return c;
        }
        int code = values.size();
        codes.put(value, code);
        values.add(value);
        return code;
    }

    /** The code for {@code value}, or -1 if it has not been interned. */
    public int code(String value) {
        Integer c = codes.get(value);
        return c == null ? -1 : c;
    }

    public String value(int code) {
        return values.get(code);
    }

    public int size() {
        return values.size();
    }
}
