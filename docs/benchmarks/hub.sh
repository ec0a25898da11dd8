#!/bin/bash
# How fast `vigil replay` takes a town in which one thing is named in N concerns: the town of TOWN_DIR (made by
# ./vigil demo --no-serve --concerns 3000 --data TOWN_DIR) with N more concerns, each about a different girl, sent by
# one of six agencies over 15 years: three in five closed with no further action two days later, one in five sent
# to a strategy meeting, one in five left undecided. In the variant `place` each
# names a different man as her suspect at the takeaway "The Chippy" (by name alone); in `man` each names the same
# suspect, "Ash", 27 in 1998 and a year older each year, with one phone. Prints concerns/s and the alerts the replay
# raised and updated. CPU time is the replay's, all threads, which a busy machine changes less than the wall time.
# usage: hub.sh place|man N TOWN_DIR   (run from the repository root; uses ./vigil)
KIND=$1; N=$2; TOWN=$3; D=/tmp/hub-$KIND-$N
python3 - "$KIND" "$N" > $D.jsonl <<'PY'
import datetime, json, random, sys
kind, n = sys.argv[1], int(sys.argv[2]); random.seed(1)
given = ["Chloe", "Natalie", "Kirsty", "Jade", "Megan", "Leah", "Amber", "Shannon", "Holly", "Paige", "Courtney"]
men = ["Dean", "Wayne", "Lee", "Craig", "Darren", "Shane", "Gary", "Kyle", "Ricky", "Carl", "Stuart", "Mark"]
surnames = ["Greaves", "Stott", "Ashworth", "Marsh", "Dyson", "Pike", "Lloyd", "Osman", "Price", "Wright", "Hale",
            "Booth", "Firth", "Holt", "Senior", "Crossley", "Haigh", "Priestley", "Sykes", "Walsh"]
agencies = ["Police", "Children's Social Care", "Education", "Youth Project", "Emergency Department",
            "Sexual Health Service"]
reasons = ["lifestyle choice", "no offences disclosed", "she did not want to make a complaint", "consensual"]
for i in range(n):
    year = 1998 + i % 15
    girl = {"ref": "s1", "role": "victim", "sex": "F",
            "name": "%s %s" % (random.choice(given), random.choice(surnames)),
            "born": "%d-%02d-%02d" % (year - random.randint(13, 16), random.randint(1, 12), random.randint(1, 28))}
    if kind == "place":
        man = {"ref": "s2", "role": "suspect", "sex": "M", "places": ["p1"],
               "name": "%s %s" % (random.choice(men), random.choice(surnames)),
               "born": "%d-%02d-%02d" % (random.randint(1955, 1985), random.randint(1, 12), random.randint(1, 28))}
    else:
        man = {"ref": "s2", "role": "suspect", "sex": "M", "name": "Ash", "age": 27 + i % 15, "phones": ["07700 900461"]}
    concern = {"type": "concern", "id": "HX-%05d" % i, "agency": agencies[i % len(agencies)],
               "author": {"id": "hub-%d" % (i % 7)},
               "received": "%d-%02d-%02dT%02d:%02d:00Z" % (year, 1 + i // 15 % 12, 1 + i // 180 % 28, 9 + i % 10, i % 60),
               "subjects": [girl, man], "indicators": ["older_partner", "gifts"]}
    if kind == "place":
        concern["places"] = [{"ref": "p1", "kind": "takeaway", "name": "The Chippy"}]
    print(json.dumps(concern))
    at = (datetime.datetime.fromisoformat(concern["received"][:-1]) + datetime.timedelta(days=2)).isoformat() + "Z"
    if i % 5 < 3:
        print(json.dumps({"type": "decision", "id": "HXD-%05d" % i, "concern": concern["id"], "by": {"id": "hub-sup"},
                          "at": at, "outcome": "no_further_action", "reason": random.choice(reasons)}))
    elif i % 5 == 3:
        print(json.dumps({"type": "decision", "id": "HXD-%05d" % i, "concern": concern["id"], "by": {"id": "hub-sup"},
                          "at": at, "outcome": "strategy_meeting"}))
PY
rm -rf $D
/usr/bin/time -f "%e %U %S" -o $D.time ./vigil replay --progress none --data $D $TOWN/town/records.jsonl $D.jsonl \
  --alerts $D-alerts.jsonl 2> $D.err > /dev/null
concerns=$(( $(grep -c '"type": *"concern"' $TOWN/town/records.jsonl) + N ))
read wall user sys < $D.time
python3 -c "print('$KIND named in $N concerns: $concerns concerns replayed in %.1f s, %.0f concerns/s; %.1f s of CPU'
                  % ($wall, $concerns / $wall, $user + $sys))"
grep 'alerts raised' $D.err
