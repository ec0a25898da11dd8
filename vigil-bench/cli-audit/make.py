#!/usr/bin/env python3
"""Writes hand-made, spec-only inputs for the outside CLI audit (synthetic people only)."""
import gzip, json, os
here = os.path.dirname(os.path.abspath(__file__))
def j(o): return json.dumps(o, ensure_ascii=False, separators=(", ", ": "))
A = lambda i, n, r: {"id": i, "name": n, "role": r}
VOCAB = ["missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "taxi", "hotel", "multiple_adults",
         "sexual_health", "pregnancy", "injury", "school_absence", "online_contact", "money", "threats",
         "trafficked_elsewhere"]
KINDS = ["address", "takeaway", "taxi_firm", "hotel", "car_park", "park", "school", "care_home", "shop", "other"]
OUTCOMES = ["no_further_action", "referred", "crime_recorded", "investigation", "safeguarding_plan",
            "strategy_meeting", "arrest", "charge", "conviction", "other"]
main = [
 {"type": "concern", "id": "SCH-001", "received": "2025-01-10T08:15:00Z", "agency": "Northgate Academy",
  "author": A("sch-11", "Mrs Å. Þórsdóttir", "DSL"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Zoë Ólafsdóttir", "born": "2010-03", "sex": "F",
                "address": "3 Élan Close, S61 2QQ"},
               {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "age": 31, "sex": "M",
                "phones": ["07700 900123"], "vehicles": [{"vrm": "YK08 ?BC", "description": "black Golf"}],
                "places": ["p1"]}],
  "places": [{"ref": "p1", "kind": "takeaway", "name": "Café Noël", "address": "Wellgate, S60 2LR"}],
  "indicators": ["older_partner", "vehicle_pickup", "school_absence"], "offences": ["22B"],
  "grading": {"source": "2", "intelligence": "B", "handling": "P"}, "narrative": "Zoë says \"Con\" collects her."},
 {"type": "concern", "id": "POL-002", "received": "2025-02-14T19:30:00.123+00:00", "agency": "Police",
  "author": A("syp-9", "PC N. Ng", "police officer"),
  "subjects": [{"ref": "v", "role": "victim", "name": "Zoe\u0308 Olafsdottir", "born": "2010", "sex": "F"},
               {"ref": "x", "role": "suspect", "name": "Con", "aliases": ["Connor", "CB"], "sex": "M",
                "phones": ["+44 7700 900123"], "vehicles": [{"vrm": "YK08XBC"}]}],
  "grading": {"scheme": "5x5x5", "source": "B", "intelligence": "2", "handling": "4"},
  "indicators": ["missing", "alcohol_drugs"], "offences": ["19E", "71"], "narrative": "Found in car 🚗 at 02:00."},
 {"type": "concern", "id": "HLT-003", "received": "2025-03-01T10:00:00+05:30", "agency": "Sexual Health",
  "author": A("nhs-3", "李 医生", "nurse"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "李小梅", "age": 13, "sex": "F"},
               {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "born": "1992-02-29", "sex": "M",
                "phones": ["07700900123"]}],
  "indicators": ["sexual_health", "pregnancy", "older_partner"], "grading": {"source": 1, "intelligence": "A", "handling": "C"}},
 {"type": "concern", "id": "YP-004", "received": "2024-02-29T23:59:59.999999999-08:00", "agency": "Youth Project",
  "author": A("yp-1", "Ḿ. O'Neill", "youth worker"),
  "subjects": [{"ref": "a", "role": "victim", "name": "مريم حسن", "age": "14", "sex": "F"},
               {"ref": "b", "role": "suspect", "name": "Connor B.", "phones": ["07700 900 123"], "sex": "M",
                "vehicles": [{"vrm": "??08 ?BC", "description": "dark hatchback"}]},
               {"ref": "c", "role": "associate", "name": "Ḱ"}, {"ref": "d", "role": "witness"},
               {"ref": "e", "role": "reporter", "name": "Ms Reporter"}, {"ref": "f", "role": "other", "sex": "X"}],
  "places": [{"ref": "p%d" % i, "kind": k, "name": "Place %d" % i} for i, k in enumerate(KINDS)],
  "indicators": VOCAB, "offences": ["106", "88A"]},
 {"type": "concern", "id": "SC-005", "received": "2025-04-02T12:00:00+01:00", "agency": "Children's Social Care",
  "author": A("csc-2", "J. Kowalczyk", "social worker"), "subjects": [], "narrative": None},
 {"type": "concern", "id": "NUL-006", "received": "2025-04-03T09:00:00Z", "agency": "Police",
  "author": A("syp-9", None, None),
  "subjects": [{"ref": "s1", "role": "victim", "name": None, "aliases": None, "born": None, "age": None, "sex": None,
                "address": None, "phones": None, "vehicles": None, "places": None}],
  "places": None, "indicators": None, "offences": None, "grading": None, "narrative": None, "amends": None,
  "x_partner_field": {"nested": [1, 2, 3]}},
 {"type": "concern", "id": "EMO-007", "received": "2025-04-04T00:00:00+14:00", "agency": "School 🏫",
  "author": A("sch-12", "👩‍🏫", "teacher"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Jaydn 🦄 Smith", "age": 12, "sex": "M"},
               {"ref": "s2", "role": "suspect", "name": "C. Briggs", "age": 31, "sex": "M",
                "phones": ["07700 900123"]}],
  "indicators": ["online_contact", "gifts", "money"], "narrative": "x" * 200000},
 {"type": "concern", "id": "LONG-008", "received": "2025-04-05T23:00:00-12:00", "agency": "A" * 5000,
  "author": A("a" * 300, "N" * 3000, "R" * 3000),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Ł" * 4000, "age": 15, "sex": "F"}]},
]
decisions = [
 # decision whose concern arrives later in the file and earlier in time
 {"type": "decision", "id": "D-100", "concern": "LATE-009", "at": "2025-05-01T10:00:00Z",
  "by": A("syp-4", "DC Lane", "police officer"), "outcome": "no_further_action", "reason": "no complaint"},
] + [
 {"type": "decision", "id": "D-1%02d" % (i + 1), "concern": "SCH-001", "at": "2025-01-%02dT10:00:00Z" % (11 + i),
  "by": A("syp-4", "DC Lane", "police officer"), "outcome": o, "reason": "r %d" % i} for i, o in enumerate(OUTCOMES)
] + [
 # decision dated before its concern was received
 {"type": "decision", "id": "D-120", "concern": "POL-002", "at": "2025-02-01T00:00:00Z",
  "by": A("syp-4", "DC Lane", "police officer"), "outcome": "referred"},
 {"type": "concern", "id": "LATE-009", "received": "2025-04-30T10:00:00Z", "agency": "Police",
  "author": A("syp-9", "PC N. Ng", "police officer"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Amélie Dubois", "born": "2011-07-04", "sex": "F"},
               {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "born": "1992-02-29", "sex": "M",
                "phones": ["07700 900123"]}], "indicators": ["hotel", "multiple_adults"]},
]
amend = [
 {"type": "concern", "id": "SCH-001a", "amends": "SCH-001", "received": "2025-01-10T09:00:00Z", "agency": "Northgate Academy",
  "author": A("sch-11", "Mrs Å. Þórsdóttir", "DSL"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Zoë Ólafsdóttir", "born": "2010-03-07", "sex": "F"},
               {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "age": 32, "sex": "M", "phones": ["07700 900123"]}]},
 {"type": "concern", "id": "SCH-001b", "amends": "SCH-001a", "received": "2025-01-10T09:30:00Z", "agency": "Northgate Academy",
  "author": A("sch-11", "Mrs Å. Þórsdóttir", "DSL"),
  "subjects": [{"ref": "s1", "role": "victim", "name": "Zoë Ólafsdóttir", "born": "2010-03-07", "sex": "F"},
               {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "age": 32, "sex": "M", "phones": ["07700 900123"]}]},
]
bad = [
 '{"type": "note", "id": "BAD-1", "received": "2025-01-01T00:00:00Z"}',
 '{"type": "concern", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": []}',
 '{"type": "concern", "id": "BAD-3", "received": "2025-01-01T00:00:00", "agency": "X", "author": {"id": "x"}, "subjects": []}',
 '{"type": "concern", "id": "BAD-4", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "perpetrator"}]}',
 '{"type": "concern", "id": "BAD-5", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim", "sex": "female"}]}',
 '{"type": "concern", "id": "BAD-6", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "indicators": ["grooming"]}',
 '{"type": "concern", "id": "BAD-7", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "places": [{"ref": "p1", "kind": "pub"}]}',
 '{"type": "concern", "id": "BAD-8", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim"}, {"ref": "s1", "role": "suspect"}]}',
 '{"type": "concern", "id": "BAD-9", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim", "places": ["p9"]}]}',
 '{"type": "concern", "id": "BAD-10", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "grading": {"source": "4", "intelligence": "F", "handling": "X"}}',
 '{"type": "decision", "id": "BAD-11", "concern": "SCH-001", "at": "2025-01-20T00:00:00Z", "by": {"id": "x"}, "outcome": "no_further_action"}',
 '{"type": "decision", "id": "BAD-12", "concern": "SCH-001", "at": "2025-01-20T00:00:00Z", "by": {"id": "x"}, "outcome": "dismissed", "reason": "x"}',
 '{"type": "concern", "id": "BAD-13", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [}',
 '[1, 2, 3]',
 '"just a string"',
 '{"type": "concern", "id": "BAD-16", "received": "2025-13-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": []}',
 '{"type": "concern", "id": "BAD-17", "received": "2025-01-01T00:00:00Z", "agency": "X", "subjects": []}',
 '{"type": "concern", "id": "BAD-18", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}}',
 '{"type": "concern", "id": "BAD-19", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim", "born": "2030-01-01"}]}',
 '{"type": "concern", "id": "BAD-20", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim", "age": -3}]}',
 '{"type": "decision", "id": "BAD-21", "concern": "SCH-001", "at": "2025-01-20T00:00:00Z", "by": {"id": "x"}, "outcome": "no_further_action", "reason": ""}',
 '{"type": "concern", "id": "BAD-22", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"role": "victim"}]}',
 '{"type": "concern", "id": "BAD-23", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "amends": "BAD-23"}',
 '{"type": "concern", "id": "SCH-001", "received": "2025-01-10T08:15:00Z", "agency": "Northgate Academy", "author": {"id": "sch-11"}, "subjects": []}',
 '{"type": "concern", "id": "BAD-25", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "type": "decision"}',
 '{"type": "concern", "id": "BAD-26", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [{"ref": "s1", "role": "victim", "vehicles": [{"description": "no vrm"}]}]}',
 '{"type": "concern", "id": "", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": []}',
 '{"type": "concern", "id": "BAD-28", "received": "2025-01-01T00:00:00Z", "agency": "X", "author": {"id": "x"}, "subjects": [], "grading": {"scheme": "5x5x5", "source": "Z"}}',
]
def write(name, lines, eol="\n", bom=False):
    with open(os.path.join(here, name), "wb") as f:
        data = eol.join(lines) + eol
        if bom: data = "\ufeff" + data
        f.write(data.encode("utf-8"))
