package org.vigil.town.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The named places of one district: takeaways, taxi firms, hotels, car parks, parks, schools, children's homes and
 * shops, with streets and postcodes. Names are generic (every English town has a "Star Pizza"); postcodes use the
 * areas V?, X? and Q?, which no real UK postcode uses.
 */
public final class PlaceBook {
    private static final String[] STREETS = {
        "Station Road", "Church Street", "Mill Lane", "Victoria Avenue", "High Street", "Park Road", "Wellgate",
        "Market Street", "Bridge Street", "Queen Street", "King Street", "Albert Road", "Moorgate", "Westgate",
        "Eastwood Road", "Canal Side", "Chapel Walk", "Hill Top Road", "Greenfield Close", "Oak Avenue",
        "Willow Crescent", "Beech Road", "Elm Grove", "Sheffield Road", "Doncaster Road", "Fitzwilliam Street",
        "Hollow Lane", "Nelson Street", "Albion Road", "Cemetery Road", "School Lane", "Springfield Road",
        "Meadow View", "Quarry Lane", "Foundry Street", "Colliery Road", "Burns Avenue", "Shakespeare Road",
        "Milton Road", "Brook Lane",
    };
    private static final String[] TAKEAWAYS = {"Star Pizza", "Golden Fry", "Express Grill", "Pizza Palace",
        "Mr Crispy", "Roma Pizza", "Grill House", "Top Spice", "Happy Garden", "Lucky Star", "The Chippy",
        "Jolly Fryer", "Village Balti", "Kebab King", "Chicken Shack", "Mega Bite", "Sunrise Cafe", "Dragon House"};
    private static final String[] TAXI_FIRMS = {"Town Cars", "A1 Taxis", "Central Cabs", "Star Cars", "Station Taxis",
        "Vale Private Hire", "Ace Cars", "24-7 Cars", "Gold Line", "Apollo Cars", "City Cabs", "Express Cars"};
    private static final String[] HOTELS = {"Station Hotel", "Riverside Hotel", "Park View Guest House", "Crown Inn",
        "Bridge Hotel", "Motorway Lodge", "Grange Hotel", "Royal Oak B&B"};
    private static final String[] CAR_PARKS = {"Market car park", "Leisure centre car park", "retail park car park",
        "Bridge Street multi-storey", "hospital car park", "bus station car park", "canal car park"};
    private static final String[] PARKS = {"Memorial Park", "Riverside Park", "Valley Park", "the rec",
        "Mill Pond park", "Cemetery Road playing fields"};
    private static final String[] SCHOOLS = {"Valley Comprehensive", "St Anne's Primary", "Oakwood High",
        "Hill Top Academy", "Meadowbank School", "Northfield Primary", "St Bede's High", "Riverside College",
        "Greenfield Pupil Referral Unit", "Eastwood Juniors"};
    private static final String[] CARE_HOMES = {"Elm House", "Oakfield", "The Lodge", "Beech Grove", "Willow View",
        "Hawthorn House"};
    private static final String[] SHOPS = {"the corner shop", "the off-licence", "Market newsagent",
        "the phone shop", "the garage shop", "the chemist"};
    private static final Map<PlaceKind, String[]> NAMES = new EnumMap<>(Map.of(
            PlaceKind.TAKEAWAY, TAKEAWAYS, PlaceKind.TAXI_FIRM, TAXI_FIRMS, PlaceKind.HOTEL, HOTELS,
            PlaceKind.CAR_PARK, CAR_PARKS, PlaceKind.PARK, PARKS, PlaceKind.SCHOOL, SCHOOLS,
            PlaceKind.CARE_HOME, CARE_HOMES, PlaceKind.SHOP, SHOPS));
    private static final String INFORMAL_LETTERS = "VXQ";

    private final Map<PlaceKind, List<Place>> byKind = new EnumMap<>(PlaceKind.class);
    private final String postcodeArea;
    private final int postcodeBase;
    private int serial;

    /** The places of district {@code district}, about {@code scale} times a standard town's. */
    public PlaceBook(Dice dice, int district, double scale) {
        postcodeArea = INFORMAL_LETTERS.charAt(district % 3) + String.valueOf((char) ('A' + (district / 3) % 26));
        postcodeBase = 1 + 10 * ((district / 78) % 9);
        add(dice, PlaceKind.TAKEAWAY, count(dice, 7, scale));
        add(dice, PlaceKind.TAXI_FIRM, count(dice, 3, scale));
        add(dice, PlaceKind.HOTEL, count(dice, 2, scale));
        add(dice, PlaceKind.CAR_PARK, count(dice, 3, scale));
        add(dice, PlaceKind.PARK, count(dice, 2, scale));
        add(dice, PlaceKind.SCHOOL, count(dice, 5, scale));
        add(dice, PlaceKind.CARE_HOME, count(dice, 2, scale));
        add(dice, PlaceKind.SHOP, count(dice, 3, scale));
    }

    public List<Place> all(PlaceKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public Place any(PlaceKind kind, Dice dice) {
        return dice.pick(all(kind));
    }

    /** A new address in this district: a house, or sometimes a flat. */
    public Address address(Dice dice) {
        String flat = dice.chance(0.15) ? "Flat " + dice.between(1, 12) : null;
        return new Address(flat, dice.between(1, 180), dice.pick(STREETS), postcode(dice));
    }

    /** A private address used as a place (a flat, a house where parties are held). */
    public Place privateAddress(Dice dice, String description) {
        Address address = address(dice);
        return new Place("L" + (serial++), PlaceKind.ADDRESS, null, description + " on " + address.street(), address);
    }

    private String postcode(Dice dice) {
        return postcodeArea + (postcodeBase + dice.below(9)) + " " + dice.between(1, 9)
                + (char) ('A' + dice.below(26)) + (char) ('A' + dice.below(26));
    }

    private static int count(Dice dice, int standard, double scale) {
        return Math.max(1, (int) Math.round(standard * scale * dice.uniform(0.7, 1.3)));
    }

    private void add(Dice dice, PlaceKind kind, int count) {
        String[] names = NAMES.get(kind);
        List<Place> places = new ArrayList<>(count);
        int start = dice.below(names.length);
        for (int i = 0; i < count; i++) {
            String name = names[(start + i) % names.length];
            if (i >= names.length) {
                name = name + " " + (i / names.length + 1);
            }
            Address address = address(dice);
            places.add(new Place("L" + (serial++), kind, name, informal(kind, address.street()), address));
        }
        byKind.put(kind, places);
    }

    private static String informal(PlaceKind kind, String street) {
        String what = switch (kind) {
            case TAKEAWAY -> "the takeaway";
            case TAXI_FIRM -> "the taxi office";
            case HOTEL -> "the hotel";
            case CAR_PARK -> "the car park";
            case PARK -> "the park";
            case SCHOOL -> "the school";
            case CARE_HOME -> "the children's home";
            case SHOP -> "the shop";
            default -> "the place";
        };
        return what + " on " + street;
    }
}
