/**
 * The engine's memory: persons (interned, merged by linkage as a union-find), concerns grouped into reports (a
 * concern and its amendments), vehicles as clusters of possibly partial registrations, places, the network of
 * suspects tied through children, phones, vehicles and places, and the deadlines of undecided concerns. All of it is
 * in memory and rebuilt by replay; {@link org.vigil.alerts.state.Casebook} applies one observation at a time and
 * reports what it {@link org.vigil.alerts.state.Touched touched}, and {@link org.vigil.alerts.state.Suspicion} decides
 * which reports count a person as suspected.
 *
 * <p>Glossary: <b>report</b>, a concern together with the amendments that correct it, counted once;
 * <b>anchor</b>, the first suspect seen with a child, phone, vehicle or place, through whom later suspects are tied.
 */
package org.vigil.alerts.state;