# main: BOM, CRLF, blank lines (with spaces and a lone CR-LF)
ml = [j(r) for r in main]
write("a_main.jsonl", [ml[0], "", "   ", ml[1], ml[2], "", ml[3], ml[4], ml[5], ml[6], ml[7], ""], eol="\r\n", bom=True)
write("b_decisions.jsonl", [j(r) for r in decisions])
write("c_amend.jsonl", [j(r) for r in reversed(amend)])  # amendment of the amendment first
# re-sends: the same record byte for byte, keys reordered, other whitespace, and then a changed copy
r0 = main[0]
resend = [j(r0), json.dumps(dict(reversed(list(r0.items()))), ensure_ascii=True), json.dumps(r0, indent=None, separators=(",", ":"))]
write("d_resend.jsonl", resend)
write("g_bad.jsonl", bad)
open(os.path.join(here, "f_empty.jsonl"), "wb").close()
write("f_blank.jsonl", ["", " ", "\t"])
with gzip.open(os.path.join(here, "e_more.jsonl.gz"), "wb") as f:
    f.write((j({"type": "concern", "id": "GZ-010", "received": "2025-06-01T12:00:00.5Z", "agency": "Taxi Licensing",
               "author": A("tl-1", "T. Ahmed", "licensing officer"),
               "subjects": [{"ref": "s1", "role": "victim", "name": "Zoë Olafsdottir", "born": "2010-03-07", "sex": "F"},
                            {"ref": "s2", "role": "suspect", "name": "Connor Briggs", "sex": "M", "phones": ["07700 900123"],
                             "vehicles": [{"vrm": "YK08 XBC", "description": "black Golf"}]}],
               "places": [{"ref": "p1", "kind": "taxi_firm", "name": "A1 Cars"}], "indicators": ["taxi"],
               "grading": {"source": "3", "intelligence": "E", "handling": "C"}}) + "\n").encode())
