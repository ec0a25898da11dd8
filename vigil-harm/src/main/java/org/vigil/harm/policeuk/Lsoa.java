package org.vigil.harm.policeuk;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 2011 Lower Layer Super Output Area as police.uk names it.
 *
 * @param code the ONS code, e.g. {@code E01007434}; may be empty if the file gives only the name
 * @param name e.g. {@code Barnsley 001A}: the local authority, a space, three digits and a letter
 */
public record Lsoa(String code, String name) {
    private static final Pattern NAME = Pattern.compile("(.+) ([0-9]{3}[A-Z])");

    public Lsoa {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("LSOA name is blank (code '" + code + "')");
        }
    }

    /**
     * The local authority: the name before its final space and code ({@code Rotherham 012A} gives
     * {@code Rotherham}); a name not in that form is returned whole.
     */
    public String localAuthority() {
        Matcher m = NAME.matcher(name);
        return m.matches() ? m.group(1) : name;
    }
}
