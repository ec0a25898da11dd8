/**
 * An append-only Merkle log as RFC 6962 defines it, with C2SP checkpoints and receipts.
 */
package org.vigil.log;
