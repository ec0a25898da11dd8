package org.vigil.town;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.town.story.ConcernPlan;
import org.vigil.town.story.DecisionPlan;
import org.vigil.town.story.District;
import org.vigil.town.story.Serials;
import org.vigil.town.story.TownParams;
import org.vigil.town.wire.RecordWriter;
import org.vigil.town.wire.TruthWriter;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.PhonePool;

/**
 * Generates a synthetic town of safeguarding records and its ground truth, as JSON Lines, streaming district by
 * district. Deterministic: the same options give byte-identical output on any JDK and any number of cores.
 *
 * <pre>{@code
 * TownSummary s = new TownGenerator(TownOptions.defaults().withSeed(7)).writeTo(records, truth);
 * }</pre>
 */
public final class TownGenerator {
    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** How many districts may be generated or rendered ahead of the one being written. */
    private static final int AHEAD = 3;
    /** Threads that write districts out as JSON; districts are independent once generated. */
    private static final int RENDERERS = 2;

    /** One district written out: its records and truth lines, and what they hold. */
    private record Rendered(Chunks records, Chunks truth, long concerns, long decisions, long mentions, long persons,
            long networks) {
    }

    private final TownOptions options;

    public TownGenerator(TownOptions options) {
        this.options = options;
    }

    /** Writes the records and the truth to these files; a name ending ".gz" is gzip-compressed. */
    public TownSummary writeTo(Path records, Path truth) throws IOException {
        try (OutputStream recordsOut = Outputs.open(records); OutputStream truthOut = Outputs.open(truth)) {
            return writeTo(recordsOut, truthOut);
        }
    }

    /**
     * Writes the records and the truth to these streams, flushing but not closing them. Districts are generated
     * one after another on one thread, written out as JSON on others (a district's bytes depend on nothing but the
     * district), and copied to the streams in district order by this thread, so the output never depends on
     * timing.
     */
    public TownSummary writeTo(OutputStream records, OutputStream truth) throws IOException {
        Dice town = Dice.of(options.seed());
        TownParams params = TownParams.draw(town.fork("params"));
        PhonePool phones = new PhonePool(town.fork("phones"));
        Serials serials = new Serials();
        int districts = options.districts();

        Chunks header = new Chunks();
        try (JsonGenerator json = generator(header)) {
            new TruthWriter(json).header(options.seed(), options.concerns(), districts, options.districtConcerns());
        }
        header.writeTo(truth);

        ExecutorService generation = Executors.newSingleThreadExecutor(daemon("vigil-town-generate"));
        ExecutorService rendering = Executors.newFixedThreadPool(RENDERERS, daemon("vigil-town-render"));
        try {
            Deque<Future<Rendered>> pending = new ArrayDeque<>();
            long concerns = 0;
            long decisions = 0;
            long mentions = 0;
            long persons = 0;
            long networks = 0;
            int submitted = 0;
            for (int d = 0; d < districts; d++) {
                while (submitted < districts && submitted <= d + AHEAD) {
                    int index = submitted++;
                    Future<District> made = generation.submit(() -> district(town, index, params, phones, serials));
                    pending.add(rendering.submit(() -> render(await(made))));
                }
                Rendered done = await(pending.remove());
                done.records().writeTo(records);
                done.truth().writeTo(truth);
                concerns += done.concerns();
                decisions += done.decisions();
                mentions += done.mentions();
                persons += done.persons();
                networks += done.networks();
            }
            records.flush();
            truth.flush();
            return new TownSummary(concerns, decisions, mentions, persons, networks, districts);
        } finally {
            generation.shutdownNow();
            rendering.shutdownNow();
        }
    }

    private District district(Dice town, int d, TownParams params, PhonePool phones, Serials serials) {
        int districts = options.districts();
        int size = options.concerns() / districts + (d < options.concerns() % districts ? 1 : 0);
        return District.generate(town.fork(d), d, size, params, phones, serials);
    }

    /** Writes one district's records in arrival order, then the truth about its people and networks. */
    private static Rendered render(District district) {
        Chunks records = new Chunks();
        Chunks truth = new Chunks();
        long concerns = 0;
        long decisions = 0;
        long mentions = 0;
        long persons = 0;
        long networks = 0;
        try (JsonGenerator recordJson = generator(records); JsonGenerator truthJson = generator(truth)) {
            TruthWriter truthWriter = new TruthWriter(truthJson);
            RecordWriter recordWriter = new RecordWriter(recordJson, truthWriter);
            for (Object record : district.inFileOrder()) {
                if (record instanceof ConcernPlan concern) {
                    recordWriter.concern(concern);
                    concerns++;
                    mentions += concern.subjects.size();
                } else {
                    recordWriter.decision((DecisionPlan) record);
                    decisions++;
                }
            }
            for (Person person : district.people()) {
                if (person.isMentioned()) {
                    truthWriter.person(person);
                    persons++;
                }
            }
            for (Network network : district.networks()) {
                if (truthWriter.network(network)) {
                    networks++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new Rendered(records, truth, concerns, decisions, mentions, persons,
                networks);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the town", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExecutionException nested) {
                cause = nested.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("generating the town failed", cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = JSON.createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        return generator;
    }
}
