/** What Vigil's pipelines share: named daemon threads, and waiting for a stage's result with its own failure. */
package org.vigil.concurrent;
