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
import org.vigil.store.ConcernStore;

/**
 * The log's Ed25519 signing key, kept in the data directory as a signed-note private key ({@code log.key}),
 * readable by its owner only. Made on first use, while the log is empty; its name is the log's origin.
 */
public final class LogKeys {
    public static final String FILE_NAME = "log.key";

    private LogKeys() {
    }

    /**
     * The key that signs {@code store}'s log, kept in {@code dataDir}: made there first only if the log is empty. A log
     * that has entries was signed with a key of its own, and a new key would sign the same tree under another origin,
     * forking it and orphaning every receipt given out, so a missing key is an error naming what to restore.
     */
    public static NoteSigner forLog(Path dataDir, ConcernStore store) {
        if (!Files.exists(dataDir.resolve(FILE_NAME))) {
            long size = store.logSize();
            if (size > 0) {
                throw new IllegalStateException("the log's signing key " + dataDir.resolve(FILE_NAME) + " is missing,"
                        + " but the log holds " + size + " entries signed with it: restore the key from its backup (a new"
                        + " key would sign the log under another origin, and no receipt given out would check against it)");
            }
        }
        return loadOrCreate(dataDir);
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

    /**
     * Writes a new key to a file of its own, then links it in under {@code file} unless a key is already there. The
     * key file so never exists half-written: two commands run at once on a new data directory both made a key, and
     * one read the other's empty file ("a signer key starts with PRIVATE+KEY+"). The first link wins; the other key
     * is thrown away unused.
     */
    private static void create(Path file, String origin) throws IOException {
        NoteSigner signer = NoteSigner.generate(origin);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path draft;
        try {
            draft = Files.createTempFile(file.getParent(), FILE_NAME + ".", ".new",
                    PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException e) {
            draft = Files.createTempFile(file.getParent(), FILE_NAME + ".", ".new");
        }
        try {
            Files.writeString(draft, signer.skey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            try {
                Files.createLink(file, draft); // fails, leaving the first key, if one was linked in meanwhile
            } catch (UnsupportedOperationException e) {
                Files.move(draft, file); // no hard links here: a move that does not replace, nearly as safe
            }
        } catch (FileAlreadyExistsException e) {
            // another process made the key first: it is the log's key
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
