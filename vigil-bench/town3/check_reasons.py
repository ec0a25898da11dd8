"""Checks what alert reasons claim against the records: dismissed reports really closed NFA before the alert and
really exploitation evidence; the children counted in repeat_suspect and the agencies named."""
import json, re, sys, collections
D = sys.argv[1]
SPEC = {"older_partner", "gifts", "vehicle_pickup", "taxi", "hotel", "multiple_adults", "sexual_health", "pregnancy",
        "money", "trafficked_elsewhere"}
EXPL_OFF = ("19", "20", "21", "22", "70", "71", "72", "73", "88", "106", "13", "36", "17", "18", "23", "24", "25", "26", "27")
REC, DEC = {}, collections.defaultdict(list)
for l in open(f"{D}/town.jsonl"):
    r = json.loads(l)
    if r["type"] == "concern": REC[r["id"]] = r
    else: DEC[r["concern"]].append(r)
amended_by = collections.defaultdict(list)
for r in REC.values():
    if r.get("amends"): amended_by[r["amends"]].append(r["id"])
def versions(c):
    return [c] + amended_by[c]
def evidence(c):
    return any(set(REC[v].get("indicators", [])) & SPEC or any(o.startswith(EXPL_OFF) for o in REC[v].get("offences", [])) for v in versions(c) if v in REC)
bad = 0
for l in open(f"{D}/alerts.jsonl"):
    a = json.loads(l)
    if a["kind"] == "dismissed":
        for c, closed in re.findall(r"([A-Z]{2,3}-\d{4}-\d{5}(?:-A1)?) \([^)]*\) closed (\d{4}-\d{2}-\d{2})", a["reasons"][1]):
            ds = [d for v in versions(c) for d in DEC[v] if d["outcome"] == "no_further_action" and d["at"] <= a["raised"]]
            if not ds: bad += 1; print("dismissed without NFA:", a["alert"], c)
            if not evidence(c) and " of exploitation evidence " in a["reasons"][0]: bad += 1; print("dismissed not evidence:", a["alert"], c, REC[c].get("indicators"))
    if a["kind"] == "repeat_suspect":
        m = re.search(r"about (\d+) child", a["reasons"][0])
        kids = [p for p in a["persons"] if p["role"] != "suspect"]
        if m and int(m.group(1)) != len(kids):
            bad += 1; print("repeat_suspect children", a["alert"], m.group(1), len(kids), a["reasons"][0][:200])
print(D, "claims checked; problems:", bad)
