#!/usr/bin/env python3
"""check.py OUTDIR: validates town.jsonl against the interchange spec (v1), and truth/expected_rejects against it."""
import json, re, sys, datetime as dt, collections

ROLES = {"victim", "suspect", "associate", "witness", "reporter", "other"}
KINDS = {"address", "takeaway", "taxi_firm", "hotel", "car_park", "park", "school", "care_home", "shop", "other"}
INDIC = {"missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "taxi", "hotel", "multiple_adults",
         "sexual_health", "pregnancy", "injury", "school_absence", "online_contact", "money", "threats",
         "trafficked_elsewhere"}
OUTCOMES = {"no_further_action", "referred", "crime_recorded", "investigation", "safeguarding_plan",
            "strategy_meeting", "arrest", "charge", "conviction", "other"}
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def ttime(v):
    if not isinstance(v, str) or not TIME.match(v):
        return False
    try:
        dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def born_ok(b):
    if not isinstance(b, str):
        return False
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            dt.datetime.strptime(b, fmt)
            return len(b) == {"%Y-%m-%d": 10, "%Y-%m": 7, "%Y": 4}[fmt]
        except ValueError:
            pass
    return False


def problems(o):
    if not isinstance(o, dict):
        return "not an object"
    if o.get("type") == "decision":
        for k in ("id", "concern", "at", "by", "outcome"):
            if k not in o:
                return "decision without " + k
        if not ttime(o["at"]):
            return "bad at"
        if not isinstance(o["by"], dict) or not o["by"].get("id"):
            return "bad by"
        if o["outcome"] not in OUTCOMES:
            return "bad outcome"
        if o["outcome"] == "no_further_action" and not o.get("reason"):
            return "nfa without reason"
        return None
    if o.get("type") != "concern":
        return "bad type"
    for k in ("id", "received", "agency", "author", "subjects"):
        if k not in o:
            return "concern without " + k
    if not isinstance(o["id"], str) or not o["id"]:
        return "bad id"
    if not ttime(o["received"]):
        return "bad received"
    if not isinstance(o["author"], dict) or not o["author"].get("id"):
        return "bad author"
    prefs = set()
    for p in o.get("places", []):
        if p.get("kind") not in KINDS:
            return "bad place kind"
        if p.get("ref") in prefs:
            return "dup place ref"
        prefs.add(p.get("ref"))
    refs = set()
    if not isinstance(o["subjects"], list):
        return "subjects not a list"
    for s in o["subjects"]:
        if not isinstance(s, dict) or "ref" not in s or s["ref"] in refs:
            return "bad/dup subject ref"
        refs.add(s["ref"])
        if s.get("role") not in ROLES:
            return "bad role"
        if "born" in s and not born_ok(s["born"]):
            return "bad born"
        if "age" in s and not (isinstance(s["age"], int) and 0 <= s["age"] < 120):
            return "bad age"
        if "sex" in s and s["sex"] not in ("F", "M", "X"):
            return "bad sex"
        for pr in s.get("places", []):
            if pr not in prefs:
                return "undefined place ref"
        for v in s.get("vehicles", []):
            if not isinstance(v, dict) or not isinstance(v.get("vrm"), str):
                return "bad vehicle"
        if not all(isinstance(x, str) for x in s.get("phones", [])):
            return "bad phone"
    for i in o.get("indicators", []):
        if i not in INDIC:
            return "bad indicator"
    g = o.get("grading")
    if g is not None:
        if g.get("scheme") == "5x5x5":
            if g.get("source") not in list("ABCDE") or str(g.get("intelligence")) not in list("12345") or \
                    str(g.get("handling")) not in list("12345"):
                return "bad 5x5x5"
        elif g.get("scheme", "3x5x2") == "3x5x2":
            if str(g.get("source")) not in "123" or len(str(g.get("source"))) != 1 or \
                    g.get("intelligence") not in list("ABCDE") or g.get("handling") not in ("P", "C"):
                return "bad 3x5x2"
        else:
            return "unknown scheme"
    return None


def main(d):
    exp = {}
    for l in open(d + "/expected_rejects.jsonl", encoding="utf-8"):
        e = json.loads(l)
        exp[e["line"]] = e["why"]
    seen, bad, errs = {}, {}, []
    valid = []
    for n, line in enumerate(open(d + "/town.jsonl", encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            o = json.loads(line)
            why = problems(o)
        except json.JSONDecodeError:
            o, why = None, "bad json"
        if why is None:
            if o["id"] in seen and seen[o["id"]] != o:
                why = "conflicting duplicate id"
            elif o["id"] in seen:
                continue
            else:
                seen[o["id"]] = o
                valid.append(o)
        if why:
            bad[n] = why
    for n in set(bad) | set(exp):
        if (n in bad) != (n in exp):
            errs.append("line %d: checker says %s, expected_rejects says %s" % (n, bad.get(n), exp.get(n)))
    # truth
    tm, tp = {}, {}
    for l in open(d + "/truth.jsonl", encoding="utf-8"):
        e = json.loads(l)
        if e["type"] == "mention":
            if e["mention"] in tm:
                errs.append("mention twice in truth: " + e["mention"])
            tm[e["mention"]] = e["person"]
        else:
            tp[e["person"]] = e
    want = collections.Counter()
    ments = set()
    for o in valid:
        if o["type"] == "concern":
            for s in o["subjects"]:
                ments.add("%s/%s" % (o["id"], s["ref"]))
    if ments != set(tm):
        errs.append("truth mentions differ from input: %d missing, %d extra" % (len(ments - set(tm)), len(set(tm) - ments)))
    cnt = collections.Counter(tm.values())
    for p, c in cnt.items():
        if p not in tp:
            errs.append("person %s has no person line" % p)
        elif len(tp[p]["mentioned"]) != c:
            errs.append("person %s: %d mentions but %d mentioned times" % (p, c, len(tp[p]["mentioned"])))
    kinds = collections.Counter(e["kind"] for e in tp.values())
    nc = sum(1 for o in valid if o["type"] == "concern")
    nd = sum(1 for o in valid if o["type"] == "decision")
    print("valid concerns %d, decisions %d, rejects %d, mentions %d, persons %d %s" %
          (nc, nd, len(bad), len(tm), len(tp), dict(kinds)))
    for e in errs[:30]:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
