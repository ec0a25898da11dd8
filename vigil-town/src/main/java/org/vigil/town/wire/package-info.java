/**
 * Writing the town down: concerns and decisions as interchange JSON Lines, with names, dates, phones, cars and
 * places as people really write them, and the truth file beside them.
 */
package org.vigil.town.wire;
