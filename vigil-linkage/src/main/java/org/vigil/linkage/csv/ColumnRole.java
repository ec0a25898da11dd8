package org.vigil.linkage.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a CSV column holds, recognised from its header ({@link #recognise}), guessed from its words when no alias
 * names it ({@link #guess}), or set explicitly. Header matching ignores case, spaces, dashes and underscores.
 */
public enum ColumnRole {
    GIVEN_NAME("given_name", "first_name", "forename", "forenames", "firstname", "givenname", "fname", "given", "given_names", "first", "fname_c1"),
    SURNAME("surname", "last_name", "lastname", "family_name", "lname", "last", "lname_c1"),
    /** A whole name, split into given name and surname; used only when those columns are empty. */
    FULL_NAME("full_name", "name", "fullname", "person_name"),
    /** Extra names, separated by {@code ;} or {@code |}. */
    ALIASES("aliases", "alias", "aka"),
    /** A whole date of birth, or its year when the month and day have columns of their own. */
    DATE_OF_BIRTH("date_of_birth", "dob", "born", "birth_date", "birthdate", "birthday", "year_of_birth", "birth_year",
            "dob_year", "by", "yob"),
    /** The month of birth, with a year in the date of birth column ({@code by}, {@code bm}, {@code bd} in RLdata). */
    BIRTH_MONTH("birth_month", "month_of_birth", "dob_month", "bm"),
    BIRTH_DAY("birth_day", "day_of_birth", "dob_day", "bd"),
    AGE("age"),
    /** The date a record was made, against which an age is true. */
    REFERENCE_DATE("reference_date", "received", "record_date", "as_of", "report_date"),
    SEX("sex", "gender"),
    STREET_NUMBER("street_number", "house_number", "house_no", "building_number"),
    ADDRESS_LINE("address_1", "address1", "address_line_1", "street", "street_address", "street_name", "addr1"),
    ADDRESS_LINE_2("address_2", "address2", "address_line_2", "addr2"),
    /** A whole address in free text; house number and UK postcode are taken out of it. */
    ADDRESS("address", "full_address"),
    LOCALITY("suburb", "city", "town", "locality", "village", "post_town", "town_city"),
    POSTCODE("postcode", "post_code", "zip", "zipcode", "zip_code", "postal_code", "postcode_fake"),
    REGION("state", "county", "region", "province"),
    /** Phone numbers, several separated by {@code ;} or {@code |}. */
    PHONE("phone", "phone_number", "mobile", "telephone", "tel", "phones", "phone_no", "mobile_number", "telephone_number", "cell", "cell_phone", "home_phone"),
    EMAIL("email", "e_mail", "email_address"),
    IDENTIFIER("soc_sec_id", "ssn", "nhs_number", "national_id", "id_number", "ni_number", "national_insurance_number",
            "social_security_number", "upn", "unique_pupil_number", "pnc_id", "pnc_number", "cro_number"),
    /** Vehicle registrations, several separated by {@code ;} or {@code |}. */
    VRM("vrm", "registration", "vehicle_registration", "reg", "vrms"),
    PLACE("place", "places"),
    BIRTH_PLACE("birth_place", "place_of_birth", "birthplace"),
    OCCUPATION("occupation", "job");

    /**
     * Headers that are never used for linkage, even if mapped explicitly: protected characteristics are
     * not linkage features.
     */
    public static final List<String> FORBIDDEN = List.of("ethnicity", "ethnic_group", "ethnic_origin", "race", "religion",
            "faith", "belief", "nationality", "citizenship", "country_of_origin", "name_origin", "ethnic");

    private final List<String> headers; // in normal form (normalise)

    ColumnRole(String... headers) {
        String[] normal = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            normal[i] = normalise(headers[i]);
        }
        this.headers = List.of(normal);
    }

    /** The role a header names, or {@code null}. */
    public static ColumnRole recognise(String header) {
        String h = normalise(header);
        for (ColumnRole r : values()) {
            if (r.headers.contains(h)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Words in a header that say the column is about someone else than the record's person: a mother's phone is shared
     * by her children, and would join siblings.
     */
    private static final Set<String> SOMEONE_ELSE = Set.of("mother", "mum", "mothers", "father", "dad", "fathers",
            "parent", "parents", "guardian", "carer", "kin", "nok", "emergency", "partner", "spouse", "school", "gp",
            "doctor", "employer", "worker", "referrer", "reporter", "officer", "agency", "sibling", "brother", "sister");

    /**
     * The role a header no alias names is likely to hold, from its words, or {@code null}: {@code "Mobile No."} and
     * {@code "Home Tel"} are phones, {@code "Date of Birth (dd/mm/yyyy)"} a date of birth, {@code "Client Surname"} a
     * surname. Words are split at punctuation, spaces and lower-to-upper case changes ({@code mobileNumber}). Never a
     * protected characteristic, and never a column about someone else ({@code "Mother's Phone"}).
     */
    public static ColumnRole guess(String header) {
        if (isForbidden(header)) {
            return null;
        }
        Set<String> w = words(header);
        if (w.isEmpty() || w.stream().anyMatch(SOMEONE_ELSE::contains)) {
            return null;
        }
        if (any(w, "phone", "mobile", "tel", "telephone", "cell", "cellphone", "landline", "mob", "phonenumber")) {
            return PHONE;
        }
        if (any(w, "email", "emailaddress") || w.contains("e") && w.contains("mail")) {
            return EMAIL;
        }
        if (any(w, "dob", "birthdate", "dateofbirth") || w.contains("birth") && any(w, "date", "dt", "d")) {
            return DATE_OF_BIRTH;
        }
        if (any(w, "forename", "forenames", "firstname", "givenname", "givennames", "christian")
                || any(w, "first", "given") && any(w, "name", "names", "nm")) {
            return GIVEN_NAME;
        }
        if (any(w, "surname", "lastname", "familyname") || any(w, "last", "family", "sur") && any(w, "name", "nm")) {
            return SURNAME;
        }
        if (any(w, "postcode", "zip", "zipcode", "postalcode") || any(w, "post", "postal") && w.contains("code")) {
            return POSTCODE;
        }
        if (any(w, "nhs", "nino", "ssn", "pnc", "passport", "licence", "license", "upn")
                || w.contains("social") && w.contains("security") || w.contains("national") && w.contains("insurance")
                || w.contains("pupil") && any(w, "number", "no", "id")) {
            return IDENTIFIER;
        }
        if (any(w, "contact") && any(w, "number", "no", "num")) {
            return PHONE; // "Contact Number"; not "Emergency Contact Number", whose words say it is someone else's
        }
        if (any(w, "street", "house", "flat", "building", "door") && any(w, "no", "number", "num", "nr")) {
            return STREET_NUMBER;
        }
        if (any(w, "state", "province", "county", "region")) {
            return REGION;
        }
        if (any(w, "vrm", "numberplate", "plate") || any(w, "vehicle", "car") && any(w, "reg", "registration", "number")) {
            return VRM; // not "reg" or "registration" alone: a voter's registration number, a date of registration
        }
        if (any(w, "gender", "sex")) {
            return SEX;
        }
        if (any(w, "town", "city", "suburb", "locality")) {
            return LOCALITY;
        }
        if (any(w, "name", "names") && w.stream().noneMatch(NOT_A_PERSONS_WHOLE_NAME::contains)) {
            return FULL_NAME; // "Client Name", "Child's Name", "Name of Child"
        }
        if (any(w, "address", "addr")) {
            if (any(w, "3", "4", "5", "6", "line3", "line4", "line5", "line6", "third", "fourth", "fifth")) {
                return null; // "Address 3" of five is a district, not a whole address to take a street and number from
            }
            return any(w, "2", "line2", "second") ? ADDRESS_LINE_2 : any(w, "1", "line1", "first") ? ADDRESS_LINE : ADDRESS;
        }
        return null;
    }

    /**
     * Words that make a header with "name" in it something other than the record's person's whole name: a part of it
     * ("Middle Name", "Maiden Name", "Previous Name"), or the name of a place or thing ("Street Name", "Practice Name").
     */
    private static final Set<String> NOT_A_PERSONS_WHOLE_NAME = Set.of("middle", "maiden", "previous", "former", "other",
            "birth", "preferred", "known", "alias", "nick", "nickname", "user", "username", "login", "file", "street",
            "road", "place", "town", "city", "country", "county", "company", "business", "organisation", "organization",
            "org", "practice", "surgery", "team", "unit", "ward", "hospital", "service", "product", "account", "display",
            "screen", "pet", "venue", "site", "location", "area", "district", "estate", "building", "premises", "shop",
            "group", "operation", "case", "project", "field", "column", "table", "first", "given", "last", "family",
            "sur", "origin", "ethnic", "ethnicity", "religion", "nationality", "race");

    private static boolean any(Set<String> words, String... these) {
        for (String t : these) {
            if (words.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a header, in lower case: split at anything but letters and digits, and at lower-to-upper case. */
    static Set<String> words(String header) {
        Set<String> out = new java.util.LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (!letterOrDigit || Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                if (word.length() > 0) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (letterOrDigit) {
                word.append(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Whether a header names a protected characteristic. */
    public static boolean isForbidden(String header) {
        String h = normalise(header);
        for (String f : FORBIDDEN) {
            if (normalise(f).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header in lower case with everything but a–z and 0–9 taken out ({@code Given-Name} → {@code givenname}). A
     * loop rather than {@code replaceAll}: each header is matched against up to 150 aliases, and compiling a pattern
     * for each of 1,430 such calls took 63–75 ms in a fresh JVM (at load 9), on the path of every {@code vigil link}.
     */
    static String normalise(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lower-case name used in options: {@code given_name}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColumnRole fromKey(String key) {
        try {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown column role: " + key + " (one of " + List.of(values()) + ")", e);
        }
    }
}
