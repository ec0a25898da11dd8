package org.vigil.alerts.evaluation;

import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;

/** vigil-town as a {@link TownSource}, for tests and the evaluation table. */
public final class Towns {
  public static final TownSource GENERATOR = (seed, concerns, records, truth) ->
      new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns)).writeTo(records, truth);

  private Towns() {
  }
}
