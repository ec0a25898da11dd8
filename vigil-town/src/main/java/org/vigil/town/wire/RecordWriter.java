package org.vigil.town.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.town.story.ConcernPlan;
import org.vigil.town.story.DecisionPlan;
import org.vigil.town.story.Indicator;
import org.vigil.town.story.Scene;
import org.vigil.town.story.Staff;
import org.vigil.town.story.SubjectPlan;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Car;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Person;
import org.vigil.town.world.Phone;
import org.vigil.town.world.Place;
import org.vigil.town.world.PlaceKind;

/**
 * Writes concerns and decisions as interchange-format JSON Lines (spec §1), one object per line, and tells the
 * {@link TruthWriter} who each subject really is. How each detail is written is drawn from the concern's own seed,
 * so a concern reads the same however the district around it was generated.
 */
public final class RecordWriter {
    private final JsonGenerator out;
    private final TruthWriter truth;
    private long serial;

    public RecordWriter(JsonGenerator out, TruthWriter truth) {
        this.out = out;
        this.truth = truth;
    }

    public void concern(ConcernPlan plan) throws IOException {
        Dice dice = Dice.of(plan.seed);
        long concernSerial = ++serial;
        int day = Calendar.dayOf(plan.received);
        out.writeStartObject();
        out.writeStringField("type", "concern");
        out.writeStringField("id", plan.id);
        out.writeStringField("received", plan.localTime ? Times.local(plan.received) : Times.utc(plan.received));
        out.writeStringField("agency", plan.agency.written());
        professional("author", plan.author);

        List<Place> places = new ArrayList<>(plan.places);
        for (SubjectPlan s : plan.subjects) {
            for (Place place : s.places) {
                if (!places.contains(place)) {
                    places.add(place);
                }
            }
        }
        Narrative story = new Narrative();
        story.variant = plan.variant;
        out.writeArrayFieldStart("subjects");
        int suspects = 0;
        boolean victimSeen = false;
        boolean reporterSeen = false;
        boolean witnessSeen = false;
        for (int i = 0; i < plan.subjects.size(); i++) {
            SubjectPlan s = plan.subjects.get(i);
            String ref = "s" + (i + 1);
            WrittenName name = WrittenName.of(s, plan.agency, dice);
            truth.mention(plan.id, ref, s.person, name.form());
            s.person.mentionedAt(plan.received, concernSerial);
            String written = subject(s, ref, name, plan, day, places, dice, story);
            String spoken = written != null ? written : s.role.equals("suspect") ? "an unnamed male" : "a person";
            if (s.role.equals("victim") && !victimSeen) {
                victimSeen = true;
                story.victim = spoken;
                story.sex = s.person.sex;
                story.age = Calendar.age(s.person.bornDay, day);
            } else if (s.role.equals("suspect")) {
                if (suspects++ == 0) {
                    story.suspect = spoken;
                    story.suspectAge = Calendar.age(s.person.bornDay, day) + dice.between(-4, 4);
                } else if (suspects == 2) {
                    story.suspect2 = spoken;
                }
            } else if (s.role.equals("associate") && suspects == 0
                    && (plan.scene == Scene.BULLYING || plan.scene == Scene.TEEN_RELATIONSHIP)) {
                // In these scenes the other young person stands where a suspect would.
                suspects++;
                story.suspect = spoken;
                story.suspectAge = Calendar.age(s.person.bornDay, day);
            } else if ((s.role.equals("reporter") || s.role.equals("other")) && !reporterSeen
                    && s.person.kind != Kind.VICTIM && !s.person.isChildOn(day)) {
                reporterSeen = true;
                story.reporter = spoken;
            }
            if (s.person.kind == Kind.BENIGN_ADULT && !witnessSeen) {
                witnessSeen = true;
                story.witness = spoken;
                if (!reporterSeen) {
                    story.reporter = spoken;
                }
            }
        }
        out.writeEndArray();

        if (!places.isEmpty()) {
            out.writeArrayFieldStart("places");
            for (int i = 0; i < places.size(); i++) {
                place(places.get(i), "p" + (i + 1), exact(plan, places.get(i)), plan.detail, dice);
            }
            out.writeEndArray();
        }
        if (plan.indicators != 0) {
            out.writeArrayFieldStart("indicators");
            for (Indicator indicator : Indicator.all()) {
                if (indicator.in(plan.indicators)) {
                    out.writeString(indicator.wire());
                }
            }
            out.writeEndArray();
        }
        if (!plan.offences.isEmpty()) {
            out.writeArrayFieldStart("offences");
            for (String code : plan.offences) {
                out.writeString(code);
            }
            out.writeEndArray();
        }
        if (plan.grading != null) {
            out.writeObjectFieldStart("grading");
            if (plan.grading[0].equals("5x5x5") || dice.chance(0.3)) {
                out.writeStringField("scheme", plan.grading[0]);
            }
            out.writeStringField("source", plan.grading[1]);
            out.writeStringField("intelligence", plan.grading[2]);
            out.writeStringField("handling", plan.grading[3]);
            out.writeEndObject();
        }
        if (plan.detail > 0 || dice.chance(0.6)) {
            if (plan.sceneCar != null) {
                String described = Details.vehicle(plan.sceneCar, false, dice);
                story.car = described != null ? described : "car";
            }
            if (plan.scenePlace != null) {
                story.place = Details.placeName(plan.scenePlace, false, dice);
            }
            if (plan.copyOf != null) {
                story.agency = plan.copyOf.agency.written();
            }
            story.then = plan.ageThen;
            out.writeStringField("narrative", story.write(plan.scene, dice));
        }
        if (plan.amends != null) {
            out.writeStringField("amends", plan.amends.id);
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    public void decision(DecisionPlan plan) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "decision");
        out.writeStringField("id", plan.id);
        out.writeStringField("concern", plan.concern.id);
        out.writeStringField("at", Times.utc(plan.at));
        professional("by", plan.by);
        out.writeStringField("outcome", plan.outcome);
        if (plan.reason != null) {
            out.writeStringField("reason", plan.reason);
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Writes one subject and returns the name it was written under (null if none). */
    private String subject(SubjectPlan s, String ref, WrittenName name, ConcernPlan plan, int day, List<Place> places,
            Dice dice, Narrative story) throws IOException {
        Person p = s.person;
        boolean child = p.isChildOn(day);
        out.writeStartObject();
        out.writeStringField("ref", ref);
        out.writeStringField("role", s.role);
        if (name.text() != null) {
            out.writeStringField("name", name.text());
        }
        if (!name.aliases().isEmpty()) {
            out.writeArrayFieldStart("aliases");
            for (String alias : name.aliases()) {
                out.writeString(alias);
            }
            out.writeEndArray();
        }
        String born = Born.write(p, s, plan, day, dice);
        if (born != null) {
            out.writeStringField("born", born);
        }
        int age = Calendar.age(p.bornDay, day);
        double ageShown = p.kind == Kind.OFFENDER ? 0.55 : child ? 0.6 : 0.25;
        if (dice.chance(ageShown)) {
            int stated = p.kind == Kind.OFFENDER && !s.identified
                    ? Math.max(Math.max(16, age - 6), Math.min(age + 8, (int) Math.round(age + 3.5 * dice.gaussian())))
                    : age + (dice.chance(0.12) ? dice.between(-1, 1) : 0);
            out.writeNumberField("age", Math.max(0, Math.min(110, stated)));
        }
        if (dice.chance(0.92)) {
            out.writeStringField("sex", String.valueOf(p.sex));
        }
        if (s.address && p.home != null) {
            out.writeStringField("address", Details.address(p.home, dice));
        }
        if (!s.phones.isEmpty()) {
            out.writeArrayFieldStart("phones");
            for (Phone phone : s.phones) {
                String text = Details.phone(phone, s.exact, dice);
                out.writeString(text);
                story.phone = text;
            }
            out.writeEndArray();
        }
        if (!s.cars.isEmpty()) {
            out.writeArrayFieldStart("vehicles");
            for (Car car : s.cars) {
                String vrm = Details.vrm(car, s.exact, dice);
                String description = Details.vehicle(car, vrm != null, dice);
                out.writeStartObject();
                if (vrm != null) {
                    out.writeStringField("vrm", vrm);
                }
                if (description != null || vrm == null) {
                    out.writeStringField("description", description != null ? description : "car");
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!s.places.isEmpty()) {
            out.writeArrayFieldStart("places");
            for (Place place : s.places) {
                out.writeString("p" + (places.indexOf(place) + 1));
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        return name.text();
    }

    private void place(Place place, String ref, boolean exact, int detail, Dice dice) throws IOException {
        out.writeStartObject();
        out.writeStringField("ref", ref);
        out.writeStringField("kind", place.kind().wire());
        boolean address = place.kind() == PlaceKind.ADDRESS ? dice.chance(0.85) : dice.chance(0.15 + 0.25 * detail);
        if (place.name() != null || !address || dice.chance(0.5)) {
            out.writeStringField("name", Details.placeName(place, exact, dice));
        }
        if (address) {
            out.writeStringField("address", Details.address(place.address(), dice));
        }
        out.writeEndObject();
    }

    private void professional(String field, Staff staff) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("id", staff.id());
        out.writeStringField("name", staff.name());
        out.writeStringField("role", staff.role());
        out.writeEndObject();
    }

    private static boolean exact(ConcernPlan plan, Place place) {
        for (SubjectPlan s : plan.subjects) {
            if (s.exact && s.places.contains(place)) {
                return true;
            }
        }
        return false;
    }
}
