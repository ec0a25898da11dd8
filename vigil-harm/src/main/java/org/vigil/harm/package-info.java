/**
 * Crime harm: weights per offence with their sources, and harm set beside volume.
 */
package org.vigil.harm;
