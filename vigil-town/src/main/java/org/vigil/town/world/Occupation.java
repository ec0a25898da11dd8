package org.vigil.town.world;

/** The work that brings a benign adult near children, as written in truth.jsonl and in reports. */
public enum Occupation {
    FOSTER_CARER("foster carer"),
    TRANSPORT_DRIVER("school transport driver"),
    YOUTH_WORKER("youth worker"),
    TEACHER("teacher"),
    SPORTS_COACH("sports coach"),
    SOCIAL_WORKER("social worker");

    private final String words;

    Occupation(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
