/**
 * Probabilistic record linkage in the Fellegi–Sunter model.
 */
package org.vigil.linkage;
