package org.vigil.linkage.blocking;

/** 64-bit hashing of blocking keys (FNV-1a for strings, the MurmurHash3 finaliser for mixing). */
final class Hashing {
    private Hashing() {
    }

    static long ofString(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3 fmix64. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    static long combine(long h, long part, int position) {
        return mix(h * 0x9E3779B97F4A7C15L + part + ((long) position << 56));
    }
}
