#!/usr/bin/env python3
"""Checks an RFC 6962 consistency proof (RFC 9162 §2.1.4.2) between two signed checkpoints, from the spec alone."""
import base64, hashlib, sys
from verify_receipt import check_note, node
old, new, proof, vkey = (open(a).read() for a in sys.argv[1:5])
_, m, r1 = check_note(old, vkey); _, n, r2 = check_note(new, vkey)
p = [base64.b64decode(x) for x in proof.split()]
if m == n: ok = not p and r1 == r2
else:
    if m & (m - 1) == 0: p = [r1] + p
    fn, sn = m - 1, n - 1
    while fn & 1: fn >>= 1; sn >>= 1
    fr = sr = p[0]
    for c in p[1:]:
        if sn == 0: raise SystemExit("proof too long")
        if fn & 1 or fn == sn:
            fr = node(c, fr); sr = node(c, sr)
            if not fn & 1:
                while True:
                    fn >>= 1; sn >>= 1
                    if fn & 1 or fn == 0: break
        else:
            sr = node(sr, c)
        fn >>= 1; sn >>= 1
    ok = sn == 0 and fr == r1 and sr == r2
print("consistency", m, "->", n, "OK" if ok else "FAIL")
