package org.vigil.web;

import java.util.List;

/**
 * Long lists (the alert queue, the work list) are shown {@link #PAGE_SIZE} lines a page: a screenful to work through,
 * and all that a view logs as shown. Pages are counted from 1; a page beyond the last is the last.
 */
public final class Paging {
    public static final int PAGE_SIZE = 50;

    private Paging() {
    }

    /** {@code ?page=K}: K, or 1 for anything that is not a positive whole number. */
    public static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** How many pages {@code lines} lines fill; at least one. */
    public static int pageCount(int lines) {
        return Math.max(1, (lines + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The number of the page shown when page {@code pageNo} of {@code lines} lines is asked for. */
    public static int shown(int pageNo, int lines) {
        return Math.min(Math.max(1, pageNo), pageCount(lines));
    }

    /** The lines of page {@code pageNo} of {@code list}, or of its last page if it has fewer. */
    public static <T> List<T> page(List<T> list, int pageNo) {
        int shown = shown(pageNo, list.size());
        return list.subList((shown - 1) * PAGE_SIZE, Math.min(list.size(), shown * PAGE_SIZE));
    }
}
