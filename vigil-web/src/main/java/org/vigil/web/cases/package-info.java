/**
 * What the app knows of every stored concern without reading it again: its id, agency, time and mentions, the
 * phones, vehicles and places each mention names (normalised, for the network graph), and the decisions made on it.
 * Built from the stored records at start and kept current on intake. The records themselves, and their full text,
 * stay in the store.
 */
package org.vigil.web.cases;
