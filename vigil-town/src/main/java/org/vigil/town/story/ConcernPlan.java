package org.vigil.town.story;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Car;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.Place;

/**
 * A concern as the town produced it, before it is written: when, by whom, about whom, and what it shows.
 * The id is given once all concerns of a district are known, in order of receipt.
 */
public final class ConcernPlan {
    public final long received;
    public final Agency agency;
    public final Staff author;
    public final Scene scene;
    public final long seed;
    public final List<SubjectPlan> subjects = new ArrayList<>(3);
    /** Places named by the concern but by none of its subjects. */
    public final List<Place> places = new ArrayList<>(1);
    public int indicators;
    public List<String> offences = List.of();
    /** {@code null}, or {scheme, source, intelligence, handling} with scheme "3x5x2" or "5x5x5". */
    public String[] grading;
    public ConcernPlan amends;
    /** The concern this one repeats (a referral recorded again by the agency that received it). */
    public ConcernPlan copyOf;
    /** The network behind it, if exploitation produced it. */
    public Network network;
    /** How much the report reveals: 0 sparse, 1 usual, 2 thorough. */
    public int detail = 1;
    /** Write {@code received} as local time with its UTC offset rather than as UTC. */
    public boolean localTime;
    /** For a historic allegation: the child's age when the abuse began. */
    public int ageThen = -1;
    /** Which narrative the story chose, or -1 to let the writer draw one. */
    public int variant = -1;
    /** The car and place the narrative talks about, if any. */
    public Car sceneCar;
    public Place scenePlace;

    public String id;
    public long position;

    public ConcernPlan(long received, Agency agency, Staff author, Scene scene, long seed) {
        this.received = received;
        this.agency = agency;
        this.author = author;
        this.scene = scene;
        this.seed = seed;
    }

    public SubjectPlan add(Person person, String role) {
        for (SubjectPlan s : subjects) {
            if (s.person == person) {
                return s;
            }
        }
        SubjectPlan subject = new SubjectPlan(person, role);
        subjects.add(subject);
        return subject;
    }

    public boolean names(Person person) {
        for (SubjectPlan s : subjects) {
            if (s.person == person) {
                return true;
            }
        }
        return false;
    }

    public ConcernPlan flag(Indicator indicator) {
        indicators |= indicator.bit();
        return this;
    }

    public ConcernPlan flagIf(boolean yes, Indicator indicator) {
        if (yes) {
            indicators |= indicator.bit();
        }
        return this;
    }

    /** The first subject with this role, or null. */
    public SubjectPlan first(String role) {
        for (SubjectPlan s : subjects) {
            if (s.role.equals(role)) {
                return s;
            }
        }
        return null;
    }

    public List<SubjectPlan> all(String role) {
        List<SubjectPlan> found = new ArrayList<>(2);
        for (SubjectPlan s : subjects) {
            if (s.role.equals(role)) {
                found.add(s);
            }
        }
        return found;
    }
}
