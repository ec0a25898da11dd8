package org.vigil.linkage.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.linkage.value.AddressText;
import org.vigil.linkage.value.PersonName;

/**
 * One person as described in one record or report, as written. Every part except the id is optional.
 *
 * <p>Built with {@link #builder(String)}:
 * <pre>{@code
 * PersonRecord ash = PersonRecord.builder("YP-2003-0117/s2")
 *     .name("Ash").age(27, LocalDate.of(2003, 7, 14)).sex("M")
 *     .phone("07700 900461").vrm("R7?2 KLT").place("star pizza, s60 2lr")
 *     .build();
 * }</pre>
 * {@link Builder#name} and {@link Builder#alias} split a full name into given name and surname; the
 * first name given is the record's main name, later ones are aliases and are compared too.
 */
public final class PersonRecord {
    private final String id;
    private final List<String> givenNames;
    private final List<String> surnames;
    private final String born;
    private final Integer age;
    private final boolean adult;
    private final LocalDate referenceDate;
    private final String sex;
    private final String streetNumber;
    private final String addressLine;
    private final String addressLine2;
    private final String locality;
    private final String postcode;
    private final String region;
    private final List<String> phones;
    private final String email;
    private final String identifier;
    private final List<String> vrms;
    private final List<String> places;
    private final List<String> companions;
    private final String birthPlace;
    private final String occupation;
    private final String role;

