package org.vigil.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.observation.PlaceObserved;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.Place;
import org.vigil.concern.Subject;
import org.vigil.concern.Vehicle;
import org.vigil.harm.score.Grading;
import org.vigil.ledger.PersonChanges;
import org.vigil.linkage.value.PhoneNumber;
import org.vigil.people.PlaceKeys;

/** Records as the pattern engine sees them: persons instead of names, normalised phones, keyed places. */
final class Observations {
    private Observations() {
    }

    /** The concern as observed, its places keyed by {@code keys}, which learn from it. */
    static ConcernObserved of(Concern c, Function<String, String> personOf, PlaceKeys keys) {
        Map<String, String> placeKeys = new HashMap<>();
        List<PlaceObserved> places = new ArrayList<>();
        for (Place p : c.places()) {
            String key = placeKey(c, p, keys);
            placeKeys.put(p.ref(), key);
            places.add(new PlaceObserved(key, p.kind(), PlaceObserved.written(p.name(), p.address())));
        }
        List<MentionObserved> mentions = new ArrayList<>();
        for (Subject s : c.subjects()) {
            String key = s.mentionKey(c.id());
            String person = personOf.apply(key);
            List<String> phones = new ArrayList<>();
            for (String written : s.phones()) {
                PhoneNumber phone = PhoneNumber.parse(written);
                if (phone != null) {
                    phones.add(phone.digits());
                }
            }
            List<String> vrms = new ArrayList<>();
            for (Vehicle v : s.vehicles()) {
                if (v.vrm() != null && !v.vrm().isBlank()) {
                    vrms.add(v.vrm());
                }
            }
            List<String> subjectPlaces = new ArrayList<>();
            for (String ref : s.places()) {
                subjectPlaces.add(placeKeys.get(ref));
            }
            mentions.add(new MentionObserved(key, person == null ? "unlinked:" + key : person, s.role(),
                    s.age() == null ? OptionalInt.empty() : OptionalInt.of(s.age()),
                    s.born() == null ? null : s.born().toString(), s.sex(), phones, vrms, subjectPlaces));
        }
        Optional<Grading> grading = c.grading() == null ? Optional.empty()
                : Optional.ofNullable(gradingOf(c.grading()));
        return new ConcernObserved(c.id(), c.received(), c.agency(), c.author().id(),
                c.author().role() == null ? "" : c.author().role(), mentions, places, c.indicators(), c.offences(),
                grading, Optional.ofNullable(c.amends()));
    }

    static DecisionObserved of(Decision d) {
        return new DecisionObserved(d.id(), d.concern(), d.at(), d.outcome(), d.by().id(), d.by().role(), d.reason());
    }

    static PersonsMerged of(PersonChanges.Merge m, String triggerRecord) {
        return new PersonsMerged(m.into(), List.of(m.retired()), m.at(), triggerRecord);
    }

    /**
     * A place as one key across reports, as {@link PlaceKeys} resolves it (by address, or by a name written with one
     * address only, by everyone or by this concern's author); a place with neither name nor address is a place of this
     * concern alone.
     */
    static String placeKey(Concern c, Place p, PlaceKeys keys) {
        String key = keys.keyOf(p, c.author() == null ? null : c.author().id());
        return key != null ? key : p.kind() + ":" + c.id() + "/" + p.ref();
    }

    private static Grading gradingOf(org.vigil.concern.Grading g) {
        return Grading.read(g.scheme(), g.source(), g.intelligence(), g.handling()).orElse(null);
    }
}
