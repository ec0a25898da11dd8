"""How many benign adults touch many children in exploitation evidence, how many were ever named as suspect, how many flagged."""
import json, sys, collections, re
SPEC = {"older_partner", "gifts", "vehicle_pickup", "taxi", "hotel", "multiple_adults", "sexual_health", "pregnancy", "money", "trafficked_elsewhere"}
for D in sys.argv[1:]:
    T = json.load(open(f"{D}/truth.json")); M = T["mentions"]; P = T["people"]
    kids = collections.defaultdict(set); sus = collections.Counter()
    for l in open(f"{D}/town.jsonl"):
        r = json.loads(l)
        if r["type"] != "concern" or r.get("amends"): continue
        ev = bool(set(r.get("indicators", [])) & SPEC or r.get("offences"))
        pids = {s["ref"]: M[f"{r['id']}/{s['ref']}"] for s in r["subjects"]}
        ch = {p for p in pids.values() if P[p]["kind"] == "child"}
        for s in r["subjects"]:
            p = pids[s["ref"]]
            if P[p]["kind"] == "benign":
                if ev: kids[p] |= ch
                if s["role"] == "suspect": sus[p] += 1
    flagged = set(re.findall(r"^  (T\d+) ", open(f"{D}/score.txt").read().split("non-offenders flagged")[1].split("offenders missed")[0], re.M))
    many = [p for p in kids if len(kids[p]) >= 3 and P[p]["sub"] != "parent"]
    print(f"{D}: benign adults (not parents) beside >=3 children in exploitation evidence: {len(many)} "
          f"(max {max(len(kids[p]) for p in many)} children); of them ever named as suspect: {sum(1 for p in many if sus[p])}; "
          f"benign adults ever named as suspect: {len(sus)} ({sum(1 for p in sus if sus[p] >= 2)} twice); flagged: {len(flagged & set(P) - {p for p in P if P[p]['kind']=='child'})}")
