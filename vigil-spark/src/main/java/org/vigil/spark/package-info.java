/**
 * The linkage engine's batch pipeline with blocking and scoring on Spark: {@link org.vigil.spark.SparkLinker} does
 * what {@link org.vigil.linkage.Linker#predict} does, over RDDs, with the same result; training and clustering stay
 * on the driver. Nothing in Vigil depends on this module: it is never on the web app's or the command line's
 * classpath (docs/decisions/linkage-spark-module.md).
 *
 * <p>Glossary: the <em>driver</em> reads the records and trains; <em>executors</em> run tasks, each rebuilding the
 * table and scorer once from a <em>broadcast</em> ({@link org.vigil.spark.ExecutorState}); a <em>block</em> is the
 * set of records that share a blocking key of one rule.
 */
package org.vigil.spark;
