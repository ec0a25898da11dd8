#!/usr/bin/env python3
"""Scores Vigil's alerts on a town from gen.py against its truth.

usage: python3 score.py DIR [--detail]     (DIR holds town.jsonl, truth.json, alerts.jsonl, persons.jsonl)

A person in an alert is flagged when their role is `suspect`; alert persons map to truth by the majority of
their `mentions`. `overdue` alerts are ignored for flagging.
"""
import collections
import json
import statistics
import sys

D = sys.argv[1]
DETAIL = "--detail" in sys.argv
T = json.load(open(f"{D}/truth.json"))
M, PEO = T["mentions"], T["people"]
A = [json.loads(l) for l in open(f"{D}/alerts.jsonl")]
# With the history (`vigil export alerts`), every version counts for flagging, and an alert is judged on its last
# version, as `vigil evaluate` does; without it, the lines `replay` wrote (as raised).
import os
HIST = {}
if os.path.exists(f"{D}/alerts-history.jsonl"):
    for l in open(f"{D}/alerts-history.jsonl"):
        h = json.loads(l)
        HIST[h["alert"]] = [{"at": h["raised"], "persons": h["persons"]}] + [
            {"at": c["at"], "persons": c["persons"]} for c in h.get("changes", [])]
PERS = [json.loads(l) for l in open(f"{D}/persons.jsonl")]
REC = {}
for l in open(f"{D}/town.jsonl"):
    r = json.loads(l)
    if r["type"] == "concern":
        REC[r["id"]] = r


def truth_of(mentions):
    c = collections.Counter(M.get(m, "?") for m in mentions)
    return c.most_common(1)[0][0] if c else "?"


def kind(pid):
    p = PEO.get(pid)
    return "?" if not p else p["kind"]


# concerns naming each truth person, by time
named = collections.defaultdict(list)   # pid -> [(received, concern id, role)]
for key, pid in M.items():
    cid, ref = key.rsplit("/", 1)
    r = REC[cid]
    role = next(s["role"] for s in r["subjects"] if s["ref"] == ref)
    named[pid].append((r["received"], cid, role))
offenders = [p for p, v in PEO.items() if v["kind"] == "offender"]
# children co-named with an offender: the exploited ones
exploited = set()
for cid, r in REC.items():
    pids = [M[f"{cid}/{s['ref']}"] for s in r["subjects"]]
    if any(kind(p) == "offender" for p in pids):
        exploited |= {p for p in pids if kind(p) == "child"}

alerts = [a for a in A if a["kind"] != "overdue"]
flag_first = {}          # truth pid -> first alert flagging them as suspect
flag_vigil = {}          # vigil person -> truth pids it stood for in alerts (majority of its mentions there)
MIXED = {}               # vigil person flagged whose mentions are of more than one truth person
alert_ok = []
for a in alerts:
    versions = HIST.get(a["alert"], [{"at": a["raised"], "persons": a["persons"]}])
    for v in versions:
        for p in v["persons"]:
            if p.get("part", p["role"]) != "suspect":
                continue
            t = truth_of(p["mentions"])
            flag_vigil.setdefault(p["person"], set()).add(t)
            mixed = collections.Counter(M.get(m, "?") for m in p["mentions"])
            if len(mixed) > 1:
                MIXED.setdefault(p["person"], {}).update({k: v for k, v in mixed.items()})
            if t not in flag_first or v["at"] < flag_first[t]["raised"]:
                flag_first[t] = dict(a, raised=v["at"])
    last = versions[-1]["persons"]
    sus = [p for p in last if p.get("part", p["role"]) == "suspect"]
    tp = [truth_of(p["mentions"]) for p in sus]
    a = dict(a, persons=last)
    if tp:
        ok = all(kind(t) == "offender" for t in tp)
    else:
        ok = any(truth_of(p["mentions"]) in exploited for p in a["persons"])
    alert_ok.append((a, ok, tp))

flagged_off = [o for o in offenders if o in flag_first]
# offenders with evidence: named as suspect in >= 2 concerns about >= 2 distinct children
def evidence(o):
    cs = [c for _, c, role in named[o] if role in ("suspect", "associate")]
    kids = set()
    for c in cs:
        for s in REC[c]["subjects"]:
            p = M[f"{c}/{s['ref']}"]
            if kind(p) == "child":
                kids.add(p)
    return len(set(cs)), len(kids)


