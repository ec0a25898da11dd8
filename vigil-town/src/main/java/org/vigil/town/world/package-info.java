/**
 * The town as only the ground truth sees it: people, households, places, cars, phones and networks, the calendar
 * 1997–2013, and the seeded randomness everything is drawn from.
 */
package org.vigil.town.world;
