package org.vigil.town.world;

/**
 * A phone number, held as its digits in national form ("07700900461") with the length of its dialling code
 * ({@code 5} for "07700", {@code 4} for "0114", {@code 3} for "020"). Numbers come only from the ranges Ofcom
 * reserves for drama, so no real subscriber is ever named (see {@link PhonePool}).
 */
public record Phone(String digits, int codeLength) {
    public boolean mobile() {
        return digits.startsWith("07");
    }
}
