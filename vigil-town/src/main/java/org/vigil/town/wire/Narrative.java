package org.vigil.town.wire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.town.story.Scene;
import org.vigil.town.world.Dice;

/**
 * The free-text narrative of a concern, in the plain and sometimes dismissive language of the period's records.
 * Names appear as the report wrote them in its subjects. Fill in the fields, then call {@link #write}.
 */
final class Narrative {
    String victim = "the young person";
    String suspect = "an older male";
    String suspect2 = "another male";
    String reporter = "a parent";
    String witness = "staff";
    String car = "car";
    String place = "town";
    String phone;
    String agency = "a partner agency";
    int age = -1;
    int suspectAge = -1;
    int then = -1;
    char sex = 'F';

    /** Which template to use, when the story knows (e.g. which kind of club incident); -1 to draw one. */
    int variant = -1;

    String write(Scene scene, Dice dice) {
        Object[][] templates = COMPILED.get(scene);
        Object[] template = templates[variant >= 0 ? variant % templates.length : dice.below(templates.length)];
        if (sex == 'M' && template[0] == PREGNANCY) {
            template = templates[0];
        }
        return fill(template);
    }

    /** The fields a template can name, in braces: {@code {v}}, {@code {a car}} and so on. */
    private static final Map<String, Integer> FIELDS = fields("v", "s", "s2", "r", "w", "car", "a car", "place", "phone",
            "(phone)", "agency", "age", "sage", "(sage)", "then", "she", "She", "her", "him");
    /** Marks a template that only fits a girl. */
    private static final String PREGNANCY = "pregnancy";
    /**
     * Each scene's templates, split once into literal text (a {@code String}) and fields (an {@code Integer});
     * a template that only fits a girl starts with {@link #PREGNANCY}.
     */
    private static final Map<Scene, Object[][]> COMPILED = compile();

