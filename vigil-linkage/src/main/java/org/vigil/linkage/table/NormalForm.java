package org.vigil.linkage.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.vigil.linkage.value.AddressText;
import org.vigil.linkage.value.Folding;
import org.vigil.linkage.value.PartialDate;
import org.vigil.linkage.value.PhoneNumber;
import org.vigil.linkage.value.Postcode;
import org.vigil.linkage.value.Vrm;

/**
 * A {@link PersonRecord} in the normal form a {@link RecordTable} stores: folded text, parsed dates,
 * postcodes, phone numbers and registrations, each {@code null} (or empty) where the record has none.
 *
 * <p>Computing it is most of the cost of adding a record, and it reads nothing but the record, so it can be
 * done on any thread ({@link #of}); only {@link RecordTable#add(NormalForm, int)}, which gives the values
 * their codes, must run on one thread in record order.
 */
public record NormalForm(String id, List<String> givenNames, List<String> surnames, int packedBirth, int age,
                         int referenceDay, String sex, String streetNumber, String addressLine, String addressLine2,
                         String locality, String postcode, String region, String email, String identifier,
                         String birthPlace, String occupation, String role, List<String> phones, List<String> vrms,
                         List<String> places, List<String> companions) {

    /** The normal form of {@code r}. Thread-safe. */
    public static NormalForm of(PersonRecord r) {
        PartialDate dob = PartialDate.parse(r.born());
        LocalDate ref = r.referenceDate();
        Postcode pc = Postcode.parse(r.postcode());
        if (pc != null && pc.isPseudo()) {
            pc = null; // two girls a sexual health service recorded as "address not known" do not share a home
        }
        List<String> phones = r.phones().isEmpty() ? List.of() : new ArrayList<>(r.phones().size());
        for (String p : r.phones()) {
            PhoneNumber n = PhoneNumber.parse(p);
            if (n != null) {
                phones.add(n.digits());
            }
        }
        List<String> vrms = r.vrms().isEmpty() ? List.of() : new ArrayList<>(r.vrms().size());
        for (String v : r.vrms()) {
            Vrm m = Vrm.parse(v);
            if (m != null) {
                vrms.add(m.text());
            }
        }
        List<String> places = r.places().isEmpty() ? List.of() : new ArrayList<>(r.places().size());
        for (String p : r.places()) {
            String f = Folding.fold(p);
            if (f != null) {
                places.add(f);
            }
        }
        List<String> companions = distinct(r.companions());
        return new NormalForm(r.id(), r.givenNames(), r.surnames(), dob == null ? 0 : dob.packed(),
                r.age() != null ? r.age() : r.adult() ? BirthColumn.ADULT : BirthColumn.NO_AGE,
                ref == null ? BirthColumn.NO_DAY : (int) ref.toEpochDay(),
                sex(r.sex()), Folding.compact(Folding.fold(r.streetNumber())), AddressText.normalise(r.addressLine()),
                AddressText.normalise(r.addressLine2()), Folding.fold(r.locality()), pc == null ? null : pc.text(),
                Folding.fold(r.region()), email(r.email()), Folding.compact(Folding.fold(r.identifier())),
                Folding.fold(r.birthPlace()), Folding.fold(r.occupation()), Folding.fold(r.role()), phones, vrms, places,
                companions);
    }

    private static String sex(String s) {
        String f = Folding.fold(s);
        if (f == null) {
            return null;
        }
        return switch (f.charAt(0)) {
            case 'f', 'w', 'g' -> "f";
            case 'm', 'b' -> "m";
            default -> null;
        };
    }

    private static String email(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /** The values once each, in order: in time that grows with the list, which may be a school's roll. */
    private static List<String> distinct(List<String> values) {
        return values.isEmpty() ? List.of() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
