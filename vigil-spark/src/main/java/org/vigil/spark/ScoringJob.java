package org.vigil.spark;

import java.io.Serializable;
import java.util.ArrayList;

/**
 * What every task of one prediction reads, broadcast once: the records, the model as JSON
 * ({@link org.vigil.linkage.model.LinkageModel#toJson}, which round-trips every double), the candidate blocking
 * rules by name, and the settings that shape blocks.
 */
record ScoringJob(SharedTable table, String modelJson, ArrayList<String> rules, boolean link, int maxBlockSize)
        implements Serializable {
}