    private static Map<String, Integer> fields(String... names) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i);
        }
        return map;
    }

    private static Map<Scene, Object[][]> compile() {
        Map<Scene, Object[][]> compiled = new EnumMap<>(Scene.class);
        for (Scene scene : Scene.values()) {
            String[] texts = templates(scene);
            Object[][] parts = new Object[texts.length][];
            for (int t = 0; t < texts.length; t++) {
                List<Object> split = new ArrayList<>();
                if (texts[t].contains("pregnancy")) {
                    split.add(PREGNANCY);
                }
                String text = texts[t];
                int i = 0;
                while (i < text.length()) {
                    int open = text.indexOf('{', i);
                    if (open < 0) {
                        split.add(text.substring(i));
                        break;
                    }
                    if (open > i) {
                        split.add(text.substring(i, open));
                    }
                    int close = text.indexOf('}', open);
                    Integer field = FIELDS.get(text.substring(open + 1, close));
                    if (field == null) {
                        throw new IllegalStateException("unknown narrative field in: " + text);
                    }
                    split.add(field);
                    i = close + 1;
                }
                parts[t] = split.toArray();
            }
            compiled.put(scene, parts);
        }
        return compiled;
    }

    private static String[] templates(Scene scene) {
        return switch (scene) {
            case MISSING_EPISODE -> new String[] {
                "{v} reported missing by {r}. Returned the next morning and would not say where {she} had been.",
                "{v} ({age}) missing overnight again. Found at {place} with {s}, who was given words of advice.",
                "Missing from home. {v} was seen getting into {a car} near {place}. Returned next day smelling of alcohol.",
                "{v} missing for two days. Believed to be with {s}. Returned of {her} own accord.",
            };
            case ABSCONDED_FROM_CARE -> new String[] {
                "{v} left the home at 19:30 without permission. Staff saw {him} get into {a car}. Returned 03:10.",
                "{v} absconded again; fourth time this month. Said {she} was with {her} boyfriend {s}.",
            };
            case DISCLOSURE -> new String[] {
                "{v} told staff {her} boyfriend {s} is {sage} and picks {him} up in {a car}. He buys {him} phone credit and vodka.",
                "{v} says {she} goes to {place} with {s} and his friends. {She} says they are {her} mates and {she} is fine.",
                "Worker saw {v} get into {a car} outside the project. {s} was driving; two other men in the car.",
                "{v} has a new phone and says {s} gave it to {him}. {She} has stopped coming to sessions.",
            };
            case CLINIC_VISIT -> new String[] {
                "{v} ({age}) attended asking for emergency contraception. Said partner is {s}{(sage)}.",
                "Third attendance this year. Partner named only as {s}. Declined to give more detail.",
                "{v} attended for a pregnancy test. Said {she} has more than one partner. Would not name them.",
            };
            case SCHOOL_CONCERN -> new String[] {
                "{v}'s attendance has fallen sharply. Staff have seen {him} collected at the gate by men in {a car}.",
                "{v} has new expensive clothes and a second phone. {She} says {her} boyfriend {s} gave them to {him}.",
                "{v} left school at lunchtime in {a car}. Friends say the driver is called {s}.",
            };
            case HOSPITAL_ATTENDANCE -> new String[] {
                "{v} ({age}) brought in at 02:40 heavily intoxicated. Would not say who {she} had been with.",
                "Attended with bruising to {her} arms. Says {she} fell. A man who said he was {her} cousin left before staff could speak to him.",
                "{v} ({age}) brought in by taxi from {place}. Intoxicated; later collected by {s}.",
            };
            case PARENT_REPORT -> new String[] {
                "{r} reports that {v} stays out overnight, has money and gifts {she} cannot explain and is picked up by older men including {s}.",
                "{r} found messages on {v}'s phone from {s}{(phone)}. Wants police to stop him.",
                "{r} says {v} is being collected from the house late at night by {a car}. Driver known as {s}.",
            };
            case SOCIAL_CARE_ASSESSMENT -> new String[] {
                "Initial assessment: {v} may be at risk of sexual exploitation. Associating with older males ({s}). Parent struggling.",
                "Strategy discussion about {v}. Concerns about {her} relationship with {s}; {she} denies any harm.",
                "Core assessment completed. {v} is described as streetwise and making {her} own choices.",
            };
            case CRIME_REPORT -> new String[] {
                "{v} alleges {she} was taken to {place} by {s} and others and sexually assaulted. Later declined to give a statement.",
                "Report of sexual activity with a child: {v} ({age}) and {s}. {v} says it was {her} choice.",
                "{v} reports {s} and {s2} made {him} get into {a car} and drove {him} to {place}.",
            };
            case INTELLIGENCE -> new String[] {
                "Intelligence that {s} is supplying alcohol and cannabis to girls aged 13 to 15 at {place} and driving them around in {a car}.",
                "{s} and {s2} seen with young girls in {a car} near {place} late at night.",
                "Information that {s} uses {phone} to arrange to meet schoolgirls.",
                "Source reports girls are taken to {place} where older men give them alcohol. {s} named.",
            };
            case TAXI_COMPLAINT -> new String[] {
                "Complaint that the driver of {a car} from {place} has been seen with schoolgirls in the vehicle late at night. Driver named as {s}.",
                "Member of the public reports a licensed driver ({s}) giving free rides to young girls.",
            };
            case REFERRAL_COPY -> new String[] {
                "Referral received from {agency}: concerns for {v} and {her} association with {s}.",
                "Contact from {agency} about {v}. Passed to duty team.",
            };
            case HISTORIC_ALLEGATION -> new String[] {
                "{v}, now {age}, states that from the age of {then} {she} was abused by {s} and other men at {place}.",
                "Statement taken from {v} ({age}) describing abuse by {s} and others when {she} was {then}.",
            };
            case ARREST_REPORT -> new String[] {
                "{s} arrested on suspicion of sexual offences against children as part of an investigation into the exploitation of girls in the town.",
                "Arrests made: {s} and others interviewed about offences against several girls between the early 2000s and now.",
            };
            case NEGLECT -> new String[] {
                "Home conditions are poor; children not attending school regularly. {r} struggling to cope.",
                "Children found home alone late at night. {r} returned at 23:00.",
                "{v} coming to school hungry and in dirty clothes.",
            };
            case DOMESTIC -> new String[] {
                "Domestic incident: {v} assaulted by {s}. Children present in the house.",
                "Verbal argument between {v} and {s}; no injuries. Children asleep upstairs.",
                "Neighbours called police to shouting at the address. {s} had left on arrival.",
            };
            case BULLYING -> new String[] {
                "{v} reports being bullied by {s} in and out of school.",
                "Fight at school between {v} and {s}; both sent home.",
            };
            case ACCIDENT -> new String[] {
                "{v} ({age}) attended with a fractured wrist after falling from a trampoline. Account consistent.",
                "{v} attended after a fall at home. No concerns about the explanation.",
            };
            case ROUTINE_CLINIC -> new String[] {
                "{v} ({age}) attended for contraception advice. Partner of similar age. No concerns identified.",
                "Routine attendance; advice given.",
            };
            case RUNAWAY -> new String[] {
                "{v} ran off after an argument at home. Found at a friend's house two hours later.",
                "{v} missing after school; returned at 22:00 having been at the park with friends.",
            };
            case TEEN_DRINKING -> new String[] {
                "{v} ({age}) found drunk in {place} with friends. Taken home to parents.",
                "Attended intoxicated after a party. Discharged to parent.",
            };
            case ONLINE_WORRY -> new String[] {
                "{v} has been sent unkind messages online by pupils in {her} class.",
                "Parent worried about how long {v} spends chatting online with people from school.",
            };
            case SHOPLIFTING -> new String[] {
                "{v} detained by staff at {place} for theft of cosmetics. Parents informed.",
                "{v} caught taking sweets with friends. Words of advice.",
            };
            case ATTENDANCE -> new String[] {
                "{v}'s attendance is below 80%. Letters sent home; meeting arranged.",
                "Persistent lateness and absence for {v}. Reported by {r}.",
            };
            case FOSTER_MISSING -> new String[] {
                "{v} did not return to placement by the 22:00 curfew. Reported by foster carer {r}. Returned 23:30.",
                "Foster carer {r} reports {v} has not come home from school. Found at a friend's house.",
            };
            case PLACEMENT_REVIEW -> new String[] {
                "Placement review with foster carer {r}. {v} settling well; school attendance improving.",
                "Review of placement. {r} reports {v} is doing well; contact with birth family continues.",
            };
            case TRANSPORT_INCIDENT -> new String[] {
                "School transport driver {w} reports {v} was upset on the journey home.",
                "{v} not at the pick-up point; driver {w} waited and informed the school. Found safe at home.",
                "Two pupils fighting on school transport; driver {w} stopped the {car} and called the school.",
            };
            case CLUB_INCIDENT -> new String[] {
                "{v} ({age}) injured at training; coach {w} brought {him} in.",
                "{v} did not come home after an away match; coach {w} had dropped {him} in town. Returned 21:00.",
                "{v} missing school on match days; coach {w} contacted.",
            };
            case YOUTH_CLUB_INCIDENT -> new String[] {
                "Argument between {v} and other young people at the youth club. Worker {w} intervened.",
                "{v} arrived at the club having been drinking. {w} called {her} parent.",
            };
            case WELFARE_VISIT -> new String[] {
                "Home visit by {w}: {v} seen and spoken to; no new concerns.",
                "Statutory visit by {w}. Children seen together.",
            };
            case TEEN_RELATIONSHIP -> new String[] {
                "{v} ({age}) is in a relationship with {s}, who is {sage}. Parents aware. Advice given.",
                "{v} says {her} boyfriend {s} is older and treats {him} well. Parent worried.",
            };
            case BURGLARY -> new String[] {
                "Burglary at the home of {v}: entry forced through a rear window while the house was empty. Jewellery and a laptop taken.",
                "{v} returned home to find the back door forced and the house searched. Cash and a games console taken.",
                "Attempted break-in at the address of {v}; marks on the door frame, nothing taken.",
            };
            case VEHICLE_CRIME -> new String[] {
                "Car belonging to {v} broken into overnight on the street outside the address; sat-nav and coins taken.",
                "{v} reports {her} car stolen from outside the address overnight. Keys not taken.",
                "Youths seen trying car door handles on the street; {v}'s car found with the lock damaged.",
            };
            case ROBBERY -> new String[] {
                "{v} ({age}) robbed of {her} phone and cash on the way home by a male who threatened {him}.",
                "Street robbery: {v} pushed to the ground and {her} bag taken.",
            };
        };
    }

    private String fill(Object[] template) {
        StringBuilder out = new StringBuilder(160);
        for (Object part : template) {
            if (part == PREGNANCY) {
                continue;
            }
            if (part instanceof String text) {
                out.append(text);
                continue;
            }
            int at = out.length();
            out.append(switch ((Integer) part) {
                case 0 -> victim;
                case 1 -> suspect;
                case 2 -> suspect2;
                case 3 -> reporter;
                case 4 -> witness;
                case 5 -> car;
                case 6 -> (car.isEmpty() || "aeiouAEIOU".indexOf(car.charAt(0)) < 0 ? "a " : "an ") + car;
                case 7 -> place;
                case 8 -> phone != null ? phone : "a mobile";
                case 9 -> phone != null ? " (" + phone + ")" : "";
                case 10 -> agency;
                case 11 -> age >= 0 ? Integer.toString(age) : "age unknown";
                case 12 -> suspectAge > 0 ? "about " + suspectAge : "older";
                case 13 -> suspectAge > 0 ? ", aged about " + suspectAge : "";
                case 14 -> Integer.toString(then >= 0 ? then : 13);
                case 15 -> sex == 'M' ? "he" : "she";
                case 16 -> sex == 'M' ? "He" : "She";
                case 17 -> sex == 'M' ? "his" : "her";
                default -> sex == 'M' ? "him" : "her";
            });
            // A name written in lower case still starts its sentence with a capital.
            if (at < out.length() && (at == 0 || (at >= 2 && out.charAt(at - 2) == '.'))) {
                out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
            }
        }
        return out.toString();
    }
}
