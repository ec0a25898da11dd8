/**
 * Vigil's probabilistic record linkage: a pure library (no I/O beyond the CSV facade and model JSON).
 */
module org.vigil.linkage {
    requires org.vigil.collections;
    requires org.apache.commons.text;
    requires org.apache.commons.codec;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.databind;

    exports org.vigil.linkage;
    exports org.vigil.linkage.value;
    exports org.vigil.linkage.table;
    exports org.vigil.linkage.comparison;
    exports org.vigil.linkage.blocking;
    exports org.vigil.linkage.training;
    exports org.vigil.linkage.model;
    exports org.vigil.linkage.scoring;
    exports org.vigil.linkage.explain;
    exports org.vigil.linkage.clustering;
    exports org.vigil.linkage.evaluation;
    exports org.vigil.linkage.csv;
    exports org.vigil.linkage.incremental;
}
