/**
 * How concerns and decisions arise: networks exploiting children and the reports that follow, adults who work
 * with children for good reasons, ordinary family concerns, and what professionals decided. A {@code District}
 * runs the stories and puts the records in arrival order.
 */
package org.vigil.town.story;
