package org.vigil.testing;

import java.nio.charset.StandardCharsets;

/** Interchange lines for tests, about synthetic people only. */
public final class Lines {
    private Lines() {
    }

    /** A valid concern with one synthetic victim and one synthetic suspect. */
    public static String concern(String id) {
        return concern(id, "2003-07-14T16:20:00Z");
    }

    public static String concern(String id, String received) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"" + received + "\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\",\"name\":\"R. Hall\",\"role\":\"youth worker\"},"
                + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Kayla Marsh\",\"born\":\"1989-02\",\"age\":14,"
                + "\"sex\":\"F\",\"address\":\"14 Ferham Rd, S61 1AP\"},"
                + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ash\",\"age\":27,\"sex\":\"M\",\"phones\":[\"07700 900461\"],"
                + "\"vehicles\":[{\"vrm\":\"R7?2 KLT\",\"description\":\"silver Astra\"}],\"places\":[\"p1\"]}],"
                + "\"places\":[{\"ref\":\"p1\",\"kind\":\"takeaway\",\"name\":\"Star Pizza\",\"address\":\"Wellgate, S60 2LR\"}],"
                + "\"indicators\":[\"older_partner\",\"gifts\",\"missing\"],\"offences\":[\"22B\"],"
                + "\"grading\":{\"source\":\"2\",\"intelligence\":\"C\",\"handling\":\"P\"},"
                + "\"narrative\":\"K. says her boyfriend picks her up from school\",\"partner_ref\":{\"kept\":true}}";
    }

    private static final String[] FIRST = {"Kayla", "Sophie", "Liam", "Mo", "Jay", "Chloe", "Tom", "Ellie", "Zara",
        "Ryan", "Hannah", "Sam", "Priya", "Kieran", "Jade", "Owen", "Leah"};
    private static final String[] LAST = {"Marsh", "Hall", "Brown", "Wilson", "Taylor", "Jones", "Evans", "Walker",
        "Green", "Wood", "Hughes", "Clarke", "Ward", "Price", "Lloyd"};

    /** A valid concern like {@link #concern(String)} but about different synthetic people for each {@code n}. */
    public static String concernAbout(String id, int n) {
        String child = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length] + " " + (char) ('A' + n % 26);
        String adult = FIRST[(n * 7 + 3) % FIRST.length] + (n % 97);
        return concern(id).replace("Kayla Marsh", child).replace("\"name\":\"Ash\"", "\"name\":\"" + adult + "\"")
                .replace("07700 900461", String.format("07700 9%05d", n % 100_000))
                .replace("R7?2 KLT", String.format("R%03d KLT", n % 1000));
    }

    /** A valid decision about a concern. */
    public static String decision(String id, String concern) {
        return "{\"type\":\"decision\",\"id\":\"" + id + "\",\"concern\":\"" + concern + "\","
                + "\"at\":\"2003-07-21T09:05:00Z\",\"by\":{\"id\":\"syp-4411\",\"name\":\"DC P. Lane\"},"
                + "\"outcome\":\"no_further_action\",\"reason\":\"no complaint made\"}";
    }

    public static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
