package org.vigil.alerts.evaluation;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a synthetic town's records and truth. A caller passes vigil-town's generator, which keeps vigil-town out of
 * this module's compile scope:
 * {@code (seed, n, records, truth) -> new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(n)).writeTo(records, truth)}.
 */
@FunctionalInterface
public interface TownSource {
    void write(long seed, int concerns, OutputStream records, OutputStream truth) throws IOException;
}
