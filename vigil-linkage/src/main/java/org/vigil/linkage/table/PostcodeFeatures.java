package org.vigil.linkage.table;

import org.vigil.linkage.value.Postcode;

/**
 * Features of each distinct postcode: codes of its UK outward code and sector (in a vocabulary of
 * postcode parts), -1 for postcodes that have none.
 */
public final class PostcodeFeatures {
    private final Vocabulary parts = new Vocabulary();
    private final CodeFeature outward;
    private final CodeFeature sector;

    PostcodeFeatures(Vocabulary postcodes) {
        this.outward = new CodeFeature(postcodes, c -> part(Postcode.parse(postcodes.value(c)), false));
        this.sector = new CodeFeature(postcodes, c -> part(Postcode.parse(postcodes.value(c)), true));
    }

    private int part(Postcode p, boolean sectorPart) {
        String s = p == null ? null : sectorPart ? p.sector() : p.outward();
        if (s == null) {
            return -1;
        }
        synchronized (parts) {
            return parts.intern(s);
        }
    }

    public int outward(int code) {
        return outward.get(code);
    }

    public int sector(int code) {
        return sector.get(code);
    }

    public void prime() {
        outward.prime();
        sector.prime();
    }
}
