package org.vigil.town.wire;

import java.util.Locale;
import org.vigil.town.world.Address;
import org.vigil.town.world.Car;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Phone;
import org.vigil.town.world.Place;

/**
 * Phones, registrations, cars, addresses and places as people write them: numbers with and without spaces or the
 * +44 prefix and now and then a digit wrong; registrations in part, with {@code ?} for what was not seen;
 * cars by colour and model, with the colour misremembered; addresses abbreviated; places by name or by description.
 */
public final class Details {
    private Details() {
    }

    /** A phone number as written; unless {@code exact}, about one in fifty has a digit wrong. */
    public static String phone(Phone phone, boolean exact, Dice dice) {
        String digits = phone.digits();
        if (!exact && dice.chance(0.02)) {
            int at = 5 + dice.below(digits.length() - 5);
            char wrong = (char) ('0' + (digits.charAt(at) - '0' + 1 + dice.below(9)) % 10);
            digits = digits.substring(0, at) + wrong + digits.substring(at + 1);
        }
        String code = digits.substring(0, phone.codeLength());
        String rest = digits.substring(phone.codeLength());
        return switch (dice.weighted(5, 3, 1.5, 0.7, 0.7, 0.5)) {
            case 0 -> code + " " + split(rest, phone);
            case 1 -> digits;
            case 2 -> "+44 " + code.substring(1) + " " + split(rest, phone);
            case 3 -> "(" + code + ") " + rest;
            case 4 -> code + "-" + rest;
            default -> "+44" + digits.substring(1);
        };
    }

    private static String split(String rest, Phone phone) {
        // 0114 496 0461 and 020 7946 0461 are grouped; a mobile's six digits usually are not.
        if (phone.mobile() || rest.length() < 7) {
            return rest;
        }
        int cut = rest.length() - 4;
        return rest.substring(0, cut) + " " + rest.substring(cut);
    }

    /** A registration as written, or null if the report gives none; partial ones mark unseen characters with ?. */
    public static String vrm(Car car, boolean exact, Dice dice) {
        String vrm = car.vrm();
        int mode = exact ? 0 : dice.weighted(45, 35, 20);
        if (mode == 2) {
            return null;
        }
        if (mode == 1) {
            char[] chars = vrm.toCharArray();
            int unseen = 1 + dice.weighted(5, 3, 1);
            for (int i = 0; i < unseen; i++) {
                int at = dice.below(chars.length);
                if (chars[at] != ' ') {
                    chars[at] = '?';
                }
            }
            vrm = new String(chars);
            if (dice.chance(0.2)) {
                int space = vrm.indexOf(' ');
                vrm = dice.chance(0.5) ? vrm.substring(0, space) + " ???" : "???? " + vrm.substring(space + 1);
            }
        }
        return switch (dice.weighted(7, 2, 1)) {
            case 0 -> vrm;
            case 1 -> vrm.replace(" ", "");
            default -> vrm.toLowerCase(Locale.ROOT);
        };
    }

    /** How a car is described; null only when a registration is given and the report does not describe it. */
    public static String vehicle(Car car, boolean hasVrm, Dice dice) {
        if (hasVrm && dice.chance(0.1)) {
            return null;
        }
        String colour = car.colour();
        if (dice.chance(0.1)) {
            colour = switch (colour) {
                case "silver" -> "grey";
                case "grey" -> "silver";
                case "black" -> "dark blue";
                case "blue" -> "black";
                case "white" -> "cream";
                default -> "dark";
            };
        }
        String described = switch (dice.weighted(4, 3, 1.5, 1)) {
            case 0 -> colour + " " + car.model();
            case 1 -> colour + " " + car.make() + " " + car.model();
            case 2 -> car.make() + " " + car.model();
            default -> colour + " car";
        };
        if (car.firm() != null && dice.chance(0.5)) {
            described = described + (dice.chance(0.5) ? " taxi" : " (" + car.firm().name() + ")");
        }
        return described;
    }

    /** An address as written: abbreviated, with or without its postcode. */
    public static String address(Address address, Dice dice) {
        StringBuilder out = new StringBuilder(40);
        if (address.flat() != null) {
            out.append(address.flat()).append(dice.chance(0.5) ? ", " : " ");
        }
        out.append(address.number()).append(dice.chance(0.15) ? ", " : " ");
        String street = address.street();
        if (dice.chance(0.3)) {
            street = street.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
                    .replace("Lane", "Ln").replace("Crescent", "Cres");
        }
        out.append(street);
        switch (dice.weighted(6, 2, 1)) {
            case 0 -> out.append(", ").append(address.postcode());
            case 1 -> {
            }
            default -> out.append(' ').append(address.postcode().replace(" ", "").toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** A place's name as written: its name (now and then in lower case), or a description when not {@code exact}. */
    public static String placeName(Place place, boolean exact, Dice dice) {
        if (place.name() == null || (!exact && dice.chance(0.2))) {
            return place.informal();
        }
        return dice.chance(0.1) ? place.name().toLowerCase(Locale.ROOT) : place.name();
    }
}
