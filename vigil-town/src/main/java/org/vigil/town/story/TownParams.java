package org.vigil.town.story;

import org.vigil.town.world.Dice;

/**
 * The character of one town, drawn from its seed so that towns differ: how much of the work is exploitation,
 * how often the police close a concern with no further action, how busy networks are, how often anyone is caught.
 *
 * @param exploitationShare  share of concerns that exploitation produced
 * @param benignShare        share of concerns in which an adult who works with children appears
 * @param policeNfa          chance that a routine police decision is no further action (Jay 2014: most were)
 * @param victimRate         multiplier on how many children each network exploits
 * @param intelligenceRate   intelligence logs per network per year
 * @param operationChance    chance that a network still active after 2008 is investigated in the end
 * @param nicknameOnlyShare  share of offenders never written down by a real name
 * @param undecidedShare     share of non-police concerns nobody records a decision on
 * @param volumeCrimeShare   share of concerns that are police reports of burglary, vehicle crime or robbery
 */
public record TownParams(double exploitationShare, double benignShare, double policeNfa, double victimRate,
        double intelligenceRate, double operationChance, double nicknameOnlyShare, double undecidedShare,
        double volumeCrimeShare) {

    public static TownParams draw(Dice dice) {
        return new TownParams(dice.uniform(0.22, 0.34), dice.uniform(0.13, 0.20), dice.uniform(0.865, 0.895),
                dice.uniform(0.7, 1.4), dice.uniform(0.4, 1.6), dice.uniform(0.25, 0.55), dice.uniform(0.12, 0.3),
                dice.uniform(0.45, 0.6), dice.uniform(0.08, 0.12));
    }

    /** The same town's character as one of its districts shows it: a little busier or quieter. */
    public TownParams forDistrict(Dice dice) {
        return new TownParams(exploitationShare * dice.uniform(0.8, 1.2), benignShare * dice.uniform(0.85, 1.15),
                policeNfa, victimRate * dice.uniform(0.8, 1.25), intelligenceRate * dice.uniform(0.7, 1.3),
                operationChance, nicknameOnlyShare, undecidedShare, volumeCrimeShare);
    }
}
