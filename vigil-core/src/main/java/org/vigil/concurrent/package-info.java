/**
 * What Vigil's pipelines share: named daemon threads, waiting for a stage's result with its own failure
 * ({@link org.vigil.concurrent.Stages}), and work handed on in batches whose results come back in order
 * ({@link org.vigil.concurrent.InOrder}).
 */
package org.vigil.concurrent;
