package org.vigil.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.vigil.log.NoteSigner;

/**
 * The log's Ed25519 signing key, kept in the data directory as a signed-note private key ({@code log.key}),
 * readable by its owner only. Made on first use; its name is the log's origin.
 */
public final class LogKeys {
    public static final String FILE_NAME = "log.key";

    private LogKeys() {
    }

    /** Loads the key in {@code dataDir}, making one first if there is none. */
    public static NoteSigner loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file, "vigil.local/" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
            }
            return NoteSigner.fromSkey(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read or create the log key " + file, e);
        }
    }

    private static void create(Path file, String origin) throws IOException {
        NoteSigner signer = NoteSigner.generate(origin);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, signer.skey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
    }
}
