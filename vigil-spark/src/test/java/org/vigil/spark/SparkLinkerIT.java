package org.vigil.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.LinkOptions;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.RecordTable;

/**
 * The contract: blocking and scoring on Spark give what {@link Linker#predict} gives on one JVM, pair for pair,
 * on FEBRL sets (vigil-linkage's copies; sources in its test resources' README). One session for the class.
 */
class SparkLinkerIT {
    private static final Path FEBRL = Path.of("../vigil-linkage/src/test/resources/linkage-data/febrl");
    private static SparkSession spark;
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        spark = SparkLink.session("local[2]");
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void deduplicationGivesTheSamePairsAndProbabilities() {
        SharedTable rows = SharedTable.read(FEBRL.resolve("dataset1.csv"), null, "rec_id", null);
        assertSameAsLinker(rows, s -> s);
    }

    @Test
    void linkageOfTwoTablesGivesTheSamePairsAndProbabilities() {
        SharedTable rows = SharedTable.read(FEBRL.resolve("dataset4a.csv"), FEBRL.resolve("dataset4b.csv"), "rec_id", null);
        assertThat(rows.isLinkage()).isTrue();
        assertSameAsLinker(rows, s -> s);
    }

    /**
     * With a maximum block size, a block over it gives no pair, and a pair it holds is left to a later rule that
     * blocks it within the size (BlockedPairs' rule): the pair sets stay equal.
     */
    @Test
    void skipsTheBlocksOverTheMaximumSizeAsTheLinkerDoes() {
        SharedTable rows = SharedTable.read(FEBRL.resolve("dataset1.csv"), null, "rec_id", null);
        Predictions p = assertSameAsLinker(rows, s -> s.withMaxBlockSize(3));
        Predictions all = assertSameAsLinker(rows, s -> s);
        assertThat(p.candidates()).isLessThan(all.candidates());
    }

    /** In this linkage some pairs are in a block over the size under an early rule and a small one under a later. */
    @Test
    void linkageSkipsTheBlocksOverTheMaximumSizeAsTheLinkerDoes() {
        SharedTable rows = SharedTable.read(FEBRL.resolve("dataset4a.csv"), FEBRL.resolve("dataset4b.csv"), "rec_id", null);
        assertSameAsLinker(rows, s -> s.withMaxBlockSize(3));
    }

    @Test
    void writesTheSamePairsFileAsVigilLink(@TempDir Path dir) throws Exception {
        Path left = FEBRL.resolve("dataset4a.csv");
        Path right = FEBRL.resolve("dataset4b.csv");
        Path local = dir.resolve("local.csv");
        Path onSpark = dir.resolve("spark.csv");
        CsvLinkage.run(LinkOptions.of(left, right, "rec_id", local));
        SparkLink.Summary s = SparkLink.run(SparkLink.Options.parse(left.toString(), right.toString(), "--id", "rec_id",
                "--out", onSpark.toString()), sc);
        assertThat(s.written()).isGreaterThan(4_900);
        assertThat(Files.readString(onSpark)).isEqualTo(Files.readString(local));
    }

    /** Trains on one JVM, predicts there and on Spark with that model, and checks every pair; returns Spark's. */
    private static Predictions assertSameAsLinker(SharedTable rows, UnaryOperator<LinkageSettings> tweak) {
        RecordTable table = rows.toTable();
        LinkageSettings settings = tweak.apply(LinkageSettings.defaultsFor(table.presentFields(), table.size()).withThreads(2));
        Linker linker = rows.isLinkage() ? Linker.link(table, settings) : Linker.dedupe(table, settings);
        LinkageModel model = linker.train().model();
        Predictions expected = linker.predict(model);

        SparkLinker onSpark = SparkLinker.of(sc, rows, settings);
        Predictions actual = onSpark.predict(model);

        assertThat(onSpark.rules()).isEqualTo(linker.blocking().rules());
        assertThat(actual.candidates()).isEqualTo(expected.candidates());
        assertThat(actual.pairs().size()).isEqualTo(expected.pairs().size());
        for (int i = 0; i < expected.pairs().size(); i++) {
            assertThat(actual.pairs().left(i)).as("left of pair %d", i).isEqualTo(expected.pairs().left(i));
            assertThat(actual.pairs().right(i)).as("right of pair %d", i).isEqualTo(expected.pairs().right(i));
            assertThat(actual.probability(i)).as("probability of pair %d", i).isCloseTo(expected.probability(i), within(1e-9));
        }
        assertThat(actual.model().lambda()).isCloseTo(expected.model().lambda(), within(1e-15));
        assertThat(actual.matches()).isEqualTo(expected.matches());
        assertThat(actual.matchCount()).isPositive();
        return actual;
    }
}
