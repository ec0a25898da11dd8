/**
 * Vigil's tamper-evident log: an RFC 6962 Merkle tree stored as C2SP tiles, with proofs, signed
 * checkpoints and receipts. Depends on the JDK only; Ed25519 comes from the JDK's SunEC provider.
 */
module org.vigil.log {
    exports org.vigil.log;
}
