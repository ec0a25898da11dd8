package org.vigil.town.story;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Network;

/**
 * What professionals decided, and what they never decided. Most police decisions close the concern with no
 * further action, for the reasons the inquiries quote ("lifestyle choice", "consensual", "no complaint made");
 * other agencies refer on, hold strategy meetings or close at screening; many concerns get no recorded decision at
 * all. Where a network is finally investigated, old concerns about its victims are reopened and end in charge or
 * conviction, often a decade after they were first received.
 */
final class Decisions {
    private static final String[] EXPLOITATION_NFA = {
        "lifestyle choice", "no complaint made", "consensual", "relationship appears consensual",
        "she is not willing to make a complaint", "returned safe and well; no offences disclosed",
        "she is known to run away and puts herself at risk", "insufficient evidence to proceed",
        "intelligence only; filed", "victim not credible as a witness", "no evidence of any offence",
        "she says he is her boyfriend", "she went willingly", "CPS advice: no realistic prospect of conviction",
        "lifestyle choice; no complaint made", "girl unwilling to engage with police", "parents not supporting a complaint",
    };
    private static final String[] ROUTINE_NFA = {
        "no offences disclosed", "advice given", "words only; no complaint", "civil matter",
        "returned safe and well", "no police action required", "complainant withdrew", "no evidence of an offence",
        "referred to partner agencies; no police action", "dealt with by words of advice",
    };
    private static final String[] CARE_NFA = {
        "threshold not met", "family engaging with universal services", "advice and information given",
        "closed at screening", "no role for children's social care", "needs met by the school",
        "young person declined support", "parent managing risk",
    };
    private static final String[] POLICE_ACTION = {"crime_recorded", "investigation", "referred", "arrest",
        "strategy_meeting", "other"};
    private static final String[] CARE_ACTION = {"referred", "strategy_meeting", "safeguarding_plan", "other"};
    private static final String[] AGENCY_ACTION = {"referred", "other"};

    private final World world;
    private final Dice dice;
    private final List<DecisionPlan> made = new ArrayList<>();

    Decisions(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
    }

    /** Decides on each concern (already in order of receipt), then adds the late outcomes of investigations. */
    List<DecisionPlan> decide(List<ConcernPlan> concerns) {
        for (ConcernPlan concern : concerns) {
            if (concern.agency.isPolice()) {
                if (dice.chance(concern.agency == Agency.POLICE_INTELLIGENCE ? 0.7 : 0.82)) {
                    police(concern, 0);
                }
            } else if (concern.agency == Agency.SOCIAL_CARE) {
                if (!dice.chance(world.params.undecidedShare() - 0.2)) {
                    care(concern);
                }
            } else if (!dice.chance(world.params.undecidedShare())) {
                if (dice.chance(0.55)) {
                    long at = concern.received + delay(4);
                    DecisionPlan referral = decision(concern, at, world.staff.author(concern.agency,
                            Calendar.dayOf(at), dice), dice.pick(AGENCY_ACTION), null);
                    if (referral.outcome.equals("referred") && dice.chance(0.35)) {
                        police(concern, 3);
                    }
                } else {
                    care(concern);
                }
            }
        }
        for (Network network : world.networks) {
            if (network.caughtDay >= 0) {
                reopen(network, concerns);
            }
        }
        return made;
    }

    private void police(ConcernPlan concern, int extraDays) {
        long at = concern.received + (long) ((extraDays + dice.exponential(6) + 0.1) * Calendar.DAY_SECONDS);
        Staff officer = world.staff.policeDecider(Calendar.dayOf(at), dice);
        if (dice.chance(world.params.policeNfa())) {
            String reason = dice.pick(concern.scene.exploitation() ? EXPLOITATION_NFA : ROUTINE_NFA);
            decision(concern, at, officer, "no_further_action", reason);
        } else {
            decision(concern, at, officer, POLICE_ACTION[dice.weighted(3, 2, 2, 1, 1, 0.5)], null);
        }
    }

    private void care(ConcernPlan concern) {
        long at = concern.received + (long) ((dice.exponential(4) + 0.1) * Calendar.DAY_SECONDS);
        Staff worker = world.staff.socialCare(Calendar.dayOf(at), dice);
        if (dice.chance(concern.scene.exploitation() ? 0.4 : 0.5)) {
            decision(concern, at, worker, "no_further_action", dice.pick(CARE_NFA));
        } else {
            decision(concern, at, worker, CARE_ACTION[dice.weighted(3, 2, 2, 1)], null);
        }
    }

    /**
     * The investigation of {@code network}: its historic allegations are investigated and charged, its arrests
     * charged, and a few of the earliest concerns about its victims end in conviction years after they arrived.
     */
    private void reopen(Network network, List<ConcernPlan> concerns) {
        long caught = Calendar.at(network.caughtDay, 10 * 60);
        List<ConcernPlan> early = new ArrayList<>();
        for (ConcernPlan concern : concerns) {
            if (concern.network != network) {
                continue;
            }
            if (concern.scene == Scene.HISTORIC_ALLEGATION || concern.scene == Scene.ARREST_REPORT) {
                long at = Math.max(concern.received + Calendar.DAY_SECONDS, caught)
                        + (long) dice.between(0, 300) * Calendar.DAY_SECONDS;
                Staff officer = world.staff.policeDecider(Calendar.dayOf(at), dice);
                if (concern.scene == Scene.ARREST_REPORT && dice.chance(0.35)) {
                    decision(concern, at, officer, "no_further_action", "insufficient evidence; released");
                } else {
                    decision(concern, at, officer, dice.chance(0.5) ? "charge" : "investigation", null);
                }
            } else if (concern.received < caught - 5L * 365 * Calendar.DAY_SECONDS && concern.agency.isPolice()) {
                early.add(concern);
            }
        }
        for (int i = 0, n = Math.min(early.size(), dice.between(1, 2)); i < n; i++) {
            ConcernPlan old = early.remove(dice.below(Math.min(early.size(), 12)));
            long charged = caught + (long) dice.between(60, 400) * Calendar.DAY_SECONDS;
            decision(old, charged, world.staff.policeDecider(Calendar.dayOf(charged), dice), "charge", null);
            long convicted = charged + (long) dice.between(200, 800) * Calendar.DAY_SECONDS;
            decision(old, convicted, world.staff.policeDecider(Calendar.dayOf(convicted), dice), "conviction", null);
        }
    }

    private DecisionPlan decision(ConcernPlan concern, long at, Staff by, String outcome, String reason) {
        long latest = Calendar.at(Calendar.LAST_DECISION_DAY, 23 * 60);
        DecisionPlan plan = new DecisionPlan(concern, Math.min(at, latest), by, outcome, reason);
        made.add(plan);
        return plan;
    }

    private long delay(double meanDays) {
        return (long) ((dice.exponential(meanDays) + 0.1) * Calendar.DAY_SECONDS);
    }
}
