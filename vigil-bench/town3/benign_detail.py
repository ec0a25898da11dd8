"""For each benign adult flagged (from score.txt), print every mention in time order with the Vigil person it is in."""
import json, re, sys
D = sys.argv[1]
T = json.load(open(f"{D}/truth.json")); M = T["mentions"]
REC = {}
for l in open(f"{D}/town.jsonl"):
    r = json.loads(l)
    if r["type"] == "concern": REC[r["id"]] = r
po = {}
for l in open(f"{D}/persons.jsonl"):
    p = json.loads(l)
    for m in p["mentions"]: po[m] = p["person"]
txt = open(f"{D}/score.txt").read().split("non-offenders flagged")[1].split("offenders missed")[0]
for pid in re.findall(r"^  (T\d+) ", txt, re.M):
    print("==", pid, T["people"][pid])
    ks = sorted((k for k, v in M.items() if v == pid), key=lambda k: REC[k.rsplit("/", 1)[0]]["received"])
    for k in ks:
        c, ref = k.rsplit("/", 1); r = REC[c]; s = next(s for s in r["subjects"] if s["ref"] == ref)
        print(f"  {po[k]} {r['received'][:10]} {k:22} {s['role']:9} {s.get('name')!s:22} ind={r.get('indicators')} off={r.get('offences')}")
