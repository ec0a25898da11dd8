/**
 * An append-only Merkle log as RFC 6962 defines it, stored as C2SP tlog-tiles, with C2SP checkpoints,
 * signed notes and tlog-proof receipts.
 *
 * <p>Pipeline: a {@link org.vigil.log.LogAppender} appends leaf hashes and hands back the tiles to store;
 * a {@link org.vigil.log.LogReader} reads roots and makes proofs from stored tiles through a
 * {@link org.vigil.log.TileReader}; {@link org.vigil.log.Proofs} checks proofs; a
 * {@link org.vigil.log.NoteSigner} signs {@link org.vigil.log.Checkpoint}s and a
 * {@link org.vigil.log.NoteVerifier} verifies them; a {@link org.vigil.log.Receipt} bundles an entry, its
 * inclusion proof and a signed checkpoint for offline checking.
 *
 * <h2>Glossary</h2>
 * <dl>
 * <dt>entry, leaf</dt><dd>The bytes logged at an index; its leaf hash is SHA-256(0x00 || entry).</dd>
 * <dt>size</dt><dd>The number of leaves in a tree; indices run from 0 to size − 1.</dd>
 * <dt>node, level</dt><dd>The root of a complete subtree of 2<sup>level</sup> leaves; level 0 is a leaf
 * hash, and a parent is SHA-256(0x01 || left || right).</dd>
 * <dt>root, tree hash (MTH)</dt><dd>The RFC 6962 Merkle Tree Hash of the first size leaves; the empty
 * tree's is SHA-256 of nothing.</dd>
 * <dt>compact range</dt><dd>The roots of the complete subtrees that make up a tree, one per set bit of
 * its size: all an appender needs to extend the tree and compute its root.</dd>
 * <dt>tile</dt><dd>Up to 256 consecutive node hashes at Merkle level 8·L (tile level L); full when 256
 * wide, otherwise partial. Levels in between are recomputed.</dd>
 * <dt>inclusion proof</dt><dd>The sibling hashes from a leaf up to the root (RFC 6962 §2.1.1).</dd>
 * <dt>consistency proof</dt><dd>The hashes that show an older tree is a prefix of a newer one (RFC 6962
 * §2.1.2).</dd>
 * <dt>signed note</dt><dd>Text followed by a blank line and signature lines {@code — name base64(key ID
 * || signature)} (C2SP signed-note).</dd>
 * <dt>vkey, skey</dt><dd>The text forms of a verifier (public) and signer (private) key.</dd>
 * <dt>checkpoint</dt><dd>A signed note whose text names the log (origin), a size and its root (C2SP
 * tlog-checkpoint).</dd>
 * <dt>receipt</dt><dd>A C2SP tlog-proof: index, inclusion proof and signed checkpoint, with the entry as
 * extra data.</dd>
 * </dl>
 */
package org.vigil.log;
