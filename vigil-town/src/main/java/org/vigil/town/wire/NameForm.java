package org.vigil.town.wire;

/** How a report wrote a person's name; recorded with each mention in the truth. */
public enum NameForm {
    /** "Daniel Smith" (sometimes "Daniel SMITH"). */
    FULL("full"),
    /** "Daniel". */
    FIRST("first"),
    /** "Danny" or a street name such as "Tiger". */
    NICKNAME("nickname"),
    /** "Danial Smyth", "Daneil". */
    MISSPELT("misspelt"),
    /** "D. Smith". */
    INITIAL("initial"),
    /** "SMITH, Daniel", as police systems print it. */
    SURNAME_FIRST("surname_first"),
    /** "Mrs Smith". */
    TITLE("title"),
    /** A false name he gave. */
    ALIAS("alias"),
    /** No name at all: only a description, a phone, a car or a place. */
    NONE("none");

    private final String wire;

    NameForm(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
