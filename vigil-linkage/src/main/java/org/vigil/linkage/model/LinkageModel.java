package org.vigil.linkage.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.ComparisonLevel;
import org.vigil.linkage.comparison.ComparisonSpec;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.table.Field;

/**
 * A Fellegi–Sunter model: comparisons, m and u for each of their levels, and the prior λ. Immutable.
 *
 * <p>Pipeline: {@link #withPriors} gives an untrained model from the comparisons' documented priors;
 * training ({@code org.vigil.linkage.training}) returns models with estimated u, m and λ; scoring reads
 * {@link #weight}; {@link #toJson()} and {@link #fromJson} round-trip exactly.
 */
public final class LinkageModel {
    public static final String FORMAT = "vigil-linkage-model/1";

    /**
     * The JSON mapper, created on first save or load, not when the class is: building one loads about 370 Jackson
     * classes, which a {@code vigil link} that trains and saves nothing never needs (in a fresh JVM, that cost
     * came before training could start).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final List<Comparison> comparisons;
    private final double[][] m;
    private final double[][] u;
    private final double lambda;
    private final double termFrequencyPrior;

    private LinkageModel(List<Comparison> comparisons, double[][] m, double[][] u, double lambda) {
        this(comparisons, m, u, lambda, 0);
    }

    private LinkageModel(List<Comparison> comparisons, double[][] m, double[][] u, double lambda, double termFrequencyPrior) {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1): " + lambda);
        }
        if (comparisons.size() > 16) {
            throw new IllegalArgumentException("at most 16 comparisons: " + comparisons.size());
        }
        for (int k = 0; k < comparisons.size(); k++) {
            List<ComparisonLevel> levels = comparisons.get(k).levels();
            if (levels.size() > 15) {
                throw new IllegalArgumentException("at most 15 levels: " + comparisons.get(k).name());
            }
            if (m[k].length != levels.size() || u[k].length != levels.size()) {
                throw new IllegalArgumentException("parameters do not fit the levels of " + comparisons.get(k).name()
                        + ": " + levels.size() + " levels, " + m[k].length + " m, " + u[k].length + " u");
            }
            for (int l = 1; l < levels.size(); l++) {
                if (!(m[k][l] > 0 && m[k][l] <= 1) || !(u[k][l] > 0 && u[k][l] <= 1)) {
                    throw new IllegalArgumentException("m and u must be in (0, 1]: " + comparisons.get(k).name() + "."
                            + levels.get(l).label() + " m=" + m[k][l] + " u=" + u[k][l]);
                }
            }
        }
        this.comparisons = List.copyOf(comparisons);
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.lambda = lambda;
        if (!(termFrequencyPrior >= 0) || Double.isInfinite(termFrequencyPrior)) {
            throw new IllegalArgumentException("term-frequency prior must be a finite count >= 0: " + termFrequencyPrior);
        }
        this.termFrequencyPrior = termFrequencyPrior;
    }

    /** An untrained model: each level's prior m and u, and prior {@code lambda}. */
    public static LinkageModel withPriors(List<Comparison> comparisons, double lambda) {
        double[][] m = new double[comparisons.size()][];
        double[][] u = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            List<ComparisonLevel> levels = comparisons.get(k).levels();
            m[k] = new double[levels.size()];
            u[k] = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                m[k][l] = levels.get(l).isNull() ? 1 : levels.get(l).priorM();
                u[k][l] = levels.get(l).isNull() ? 1 : levels.get(l).priorU();
            }
            normalise(m[k]);
            normalise(u[k]);
        }
        return new LinkageModel(comparisons, m, u, lambda);
    }

    /** Scales the non-null entries of {@code p} to sum to 1. */
    public static void normalise(double[] p) {
        double s = 0;
        for (int l = 1; l < p.length; l++) {
            s += p[l];
        }
        for (int l = 1; l < p.length; l++) {
            p[l] /= s;
        }
        p[0] = 1;
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public double lambda() {
        return lambda;
    }

    /**
     * Pseudo-records by which term frequencies are smoothed towards the level's u: a value seen
     * {@code c} times among {@code n} records gets frequency (c + α·u) / (n + α). 0 (the default, as in
     * Splink) uses c / n; a few tens of thousands suits an index that starts empty, where any shared value
     * would otherwise look common.
     */
    public double termFrequencyPrior() {
        return termFrequencyPrior;
    }

    public LinkageModel withTermFrequencyPrior(double records) {
        return new LinkageModel(comparisons, m, u, lambda, records);
    }

    /** P(level | match) of comparison {@code k}. */
    public double m(int k, int level) {
        return m[k][level];
    }

    /** P(level | non-match) of comparison {@code k}. */
    public double u(int k, int level) {
        return u[k][level];
    }

    public double[] m(int k) {
        return m[k].clone();
    }

    public double[] u(int k) {
        return u[k].clone();
    }

    /** log₂(m/u) of a level; 0 for the null level. */
    public double weight(int k, int level) {
        return level == 0 ? 0 : MatchWeight.log2(m[k][level] / u[k][level]);
    }

    /** The prior as a weight: log₂(λ / (1 − λ)). */
    public MatchWeight prior() {
        return MatchWeight.fromProbability(lambda);
    }

    /** Index of the comparison of {@code field}, or -1. */
    public int indexOf(Field field) {
        for (int k = 0; k < comparisons.size(); k++) {
            if (comparisons.get(k).field() == field) {
                return k;
            }
        }
        return -1;
    }

    public LinkageModel withLambda(double newLambda) {
        return new LinkageModel(comparisons, m, u, newLambda, termFrequencyPrior);
    }

    /** This model with comparison {@code k}'s m probabilities replaced (null level ignored, then normalised). */
    public LinkageModel withM(int k, double[] newM) {
        double[][] mm = deepCopy(m);
        mm[k] = newM.clone();
        normalise(mm[k]);
        return new LinkageModel(comparisons, mm, u, lambda, termFrequencyPrior);
    }

    /** This model with comparison {@code k}'s u probabilities replaced (null level ignored, then normalised). */
    public LinkageModel withU(int k, double[] newU) {
        double[][] uu = deepCopy(u);
        uu[k] = newU.clone();
        normalise(uu[k]);
        return new LinkageModel(comparisons, m, uu, lambda, termFrequencyPrior);
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    // ---------------------------------------------------------------- JSON

    /** The model as JSON: format tag, λ, and for each comparison its spec and each level's m and u. */
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("lambda", lambda);
        root.put("tf_prior_records", termFrequencyPrior);
        ArrayNode cs = root.putArray("comparisons");
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison c = comparisons.get(k);
            ComparisonSpec spec = c.spec();
            ObjectNode cn = cs.addObject();
            cn.put("name", c.name());
            cn.put("kind", spec.kind());
            cn.put("field", spec.field().key());
            ObjectNode settings = cn.putObject("settings");
            spec.settings().forEach(settings::put);
            ArrayNode ls = cn.putArray("levels");
            List<ComparisonLevel> levels = c.levels();
            for (int l = 0; l < levels.size(); l++) {
                ObjectNode ln = ls.addObject();
                ln.put("label", levels.get(l).label());
                if (!levels.get(l).isNull()) {
                    ln.put("m", m[k][l]);
                    ln.put("u", u[k][l]);
                    ln.put("tf", levels.get(l).termFrequencyAdjusted());
                }
            }
        }
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model in {@code json} (as written by {@link #toJson()}). */
    public static LinkageModel fromJson(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ModelFormatException("not a " + FORMAT + " document: format is " + (root == null ? null : root.path("format")));
        }
        List<Comparison> comparisons = new ArrayList<>();
        List<double[]> ms = new ArrayList<>();
        List<double[]> us = new ArrayList<>();
        for (JsonNode cn : root.path("comparisons")) {
            Map<String, String> settings = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : cn.path("settings").properties()) {
                settings.put(e.getKey(), e.getValue().asText());
            }
            Comparison c;
            try {
                c = Comparisons.fromSpec(new ComparisonSpec(cn.path("kind").asText(), Field.fromKey(cn.path("field").asText()), settings));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("bad comparison " + cn.path("name").asText() + ": " + e.getMessage(), e);
            }
            List<ComparisonLevel> levels = c.levels();
            JsonNode ls = cn.path("levels");
            if (ls.size() != levels.size()) {
                throw new ModelFormatException("comparison " + c.name() + " has " + levels.size() + " levels, the JSON " + ls.size());
            }
            double[] m = new double[levels.size()];
            double[] u = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                JsonNode ln = ls.get(l);
                if (!levels.get(l).label().equals(ln.path("label").asText())) {
                    throw new ModelFormatException("level " + l + " of " + c.name() + " is " + levels.get(l).label()
                            + ", the JSON says " + ln.path("label").asText());
                }
                m[l] = levels.get(l).isNull() ? 1 : ln.path("m").asDouble(Double.NaN);
                u[l] = levels.get(l).isNull() ? 1 : ln.path("u").asDouble(Double.NaN);
            }
            comparisons.add(c);
            ms.add(m);
            us.add(u);
        }
        try {
            return new LinkageModel(comparisons, ms.toArray(double[][]::new), us.toArray(double[][]::new),
                    root.path("lambda").asDouble(Double.NaN), root.path("tf_prior_records").asDouble(0));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(e.getMessage(), e);
        }
    }

    public void save(Path file) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + file, e);
        }
    }

    public static LinkageModel load(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model from " + file, e);
        }
    }

    /** The parameters as a readable table: one line per level with m, u and weight. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "lambda %.3g (prior weight %s)%n", lambda, prior()));
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison c = comparisons.get(k);
            List<ComparisonLevel> levels = c.levels();
            for (int l = 1; l < levels.size(); l++) {
                b.append(String.format(Locale.ROOT, "%-14s %-22s m=%.4f u=%.6f w=%+6.2f%s%n", c.name(), levels.get(l).label(),
                        m[k][l], u[k][l], weight(k, l), levels.get(l).termFrequencyAdjusted() ? " tf" : ""));
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkageModel other && lambda == other.lambda && termFrequencyPrior == other.termFrequencyPrior
                && comparisons.stream().map(Comparison::spec).toList()
                        .equals(other.comparisons.stream().map(Comparison::spec).toList())
                && Arrays.deepEquals(m, other.m) && Arrays.deepEquals(u, other.u);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lambda) * 31 + Arrays.deepHashCode(m);
    }
}