    private PersonRecord(Builder b) {
        this.id = b.id;
        this.givenNames = List.copyOf(b.givenNames);
        this.surnames = List.copyOf(b.surnames);
        this.born = b.born;
        this.age = b.age;
        this.adult = b.adult;
        this.referenceDate = b.referenceDate;
        this.sex = b.sex;
        this.streetNumber = b.streetNumber;
        this.addressLine = b.addressLine;
        this.addressLine2 = b.addressLine2;
        this.locality = b.locality;
        this.postcode = b.postcode;
        this.region = b.region;
        this.phones = List.copyOf(b.phones);
        this.email = b.email;
        this.identifier = b.identifier;
        this.vrms = List.copyOf(b.vrms);
        this.places = List.copyOf(b.places);
        this.companions = List.copyOf(b.companions);
        this.birthPlace = b.birthPlace;
        this.occupation = b.occupation;
        this.role = b.role;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() { return id; }
    /** Given names, main name first, then those from aliases; folded. */
    public List<String> givenNames() { return givenNames; }
    /** Surnames, main name first, then those from aliases; folded. */
    public List<String> surnames() { return surnames; }
    public String born() { return born; }
    public Integer age() { return age; }
    /** Known only to be an adult at {@link #referenceDate} (a report's "Mr" or "Mrs"), when no age is given. */
    public boolean adult() { return adult; }
    public LocalDate referenceDate() { return referenceDate; }
    public String sex() { return sex; }
    public String streetNumber() { return streetNumber; }
    public String addressLine() { return addressLine; }
    public String addressLine2() { return addressLine2; }
    public String locality() { return locality; }
    public String postcode() { return postcode; }
    public String region() { return region; }
    public List<String> phones() { return phones; }
    public String email() { return email; }
    public String identifier() { return identifier; }
    public List<String> vrms() { return vrms; }
    public List<String> places() { return places; }
    /** Ids of the other people named in the same report, as resolved by the caller; compared exactly. */
    public List<String> companions() { return companions; }
    public String birthPlace() { return birthPlace; }
    public String occupation() { return occupation; }
    public String role() { return role; }

    @Override
    public String toString() {
        return "PersonRecord[" + id + " " + givenNames + " " + surnames + (born == null ? "" : " born " + born)
                + (age == null ? "" : " age " + age) + "]";
    }

    /** Collects the parts of a {@link PersonRecord}; blank values are ignored. */
    public static final class Builder {
        private final String id;
        private final List<String> givenNames = new ArrayList<>();
        private final List<String> surnames = new ArrayList<>();
        private String born;
        private Integer age;
        private boolean adult;
        private LocalDate referenceDate;
        private String sex;
        private String streetNumber;
        private String addressLine;
        private String addressLine2;
        private String locality;
        private String postcode;
        private String region;
        private final List<String> phones = new ArrayList<>();
        private String email;
        private String identifier;
        private final List<String> vrms = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final List<String> companions = new ArrayList<>();
        private String birthPlace;
        private String occupation;
        private String role;

        private Builder(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a person record needs an id");
            }
            this.id = id;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        /** A full name as written ({@code "Ashraf K."}, {@code "Khan, Ashraf"}, {@code "Ash"}). */
        public Builder name(String fullName) {
            PersonName n = PersonName.parse(fullName);
            if (n != null) {
                givenName(n.given());
                surname(n.surname());
            }
            PersonName.aliasesIn(fullName).forEach(this::alias); // "John (Jack) Smith"
            return this;
        }

        /** Another name the person is known by; compared like the main name. */
        public Builder alias(String fullName) {
            return name(fullName);
        }

        public Builder givenName(String given) {
            String f = PersonName.normalisePart(given);
            if (f != null && !givenNames.contains(f)) {
                givenNames.add(f);
            }
            return this;
        }

        public Builder surname(String surname) {
            String f = PersonName.normalisePart(surname);
            if (f != null && !surnames.contains(f)) {
                surnames.add(f);
            }
            return this;
        }

        /** A date of birth, possibly partial: {@code 1987-05-02}, {@code 1987-05}, {@code 1987}, {@code 19870502}. */
        public Builder born(String partialDate) {
            this.born = blankToNull(partialDate);
            return this;
        }

        /** A stated or estimated age; {@code referenceDate} is the date it was true (the report's date). */
        public Builder age(Integer age, LocalDate referenceDate) {
            if (age != null && (age < 0 || age > 130)) {
                throw new IllegalArgumentException("age out of range: " + age);
            }
            this.age = age;
            this.referenceDate = referenceDate;
            return this;
        }

        /**
         * The person was an adult (18 or over) on the reference date, all that is known of the age: a report's
         * "Mr Price" or "Mrs Hill". A stated age or date of birth says more and is compared instead.
         */
        public Builder adult() {
            this.adult = true;
            return this;
        }

        /** The date the record was made; used with {@link #age}. */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /** {@code F}, {@code M}, {@code female}, {@code male}; anything else is treated as not stated. */
        public Builder sex(String sex) {
            this.sex = blankToNull(sex);
            return this;
        }

        /** A free-text address; a UK postcode, house number and locality are taken out of it. */
        public Builder address(String freeText) {
            AddressText.Parts p = AddressText.split(freeText);
            if (p.houseNumber() != null) {
                streetNumber = p.houseNumber();
            }
            if (p.street() != null) {
                addressLine = p.street();
            }
            if (p.locality() != null && locality == null) {
                locality = p.locality();
            }
            if (p.postcode() != null && postcode == null) {
                postcode = p.postcode().text();
            }
            return this;
        }

        public Builder streetNumber(String s) { this.streetNumber = blankToNull(s); return this; }
        public Builder addressLine(String s) { this.addressLine = blankToNull(s); return this; }
        public Builder addressLine2(String s) { this.addressLine2 = blankToNull(s); return this; }
        public Builder locality(String s) { this.locality = blankToNull(s); return this; }
        public Builder postcode(String s) { this.postcode = blankToNull(s); return this; }
        public Builder region(String s) { this.region = blankToNull(s); return this; }

        public Builder phone(String phone) {
            String p = blankToNull(phone);
            if (p != null) {
                phones.add(p);
            }
            return this;
        }

        public Builder email(String s) { this.email = blankToNull(s); return this; }
        public Builder identifier(String s) { this.identifier = blankToNull(s); return this; }

        /** A vehicle registration, possibly partial with {@code ?} wildcards. */
        public Builder vrm(String vrm) {
            String v = blankToNull(vrm);
            if (v != null) {
                vrms.add(v);
            }
            return this;
        }

        /** A place linked to the person, as a stable key (a place id, or name and postcode). */
        public Builder place(String place) {
            String p = blankToNull(place);
            if (p != null) {
                places.add(p);
            }
            return this;
        }

        /**
         * Another person named in the same report, by a stable id the caller gives it (the person that
         * co-mentioned subject was linked to). Compared exactly, as context: see {@link Field#COMPANION}.
         */
        public Builder companion(String id) {
            String c = blankToNull(id);
            if (c != null) {
                companions.add(c);
            }
            return this;
        }

        public Builder birthPlace(String s) { this.birthPlace = blankToNull(s); return this; }
        public Builder occupation(String s) { this.occupation = blankToNull(s); return this; }
        /** The part the person plays in the record ({@link Field#ROLE}). */
        public Builder role(String s) { this.role = blankToNull(s); return this; }

        public PersonRecord build() {
            Objects.requireNonNull(id);
            return new PersonRecord(this);
        }
    }
}
