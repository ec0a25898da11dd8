/**
 * An independent synthetic town for a generalisation audit of Vigil's alerts and mention linkage: written from the
 * interchange specification and from what the Rotherham, Rochdale and Telford inquiry reports describe, without
 * reading vigil-town, so that detectors tuned on vigil-town are scored on choices they have never seen (agency and
 * id formats, how names, phones, registrations, dates of birth and times are written, which benign adults touch many
 * children). Synthetic people only.
 *
 * <p>Glossary: a <i>network</i> is a group of offenders sharing places, phones and cars; a <i>career</i> is the
 * months over which one exploited child comes to the notice of agencies; a <i>form</i> is how one report wrote a
 * person's name ({@code full}, {@code first}, {@code nickname}, {@code alias}, {@code initial}, {@code surname_first},
 * {@code misspelling}, {@code none}).
 */
package org.vigil.bench.town;
