#!/bin/bash
# Intake latency while `vigil ingest` of 40,000 new lines runs beside `vigil serve` on a copy of the 100,000-concern demo
# store (/tmp/demo100k). usage: intake-beside-ingest.sh JAR TAG PORT. The 40,000 lines are the demo town's first, ids prefixed:
#   head -40000 /tmp/demo100k/town/records.jsonl | sed 's/"id":"/"id":"X/; s/"concern":"/"concern":"X/; s/"amends":"/"amends":"X/' > /tmp/x40k.jsonl
JAR=$1; TAG=$2; PORT=$3; D=/tmp/turns-$TAG
rm -rf $D; cp -r /tmp/demo100k $D
java -XX:MaxRAMPercentage=75 -jar $JAR serve --data $D --port $PORT > /tmp/turns-$TAG.log 2>&1 &
SP=$!
for i in $(seq 1 240); do grep -q "serving on" /tmp/turns-$TAG.log && break; sleep 1; done
PW=$(grep "created the first account" /tmp/turns-$TAG.log | sed 's/.*admin \/ \([^ ]*\) .*/\1/')
B=http://127.0.0.1:$PORT
curl -s -c /tmp/turns-$TAG.jar -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$PW\"}" $B/api/session > /tmp/turns-$TAG.sess
T=$(python3 -c "import json;print(json.load(open('/tmp/turns-$TAG.sess'))['csrfToken'])")
curl -s -b /tmp/turns-$TAG.jar -H "X-CSRF-Token: $T" --data "username=lat&displayName=Lat&role=analyst&password=latency-check-pw-1" $B/admin/accounts -o /dev/null
curl -s -c /tmp/turns-$TAG.jar2 -H 'Content-Type: application/json' -d '{"username":"lat","password":"latency-check-pw-1"}' $B/api/session > /tmp/turns-$TAG.sess2
T2=$(python3 -c "import json;print(json.load(open('/tmp/turns-$TAG.sess2'))['csrfToken'])")
start=$(date +%s.%N)
( /usr/bin/time -f "ingest wall %e s" java -XX:MaxRAMPercentage=75 -jar $JAR ingest --data $D /tmp/x40k.jsonl > /tmp/turns-$TAG.ingest 2>&1; echo "ingest ended $(date +%s.%N)" >> /tmp/turns-$TAG.ingest ) &
IP=$!
sleep 3
for i in $(seq 1 30); do
  printf '{"type":"concern","id":"TURN-%04d","received":"2026-02-01T10:00:00Z","agency":"Youth Project","author":{"id":"yp-1","name":"A Worker"},"subjects":[{"ref":"s1","role":"victim","name":"Girl%d Testcase","sex":"F","born":"2016-04"},{"ref":"s2","role":"suspect","name":"Man%d Testcase","sex":"M","phones":["07700 9%05d"]}],"narrative":"turn check"}\n' $i $i $i $i > /tmp/turns-$TAG.rec
  echo "$(date +%s.%N) $(curl -s -b /tmp/turns-$TAG.jar2 -H "X-CSRF-Token: $T2" -H 'Content-Type: application/x-ndjson' --data-binary @/tmp/turns-$TAG.rec $B/api/concerns -o /dev/null -w '%{http_code} %{time_total}')"
  sleep 0.5
done > /tmp/turns-$TAG.times
wait $IP
kill $SP; wait $SP 2>/dev/null
echo "start $start"; cat /tmp/turns-$TAG.ingest | tail -4; cat /tmp/turns-$TAG.times
java -jar $JAR verify --data $D | tail -1
