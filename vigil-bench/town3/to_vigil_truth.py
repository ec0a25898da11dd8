"""Writes DIR/truth.jsonl (vigil-town's truth schema 1) from DIR/truth.json, for `vigil evaluate`."""
import json, sys, collections
D = sys.argv[1]
T = json.load(open(f"{D}/truth.json"))
rec = {}
for l in open(f"{D}/town.jsonl"):
    r = json.loads(l)
    if r["type"] == "concern": rec[r["id"]] = r["received"]
when = collections.defaultdict(set)
for m, p in T["mentions"].items():
    when[p].add(rec[m.rsplit("/", 1)[0]])
net = {p: f"N{i}" for i, ms in enumerate(T["networks"]) for p in ms}
victims = set()
for cid in rec:
    pass
with open(f"{D}/truth.jsonl", "w") as f:
    f.write(json.dumps({"type": "town", "schema": 1}) + "\n")
    for pid, p in T["people"].items():
        kind = {"offender": "offender", "benign": "benign_adult"}.get(p["kind"], "other_child" if p["kind"] == "child" else "other_adult")
        if p["sub"] == "parent": kind = "other_adult"
        f.write(json.dumps({"type": "person", "person": pid, "kind": kind, "name": p["name"], "born": p["born"],
                            "occupation": p["sub"].replace("_", " ") if kind == "benign_adult" else "",
                            "network": net.get(pid, ""), "mentioned": sorted(when[pid])}) + "\n")
    for m, p in T["mentions"].items():
        f.write(json.dumps({"type": "mention", "mention": m, "person": p}) + "\n")
