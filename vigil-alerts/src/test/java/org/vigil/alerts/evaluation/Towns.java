package org.vigil.alerts.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;

/** vigil-town as a {@link TownSource}, for tests and the evaluation table. */
public final class Towns {
    public static final TownSource GENERATOR = (seed, concerns, records, truth) ->
            new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns)).writeTo(records, truth);

    private static final Map<String, byte[][]> MADE = new ConcurrentHashMap<>();

    /** The same towns, generated once per test run (a town is a pure function of its seed and size). */
    public static final TownSource CACHED = (seed, concerns, records, truth) -> {
        byte[][] town = MADE.computeIfAbsent(seed + "/" + concerns, k -> {
            ByteArrayOutputStream r = new ByteArrayOutputStream();
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            try {
                GENERATOR.write(seed, concerns, r, t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new byte[][] {r.toByteArray(), t.toByteArray()};
        });
        records.write(town[0]);
        truth.write(town[1]);
    };

    private Towns() {
    }
}
