package org.vigil.town.world;

/**
 * Hands out phone numbers from the ranges Ofcom reserves for TV and radio drama: the 1,000 mobile numbers
 * 07700 900000–900999 first, then 16,000 geographic ones (0113 496 0000–0999 and the like). Numbers come in a
 * seeded order and are not handed out twice until all 17,000 are used; after that the pool starts again, so towns
 * of more than about a million concerns reuse numbers across districts, as recycled pay-as-you-go numbers are.
 */
public final class PhonePool {
    // Each prefix is followed by three digits; the second column is the length of the dialling code.
    private static final String[] PREFIXES = {
        "07700900", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960",
        "01314960", "01414960", "01514960", "01614960", "02079460", "01914980", "02896496", "02920180",
        "01632960",
    };
    private static final int[] CODE_LENGTHS = {5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 4, 3, 3, 5};
    private static final int BLOCK = 1000;

    private final int mobileStep;
    private final int mobileOffset;
    private final int landStep;
    private final int landOffset;
    private long handedOut;

    public PhonePool(Dice dice) {
        // A multiplier coprime to the block size permutes each block; 1000 = 2^3 * 5^3.
        mobileStep = coprime(dice, BLOCK);
        mobileOffset = dice.below(BLOCK);
        int landSize = (PREFIXES.length - 1) * BLOCK;
        landStep = coprime(dice, landSize);
        landOffset = dice.below(landSize);
    }

    /** The next number in the pool. */
    public Phone next() {
        long n = handedOut++ % size();
        int slot;
        int prefix;
        if (n < BLOCK) {
            prefix = 0;
            slot = (int) ((n * mobileStep + mobileOffset) % BLOCK);
        } else {
            int landSize = (PREFIXES.length - 1) * BLOCK;
            int k = (int) (((n - BLOCK) * landStep + landOffset) % landSize);
            prefix = 1 + k / BLOCK;
            slot = k % BLOCK;
        }
        String digits = PREFIXES[prefix] + Calendar.padded(slot, 3);
        return new Phone(digits, CODE_LENGTHS[prefix]);
    }

    /** How many different numbers the pool holds. */
    public static int size() {
        return PREFIXES.length * BLOCK;
    }

    private static int coprime(Dice dice, int modulus) {
        while (true) {
            int candidate = 1 + 2 * dice.below(modulus / 2);
            if (candidate % 5 != 0 && gcd(candidate, modulus) == 1) {
                return candidate;
            }
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
