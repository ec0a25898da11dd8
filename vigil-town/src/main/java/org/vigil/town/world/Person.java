package org.vigil.town.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One real person of the town, as only the ground truth knows them. Reports see a person partially and
 * inconsistently; the ways they are written down live in {@code org.vigil.town.wire}.
 */
public final class Person {
    public final String id;
    public final Kind kind;
    public final char sex;
    public final int bornDay;
    public final String given;
    public final String surname;
    private final String fullName;
    /** Another name used, often, but not only, by the offenders: a short form or a street name; may be null. */
    public String nickname;
    /** A false full name given when stopped; may be null. */
    public String alias;
    /** Never written down by a real name: only a nickname, a phone or a car. */
    public boolean nicknameOnly;
    public String network;
    public Occupation occupation;
    /** The author id this person also submits reports under, when they are a professional. */
    public String professionalId;
    public Address home;
    public final List<Phone> phones = new ArrayList<>(1);
    public final List<Car> cars = new ArrayList<>(1);
    /** For victims: the offenders who exploited them. */
    public final List<Person> exploitedBy = new ArrayList<>(0);
    /** How much of a network's activity this member is seen in (offenders); 1 for everyone else. */
    public double prominence = 1.0;

    private long[] mentioned = new long[2];
    private int mentions;
    private long lastConcern = Long.MIN_VALUE;

    public Person(String id, Kind kind, char sex, int bornDay, String given, String surname) {
        this.id = id;
        this.kind = kind;
        this.sex = sex;
        this.bornDay = bornDay;
        this.given = given;
        this.surname = surname;
        this.fullName = given + " " + surname;
    }

    public String fullName() {
        return fullName;
    }

    public boolean isChildOn(int day) {
        return Calendar.age(bornDay, day) < 18;
    }

    /**
     * Records that a concern received at {@code received} names this person. A concern that names the same person
     * twice counts once; {@code concernSerial} tells concerns apart.
     */
    public void mentionedAt(long received, long concernSerial) {
        if (concernSerial == lastConcern) {
            return;
        }
        lastConcern = concernSerial;
        if (mentions == mentioned.length) {
            mentioned = Arrays.copyOf(mentioned, mentions * 2);
        }
        mentioned[mentions++] = received;
    }

    /** The times of the concerns that name this person, earliest first. */
    public long[] mentionTimes() {
        long[] times = Arrays.copyOf(mentioned, mentions);
        Arrays.sort(times);
        return times;
    }

    public boolean isMentioned() {
        return mentions > 0;
    }

    @Override
    public String toString() {
        return id + " " + fullName() + " (" + kind.wire() + ")";
    }
}
