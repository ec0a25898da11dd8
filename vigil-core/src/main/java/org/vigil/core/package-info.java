/** Placeholder. */
package org.vigil.core;
