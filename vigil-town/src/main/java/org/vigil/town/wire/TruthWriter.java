package org.vigil.town.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Car;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.Phone;
import org.vigil.town.world.Place;

/**
 * Writes truth.jsonl: a {@code town} header, then for each district a {@code mention} line per subject written
 * (in the order the records are written), a {@code person} line per person mentioned at least once, and a
 * {@code network} line per network with a member mentioned. The schema is documented in the module's README.
 */
public final class TruthWriter {
    /** The version of the truth schema, written in the header. */
    public static final int SCHEMA = 1;

    private final JsonGenerator out;

    public TruthWriter(JsonGenerator out) {
        this.out = out;
    }

    public void header(long seed, long concerns, int districts, int districtConcerns) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "town");
        out.writeNumberField("schema", SCHEMA);
        out.writeStringField("generator", "vigil-town");
        out.writeNumberField("seed", seed);
        out.writeNumberField("concerns", concerns);
        out.writeNumberField("districts", districts);
        out.writeNumberField("district_concerns", districtConcerns);
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** The mention {@code "<concern id>/<ref>"} is of {@code person}, written in this form. */
    public void mention(String concernId, String ref, Person person, NameForm form) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "mention");
        out.writeFieldName("mention");
        out.writeString(concernId + "/" + ref);
        out.writeStringField("person", person.id);
        out.writeStringField("form", form.wire());
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** The person line; call only for people mentioned at least once. */
    public void person(Person p) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "person");
        out.writeStringField("person", p.id);
        out.writeStringField("kind", p.kind.wire());
        out.writeStringField("name", p.fullName());
        out.writeStringField("sex", String.valueOf(p.sex));
        out.writeStringField("born", Times.date(p.bornDay));
        if (p.nickname != null) {
            out.writeStringField("nickname", p.nickname);
        }
        if (p.alias != null) {
            out.writeStringField("alias", p.alias);
        }
        if (p.nicknameOnly) {
            out.writeBooleanField("nickname_only", true);
        }
        if (p.network != null) {
            out.writeStringField("network", p.network);
        }
        if (p.occupation != null) {
            out.writeStringField("occupation", p.occupation.words());
        }
        if (p.professionalId != null) {
            out.writeStringField("professional", p.professionalId);
        }
        List<String> offenders = new ArrayList<>(p.exploitedBy.size());
        for (Person o : p.exploitedBy) {
            if (o.isMentioned()) {
                offenders.add(o.id);
            }
        }
        if (!offenders.isEmpty()) {
            strings("exploited_by", offenders);
        }
        out.writeArrayFieldStart("mentioned");
        for (long t : p.mentionTimes()) {
            out.writeString(Times.utc(t));
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /**
     * The network line, listing only members and victims who are mentioned; returns false, writing nothing, for a
     * lone offender or a network none of whose members is mentioned.
     */
    public boolean network(Network n) throws IOException {
        List<String> members = new ArrayList<>();
        for (Person m : n.members) {
            if (m.isMentioned()) {
                members.add(m.id);
            }
        }
        if (n.isLone() || members.isEmpty()) {
            return false;
        }
        List<String> victims = new ArrayList<>();
        for (Person v : n.victims) {
            if (v.isMentioned()) {
                victims.add(v.id);
            }
        }
        out.writeStartObject();
        out.writeStringField("type", "network");
        out.writeStringField("network", n.id);
        strings("members", members);
        strings("victims", victims);
        out.writeStringField("active_from", Times.date(n.firstDay));
        out.writeStringField("active_to", Times.date(n.lastDay));
        if (n.caughtDay >= 0) {
            out.writeStringField("caught", Times.date(n.caughtDay));
        }
        List<String> phones = new ArrayList<>();
        for (Phone phone : n.phones) {
            phones.add(phone.digits());
        }
        strings("phones", phones);
        List<String> vehicles = new ArrayList<>();
        for (Car car : n.cars) {
            vehicles.add(car.vrm());
        }
        strings("vehicles", vehicles);
        List<String> places = new ArrayList<>();
        for (Place place : n.places) {
            places.add(place.name() != null ? place.name() : place.informal());
        }
        strings("places", places);
        out.writeEndObject();
        out.writeRaw('\n');
        return true;
    }

    private void strings(String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