ev = {o: evidence(o) for o in offenders}
with_ev = [o for o in offenders if ev[o][0] >= 2 and ev[o][1] >= 2]
print(f"alerts: {collections.Counter(a['kind'] for a in A)}")
print(f"offender recall: {len(flagged_off)}/{len(offenders)} = {len(flagged_off) / len(offenders):.3f}; "
      f"among offenders named as suspect in >=2 concerns about >=2 children: "
      f"{sum(o in flag_first for o in with_ev)}/{len(with_ev)} = {sum(o in flag_first for o in with_ev) / max(1, len(with_ev)):.3f}")
good_v = sum(all(kind(t) == "offender" for t in ts) for ts in flag_vigil.values())
print(f"precision per distinct flagged (Vigil) person: {good_v}/{len(flag_vigil)} = {good_v / max(1, len(flag_vigil)):.3f}")
tset = set().union(*flag_vigil.values()) if flag_vigil else set()
good_t = sum(kind(t) == "offender" for t in tset)
print(f"precision per distinct flagged (truth) person: {good_t}/{len(tset)} = {good_t / max(1, len(tset)):.3f}")
nok = sum(ok for _, ok, _ in alert_ok)
print(f"precision per alert (non-overdue; all suspects offenders, or no suspect and an exploited child): "
      f"{nok}/{len(alert_ok)} = {nok / max(1, len(alert_ok)):.3f}")
for k in sorted({a['kind'] for a, _, _ in alert_ok}):
    xs = [ok for a, ok, _ in alert_ok if a["kind"] == k]
    print(f"   {k}: {sum(xs)}/{len(xs)}")
lat = []
for o in flagged_off:
    t = flag_first[o]["raised"]
    lat.append(len({c for r, c, _ in named[o] if r <= t}))
print(f"concerns naming an offender up to his first alert: median {statistics.median(lat) if lat else '-'} "
      f"(n={len(lat)}, dist {sorted(lat)})")

print(f"flagged Vigil persons whose mentions mix truth persons (linkage merges): {len(MIXED)}")
for v, c in MIXED.items():
    print(f"   {v}: " + ", ".join(f"{t} {PEO.get(t, {}).get('sub')} x{n}" for t, n in c.items()))
benign_flagged = [t for t in tset if kind(t) != "offender"]
print(f"\nnon-offenders flagged as suspect: {len(benign_flagged)}  by kind: "
      f"{collections.Counter(PEO[t]['sub'] if t in PEO else '?' for t in benign_flagged)}")
for t in benign_flagged:
    p = PEO.get(t, {"sub": "?", "name": "?"})
    als = [a for a, ok, tp in alert_ok if t in tp]
    print(f"  {t} {p['sub']} {p['name']}: {len(als)} alerts; roles named in: "
          f"{collections.Counter(r for _, _, r in named[t])}")
    if DETAIL:
        for a in als[:3]:
            print(f"     {a['alert']} {a['kind']} {a['raised']} trigger {a['trigger']}")
            for x in a["reasons"][:3]:
                print(f"        - {x[:300]}")
            for p in a["persons"]:
                tt = truth_of(p["mentions"])
                print(f"        {p['role']:9} {p['person']} -> {tt} {PEO.get(tt, {}).get('sub')} {p['mentions'][:8]}")

# offenders missed
person_of = {}
for p in PERS:
    for m in p["mentions"]:
        person_of[m] = p["person"]
print("\noffenders missed:")
for o in offenders:
    if o in flag_first:
        continue
    keys = [k for k, v in M.items() if v == o]
    sus = [k for k in keys if any(s["ref"] == k.rsplit("/", 1)[1] and s["role"] == "suspect"
                                  for s in REC[k.rsplit("/", 1)[0]]["subjects"])]
    vp = collections.Counter(person_of.get(k) for k in keys)
    print(f"  {o} {PEO[o]['sub']} {PEO[o]['name']} {PEO[o]['nicks']}: {len(keys)} mentions ({len(sus)} as suspect), "
          f"{ev[o][0]} concerns as suspect/associate about {ev[o][1]} children; Vigil persons {dict(vp)}")

if DETAIL:
    print("\nalerts judged wrong:")
    for a, ok, tp in alert_ok:
        if ok:
            continue
        print(f"  {a['alert']} {a['kind']} {a['raised']} trigger {a['trigger']}")
        for x in a["reasons"][:2]:
            print(f"     - {x[:400]}")
        for p in a["persons"]:
            t = truth_of(p["mentions"])
            print(f"     {p['role']:9} {p['person']} -> {t} {PEO.get(t, {}).get('sub')} "
                  f"exploited={t in exploited} {p['mentions'][:6]}")
