#!/bin/bash
# How many persons one man and one reporter become when each is named in N reports: the town of TOWN_DIR (made by
# ./vigil demo --no-serve --concerns 3000 --data TOWN_DIR) with N more concerns, each naming a different girl, the
# reporter "Sandra Whitlock" of one agency, and the suspect "Ash", 27 in 1998 and a year older each year, with one phone. Ideally 1 and 1.
# usage: prolific-person.sh N TOWN_DIR   (run from the repository root; uses ./vigil)
N=$1; TOWN=$2; D=/tmp/prolific-$N
python3 - "$N" > /tmp/prolific-$N.jsonl <<'PY'
import json, random, sys
n = int(sys.argv[1]); random.seed(1)
given = ["Chloe", "Liam", "Natalie", "Kirsty", "Tyler", "Jade", "Callum", "Megan", "Aaron", "Leah", "Owen", "Amber"]
surnames = ["Greaves", "Stott", "Ashworth", "Marsh", "Dyson", "Pike", "Lloyd", "Osman", "Price", "Wright", "Hale"]
for i in range(n):
    girl = {"ref": "s1", "role": "victim", "name": random.choice(given) + " " + random.choice(surnames), "sex": "F",
            "born": "199%d-%02d-%02d" % (random.randint(0, 5), random.randint(1, 12), random.randint(1, 28))}
    reporter = {"ref": "s2", "role": "reporter", "name": "Sandra Whitlock"}
    ash = {"ref": "s3", "role": "suspect", "name": "Ash", "age": 27 + i % 15, "phones": ["07700 900461"]}
    print(json.dumps({"type": "concern", "id": "PX-%05d" % i, "agency": "Social Care", "author": {"id": "sw-1"},
                      "received": "%d-%02d-%02dT10:%02d:00Z" % (1998 + i % 15, 1 + i % 12, 1 + i % 28, i % 60),
                      "subjects": [girl, reporter, ash], "indicators": ["missing", "older_partner"]}))
PY
rm -rf $D
./vigil replay --data $D $TOWN/town/records.jsonl /tmp/prolific-$N.jsonl --alerts $D-alerts.jsonl > /dev/null 2>&1
./vigil export persons --data $D --as bench --reason "prolific-person check" 2>/dev/null | python3 -c "
import json, sys
rows = [json.loads(l) for l in sys.stdin]
for ref, who in (('/s3', 'Ash'), ('/s2', 'Sandra Whitlock')):
    ps = [r for r in rows if any(m.startswith('PX-') and m.endswith(ref) for m in r['mentions'])]
    print('%s, named in $N reports: %d persons, the largest of %d mentions' % (who, len(ps), max(len(r['mentions']) for r in ps)))
"
python3 -c "
import json
ids = [json.loads(l) for l in open('$D-alerts.jsonl')]
print('repeat_suspect alerts naming Ash:', sum(1 for a in ids if a['kind'] == 'repeat_suspect' and any(m.startswith('PX-') and m.endswith('/s3') for p in a['persons'] for m in p['mentions'])))
"
