/**
 * Synthetic names: given names and surnames common in the UK from many backgrounds, nicknames, and the ways names
 * are misspelt. Every person draws from the same lists whatever their part in the town.
 */
package org.vigil.town.names;
