package org.vigil.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.vigil.linkage.table.NormalForm;

/**
 * One record of a table in {@link NormalForm}, with its source (0 left, 1 right), in a form Java serialisation
 * can ship to executors. {@link #form()} gives back an equal {@link NormalForm}, so a table rebuilt from rows in
 * the same order holds the same values, codes and term frequencies as the driver's.
 */
record RecordRow(int source, String id, ArrayList<String> givenNames, ArrayList<String> surnames, int packedBirth,
                 int age, int referenceDay, String sex, String streetNumber, String addressLine, String addressLine2,
                 String locality, String postcode, String region, String email, String identifier, String birthPlace,
                 String occupation, String role, ArrayList<String> phones, ArrayList<String> vrms,
                 ArrayList<String> places, ArrayList<String> companions) implements Serializable {

    static RecordRow of(NormalForm f, int source) {
        return new RecordRow(source, f.id(), copy(f.givenNames()), copy(f.surnames()), f.packedBirth(), f.age(),
                f.referenceDay(), f.sex(), f.streetNumber(), f.addressLine(), f.addressLine2(), f.locality(),
                f.postcode(), f.region(), f.email(), f.identifier(), f.birthPlace(), f.occupation(), f.role(),
                copy(f.phones()), copy(f.vrms()), copy(f.places()), copy(f.companions()));
    }

    NormalForm form() {
        return new NormalForm(id, List.copyOf(givenNames), List.copyOf(surnames), packedBirth, age, referenceDay, sex,
                streetNumber, addressLine, addressLine2, locality, postcode, region, email, identifier, birthPlace,
                occupation, role, List.copyOf(phones), List.copyOf(vrms), List.copyOf(places), List.copyOf(companions));
    }

    private static ArrayList<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
