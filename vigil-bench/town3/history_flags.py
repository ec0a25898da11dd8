"""Scans every version of every alert (vigil export alerts: raised + each update) for suspects whose mentions are
mostly a non-offender's; prints the first such version per (alert, true person)."""
import json, sys, collections
D = sys.argv[1]
T = json.load(open(f"{D}/truth.json")); M = T["mentions"]; P = T["people"]
seen = set()
for l in open(f"{D}/alerts-history.jsonl"):
    a = json.loads(l)
    if a["kind"] == "overdue": continue
    versions = [{"at": a["raised"], "trigger": a["trigger"], "persons": a["persons"], "changes": []}] + a.get("changes", [])
    for v in versions:
        for p in v["persons"]:
            if p.get("part") != "suspect": continue
            c = collections.Counter(M[m] for m in p["mentions"])
            top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if P[top]["kind"] != "offender" and (a["alert"], top) not in seen:
                seen.add((a["alert"], top))
                print(f"{a['alert']} {a['kind']} version at {v['at']} trigger {v['trigger']} changes {v['changes']}: "
                      f"{p['person']} -> {top} {P[top]['sub']} {P[top]['name']}; mentions {dict(c)}")
