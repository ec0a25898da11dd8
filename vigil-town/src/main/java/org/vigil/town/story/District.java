package org.vigil.town.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.PhonePool;

/**
 * One district of the town, generated whole: about {@code size} concerns received 1997–2013 and their decisions,
 * ordered as they would reach Vigil (each agency's records arrive after a delay of their own, a few years late
 * when old files are loaded in bulk), so the file is roughly but not strictly in time order. A big town is a run
 * of districts; each holds its own people, which keeps memory flat however many concerns are asked for.
 */
public final class District {
    /** The number of concerns a district is scaled against. */
    public static final double STANDARD_SIZE = 3000;
    private static final double AMENDMENT_SHARE = 0.004;

    private final World world;
    private final List<ConcernPlan> concerns;
    private final List<DecisionPlan> decisions;

    private District(World world, List<ConcernPlan> concerns, List<DecisionPlan> decisions) {
        this.world = world;
        this.concerns = concerns;
        this.decisions = decisions;
    }

    /** Generates district {@code index} with exactly {@code size} concerns. */
    public static District generate(Dice dice, int index, int size, TownParams town, PhonePool phones,
            Serials serials) {
        TownParams params = town.forDistrict(dice.fork("params"));
        World world = new World(dice.fork("world"), index, Math.max(size, 1) / STANDARD_SIZE, params, phones, serials);
        BenignStory benign = new BenignStory(world, dice.fork("benign"));
        benign.populate();

        int amendments = (int) Math.round(size * AMENDMENT_SHARE);
        int exploitation = (int) Math.round(size * params.exploitationShare());
        int benignBudget = (int) Math.round(size * params.benignShare());
        int volumeCrime = (int) Math.round(size * params.volumeCrimeShare());
        int households = size - amendments - exploitation - benignBudget - volumeCrime;
        new NetworkStory(world, dice.fork("networks")).run(exploitation);
        benign.run(benignBudget);
        new HouseholdStory(world, dice.fork("households")).run(households);
        new VolumeCrimeStory(world, dice.fork("volume crime")).run(volumeCrime);
        amend(world, dice.fork("amendments"), amendments);
        shareWithinNetworks(world);

        List<ConcernPlan> concerns = new ArrayList<>(world.concerns);
        concerns.sort(Comparator.comparingLong(c -> c.received));
        for (ConcernPlan concern : concerns) {
            concern.id = serials.recordId(concern.agency.idPrefix(), Calendar.year(Calendar.dayOf(concern.received)));
        }
        List<DecisionPlan> decisions = new Decisions(world, dice.fork("decisions")).decide(concerns);
        decisions.sort(Comparator.comparingLong(d -> d.at));
        for (DecisionPlan decision : decisions) {
            decision.id = serials.recordId("D", Calendar.year(Calendar.dayOf(decision.at)));
        }
        arrival(concerns, decisions, dice.fork("arrival"));
        return new District(world, concerns, decisions);
    }

    /** Concerns and decisions in the order they are written: by arrival, not by event time. */
    public List<Object> inFileOrder() {
        List<Object> records = new ArrayList<>(concerns.size() + decisions.size());
        records.addAll(concerns);
        records.addAll(decisions);
        records.sort(Comparator.comparingLong(District::position));
        return records;
    }

    public List<ConcernPlan> concerns() {
        return concerns;
    }

    public List<DecisionPlan> decisions() {
        return decisions;
    }

    /** Everyone in the district, in the order they were created. */
    public List<Person> people() {
        return world.people;
    }

    public List<Network> networks() {
        return world.networks;
    }

    private static long position(Object record) {
        return record instanceof ConcernPlan c ? c.position : ((DecisionPlan) record).position;
    }

    private static void arrival(List<ConcernPlan> concerns, List<DecisionPlan> decisions, Dice dice) {
        for (ConcernPlan concern : concerns) {
            double lagDays = dice.chance(0.01) ? dice.between(365, 6 * 365) : dice.exponential(concern.agency.meanLagDays());
            concern.position = concern.received + (long) (lagDays * Calendar.DAY_SECONDS);
        }
        for (DecisionPlan decision : decisions) {
            decision.position = decision.at + (long) (dice.exponential(2) * Calendar.DAY_SECONDS);
        }
    }

    /** Corrections: a later record from the same author that amends an earlier one, with the details put right. */
    private static void amend(World world, Dice dice, int count) {
        int originals = world.concerns.size();
        for (int i = 0; i < count && originals > 0; i++) {
            ConcernPlan original = world.concerns.get(dice.below(originals));
            int day = Calendar.dayOf(original.received) + dice.between(1, 30);
            long received = Math.min(Calendar.at(Calendar.LAST_DAY, 23 * 60 + 59),
                    original.received + (long) (day - Calendar.dayOf(original.received)) * Calendar.DAY_SECONDS
                            + dice.between(0, 600) * 60L);
            received = Math.max(received, original.received + 60);
            ConcernPlan amendment = new ConcernPlan(received, original.agency, original.author, original.scene,
                    dice.nextLong());
            amendment.amends = original;
            amendment.network = original.network;
            amendment.detail = 2;
            amendment.localTime = original.localTime;
            for (SubjectPlan s : original.subjects) {
                SubjectPlan again = amendment.add(s.person, s.role);
                s.phones.forEach(again::phone);
                s.cars.forEach(again::car);
                s.places.forEach(again::place);
                again.address = true;
                again.exact = true;
            }
            amendment.places.addAll(original.places);
            amendment.indicators = original.indicators;
            amendment.offences = original.offences;
            amendment.grading = original.grading;
            amendment.sceneCar = original.sceneCar;
            amendment.scenePlace = original.scenePlace;
            world.concerns.add(amendment);
        }
    }

    /**
     * Networks share cars, phones and premises; make sure the records show it for every network with two or more
     * members on record: the two most-reported members are each written once, in full, with the network's first
     * premises.
     */
    private static void shareWithinNetworks(World world) {
        Map<Network, Map<Person, List<SubjectPlan>>> seen = new LinkedHashMap<>();
        for (ConcernPlan concern : world.concerns) {
            if (concern.network == null || concern.network.isLone()) {
                continue;
            }
            for (SubjectPlan s : concern.subjects) {
                if (s.person.network != null && s.role.equals("suspect")) {
                    seen.computeIfAbsent(concern.network, n -> new LinkedHashMap<>())
                            .computeIfAbsent(s.person, p -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Map.Entry<Network, Map<Person, List<SubjectPlan>>> entry : seen.entrySet()) {
            List<List<SubjectPlan>> members = new ArrayList<>(entry.getValue().values());
            if (members.size() < 2) {
                continue;
            }
            members.sort(Comparator.comparingInt(l -> -l.size()));
            for (int i = 0; i < 2; i++) {
                SubjectPlan s = members.get(i).get(0);
                s.place(entry.getKey().places.get(0));
                s.exact = true;
            }
        }
    }
}
