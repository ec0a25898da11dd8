#!/usr/bin/env python3
"""An independent offline check of a Vigil receipt from the spec alone (RFC 6962, C2SP tlog-proof, signed note)."""
import base64, hashlib, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
def H(b): return hashlib.sha256(b).digest()
def leaf(e): return H(b"\x00" + e)
def node(l, r): return H(b"\x01" + l + r)
def root_from_inclusion(index, size, lh, proof):
    # RFC 9162 §2.1.3.2
    if index >= size: raise ValueError("index beyond size")
    fn, sn, r = index, size - 1, lh
    for p in proof:
        if sn == 0: raise ValueError("proof too long")
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while True:
                    fn >>= 1; sn >>= 1
                    if fn & 1 or fn == 0: break
        else:
            r = node(r, p)
        fn >>= 1; sn >>= 1
    if sn != 0: raise ValueError("proof too short")
    return r
def check_note(note, vkey):
    name, keyhash, kb = vkey.strip().split("+", 2)
    kb = base64.b64decode(kb)
    assert kb[0] == 1, "alg"
    pub = kb[1:]
    assert hashlib.sha256(name.encode() + b"\n" + b"\x01" + pub).digest()[:4].hex() == keyhash, "key hash"
    text, sigs = note.split("\n\n", 1)
    body = text + "\n"
    ok = False
    for line in sigs.strip("\n").split("\n"):
        assert line.startswith("\u2014 "), repr(line)
        sname, sig = line[2:].split(" ")
        sig = base64.b64decode(sig)
        if sname == name and sig[:4].hex() == keyhash:
            Ed25519PublicKey.from_public_bytes(pub).verify(sig[4:], body.encode()); ok = True
    assert ok, "no signature by key"
    lines = text.split("\n")
    return lines[0], int(lines[1]), base64.b64decode(lines[2])


def main():
    receipt, vkey = open(sys.argv[1]).read(), open(sys.argv[2]).read()
    record = open(sys.argv[3], "rb").read() if len(sys.argv) > 3 else None
    head, cp = receipt.split("\n\n", 1)
    hl = head.split("\n")
    assert hl[0] == "c2sp.org/tlog-proof@v1", hl[0]
    assert hl[1].startswith("extra "); entry = base64.b64decode(hl[1][6:])
    assert hl[2].startswith("index "); index = int(hl[2][6:])
    proof = [base64.b64decode(x) for x in hl[3:]]
    origin, size, root = check_note(cp, vkey)
    calc = root_from_inclusion(index, size, leaf(entry), proof)
    print("origin", origin, "size", size, "index", index)
    print("entry:", entry.decode())
    print("inclusion", "OK" if calc == root else "FAIL")
    if record is not None:
        if record.endswith(b"\r\n"): record = record[:-2]
        elif record.endswith(b"\n"): record = record[:-1]
        want = hashlib.sha256(record).hexdigest()
        print("commitment", "OK" if ("sha256 " + want) in entry.decode() else "FAIL " + want)


if __name__ == "__main__":
    main()
