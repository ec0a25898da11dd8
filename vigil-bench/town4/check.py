#!/usr/bin/env python3
"""Checks a town against the interchange spec (v1) and its truth file. usage: check.py OUTDIR"""
import json, re, sys, collections
ROLES = {"victim", "suspect", "associate", "witness", "reporter", "other"}
KINDS = {"address", "takeaway", "taxi_firm", "hotel", "car_park", "park", "school", "care_home", "shop", "other"}
IND = {"missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "taxi", "hotel", "multiple_adults",
       "sexual_health", "pregnancy", "injury", "school_absence", "online_contact", "money", "threats", "trafficked_elsewhere"}
OUT = {"no_further_action", "referred", "crime_recorded", "investigation", "safeguarding_plan", "strategy_meeting",
       "arrest", "charge", "conviction", "other"}
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")
BORN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
d = sys.argv[1]
rejects = {json.loads(l)["line"] for l in open(d + "/expected_rejects.jsonl")}
errs, ids, concerns, mentions = [], {}, {}, set()
decs = []
for n, line in enumerate(open(d + "/town.jsonl", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line in rejects:
        continue
    def e(msg): errs.append("line %d: %s" % (n, msg))
    o = json.loads(line)
    if o["id"] in ids and ids[o["id"]] != line:
        e("id reused with different content " + o["id"])
    ids[o["id"]] = line
    if o["type"] == "concern":
        for f in ("id", "received", "agency", "author", "subjects"):
            if f not in o: e("missing " + f)
        if not TIME.match(o["received"]): e("bad time " + o["received"])
        if not isinstance(o["author"], dict) or "id" not in o["author"]: e("author.id")
        prefs = {p["ref"] for p in o.get("places", [])}
        for p in o.get("places", []):
            if p["kind"] not in KINDS: e("place kind " + p["kind"])
        refs = set()
        for s in o["subjects"]:
            if s["ref"] in refs: e("dup ref")
            refs.add(s["ref"])
            if s["role"] not in ROLES: e("role " + s["role"])
            if "born" in s and not BORN.match(s["born"]): e("born " + s["born"])
            if "sex" in s and s["sex"] not in ("F", "M", "X"): e("sex")
            if "age" in s and not isinstance(s["age"], int): e("age")
            for r in s.get("places", []):
                if r not in prefs: e("dangling place ref " + r)
            for v in s.get("vehicles", []):
                if "vrm" not in v and "description" not in v: e("empty vehicle")
            mentions.add(o["id"] + "/" + s["ref"])
        for i in o.get("indicators", []):
            if i not in IND: e("indicator " + i)
        g = o.get("grading")
        if g and g.get("scheme") != "5x5x5":
            if g["source"] not in ("1", "2", "3") or g["intelligence"] not in "ABCDE" or g["handling"] not in ("P", "C"): e("grading")
        concerns[o["id"]] = o
    elif o["type"] == "decision":
        for f in ("id", "concern", "at", "by", "outcome"):
            if f not in o: e("missing " + f)
        if o["outcome"] not in OUT: e("outcome " + o["outcome"])
        if o["outcome"] == "no_further_action" and not o.get("reason"): e("nfa without reason")
        if not TIME.match(o["at"]): e("bad time")
        decs.append((n, o))
    else:
        e("type " + o["type"])
for n, o in decs:
    if o["concern"] not in concerns: errs.append("line %d: decision on unknown concern %s" % (n, o["concern"]))
for o in concerns.values():
    if "amends" in o and o["amends"] not in concerns: errs.append("amends unknown " + o["amends"])
truth_m, persons = {}, {}
for line in open(d + "/truth.jsonl"):
    t = json.loads(line)
    if t["type"] == "mention": truth_m[t["mention"]] = t
    else: persons[t["person"]] = t
if set(truth_m) != mentions:
    errs.append("truth mentions differ: %d missing, %d extra" % (len(mentions - set(truth_m)), len(set(truth_m) - mentions)))
for m in truth_m.values():
    if m["person"] not in persons: errs.append("mention of unknown person " + m["person"])
kinds = collections.Counter(p["kind"] for p in persons.values())
forms = collections.Counter(m["form"] for m in truth_m.values())
print("concerns %d, decisions %d, mentions %d, persons %s" % (len(concerns), len(decs), len(mentions), dict(kinds)))
print("forms", dict(forms))
print("errors: %d" % len(errs))
for x in errs[:30]: print(" ", x)
sys.exit(1 if errs else 0)
