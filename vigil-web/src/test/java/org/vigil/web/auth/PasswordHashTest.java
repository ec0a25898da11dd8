package org.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void matchesOnlyTheRightPassword() {
        String stored = PasswordHash.hash("correct horse battery staple");
        assertThat(stored).startsWith("pbkdf2-sha256$210000$");
        assertThat(PasswordHash.matches("correct horse battery staple", stored)).isTrue();
        assertThat(PasswordHash.matches("correct horse battery stapl", stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(PasswordHash.hash("same password here")).isNotEqualTo(PasswordHash.hash("same password here"));
    }

    @Test
    void flagsWeakerHashesForRehashing() {
        String old = PasswordHash.hash("an older password", 1000);
        assertThat(PasswordHash.matches("an older password", old)).isTrue();
        assertThat(PasswordHash.needsRehash(old)).isTrue();
        assertThat(PasswordHash.needsRehash(PasswordHash.hash("a newer password"))).isFalse();
    }

    @Test
    void rejectsAnUnknownScheme() {
        assertThatThrownBy(() -> PasswordHash.matches("x", "md5$abc")).hasMessageContaining("not a pbkdf2-sha256 hash");
    }

    /** RFC 8018 PBKDF2 written out with HMAC-SHA256, for one block, agrees with the JDK's. */
    @Test
    void agreesWithANaivePbkdf2() throws Exception {
        String stored = PasswordHash.hash("naive check pw", 3);
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("naive check pw".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] block = new byte[salt.length + 4];
        System.arraycopy(salt, 0, block, 0, salt.length);
        block[block.length - 1] = 1;
        byte[] u = mac.doFinal(block);
        byte[] t = u.clone();
        for (int i = 1; i < 3; i++) {
            u = mac.doFinal(u);
            for (int j = 0; j < t.length; j++) {
                t[j] ^= u[j];
            }
        }
        assertThat(Base64.getEncoder().withoutPadding().encodeToString(t)).isEqualTo(parts[3]);
    }
}
