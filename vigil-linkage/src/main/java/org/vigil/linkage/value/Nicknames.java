package org.vigil.linkage.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Given names and their nicknames or diminutives, from {@code names.csv} (carltonnorthern/nicknames,
 * Apache-2.0) and {@code names-uk.csv} (British diminutives written for Vigil: Daz, Gaz, Kez, Bex, Mo,
 * ...); see the README beside them.
 *
 * <p>Each line of the table names a canonical name and the nicknames listed for it. Two names are
 * {@linkplain #related related} when one is listed under the other ({@code bill}–{@code william},
 * {@code bill}–{@code billy}). The relation is not made transitive: the line for {@code bill} also
 * lists {@code robert} and {@code fred}, which must not make {@code robert} a nickname of {@code fred}.
 * Independently of the table, {@link #isDiminutivePrefix} accepts a short form that begins a longer
 * name ({@code ash}–{@code ashraf}).
 */
public final class Nicknames {

    /** The tables read, in order: the public US-centred table, then Vigil's British additions. */
    static final List<String> TABLES = List.of("names.csv", "names-uk.csv");

    private static final Nicknames STANDARD = load();

    private final Map<String, Integer> ids;
    private final String[] names;
    private final int[][] neighbours;

    private Nicknames(Map<String, Integer> ids, int[][] neighbours) {
        this.ids = ids;
        this.neighbours = neighbours;
        this.names = new String[neighbours.length];
        ids.forEach((name, id) -> names[id] = name);
    }

    /** The table shipped with the library. */
    public static Nicknames standard() {
        return STANDARD;
    }

    /** The table's number for a folded given name, or -1 when the name is not in the table. */
    public int id(String name) {
        return name == null ? -1 : ids.getOrDefault(name, -1);
    }

    /** Whether two names, by their table numbers, are listed one under the other. Symmetric. */
    public boolean related(int a, int b) {
        if (a < 0 || b < 0 || a == b) {
            return false;
        }
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }

    /** Whether two folded given names are listed one under the other. Symmetric; false for equal names. */
    public boolean related(String a, String b) {
        return related(id(a), id(b));
    }

    /**
     * The folded names listed under a folded given name or above it ({@code dan}: {@code daniel}, {@code danny}, ...),
     * each one {@link #related} to it, in alphabetical order; empty when the name is not in the table.
     */
    public List<String> relatedTo(String name) {
        int id = id(name);
        if (id < 0) {
            return List.of();
        }
        return Arrays.stream(neighbours[id]).mapToObj(n -> names[n]).sorted().toList();
    }

    /**
     * Whether the shorter name is 3 to 5 letters and begins the longer one: {@code ash}/{@code ashraf},
     * {@code dan}/{@code daniel}. Symmetric; false for equal names.
     */
    public static boolean isDiminutivePrefix(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        String s = a.length() <= b.length() ? a : b;
        String l = s == a ? b : a;
        return s.length() >= 3 && s.length() <= 5 && l.startsWith(s);
    }

    private static void read(String file, Map<String, Integer> ids, List<TreeSet<Integer>> adj) {
        try (InputStream in = Nicknames.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from org/vigil/linkage/value");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] names = line.trim().split(",");
                String canonical = Folding.fold(names[0]);
                if (canonical == null || names.length < 2) {
                    continue;
                }
                int c = ids.computeIfAbsent(canonical, k -> { adj.add(new TreeSet<>()); return adj.size() - 1; });
                for (int i = 1; i < names.length; i++) {
                    String nick = Folding.fold(names[i]);
                    if (nick == null || nick.equals(canonical)) {
                        continue;
                    }
                    int n = ids.computeIfAbsent(nick, k -> { adj.add(new TreeSet<>()); return adj.size() - 1; });
                    adj.get(c).add(n);
                    adj.get(n).add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Nicknames load() {
        Map<String, Integer> ids = new HashMap<>();
        List<TreeSet<Integer>> adj = new ArrayList<>();
        for (String file : TABLES) {
            read(file, ids, adj);
        }
        int[][] neighbours = new int[adj.size()][];
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Nicknames(Map.copyOf(ids), neighbours);
    }
}
