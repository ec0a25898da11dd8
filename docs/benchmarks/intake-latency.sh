#!/bin/bash
# Intake latency at 100,000 concerns: one concern at a time through POST /api/concerns, 40 times.
# usage: intake-latency.sh JAR TAG PORT (copies /tmp/demo100k, made by ./vigil demo --no-serve --concerns 100000 --data /tmp/demo100k)
JAR=$1; TAG=$2; PORT=$3; D=/tmp/lat-$TAG
rm -rf $D; cp -r /tmp/demo100k $D; rm -f $D/tmp/* 2>/dev/null
java -XX:MaxRAMPercentage=75 -jar $JAR serve --data $D --port $PORT > /tmp/lat-$TAG.log 2>&1 &
SP=$!
for i in $(seq 1 240); do grep -q "serving on" /tmp/lat-$TAG.log && break; sleep 1; done
grep "serving on\|first account" /tmp/lat-$TAG.log
PW=$(grep "created the first account" /tmp/lat-$TAG.log | sed 's/.*admin \/ \([^ ]*\) .*/\1/')
B=http://127.0.0.1:$PORT
curl -s -c /tmp/lat-$TAG.jar -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$PW\"}" $B/api/session > /tmp/lat-$TAG.sess
T=$(python3 -c "import json;print(json.load(open('/tmp/lat-$TAG.sess'))['csrfToken'])")
curl -s -b /tmp/lat-$TAG.jar -H "X-CSRF-Token: $T" --data "username=lat&displayName=Lat&role=analyst&password=latency-check-pw-1" $B/admin/accounts -o /dev/null -w "create %{http_code}\n"
curl -s -c /tmp/lat-$TAG.jar2 -H 'Content-Type: application/json' -d '{"username":"lat","password":"latency-check-pw-1"}' $B/api/session > /tmp/lat-$TAG.sess2
T2=$(python3 -c "import json;print(json.load(open('/tmp/lat-$TAG.sess2'))['csrfToken'])")
for i in $(seq 1 40); do
  printf '{"type":"concern","id":"LAT-%04d","received":"2026-02-01T10:00:00Z","agency":"Youth Project","author":{"id":"yp-1","name":"A Worker"},"subjects":[{"ref":"s1","role":"victim","name":"Girl%d Testcase","sex":"F","born":"2016-04"},{"ref":"s2","role":"suspect","name":"Man%d Testcase","sex":"M","phones":["07700 9%05d"]}],"narrative":"latency check"}\n' $i $i $i $i > /tmp/lat-$TAG.rec
  curl -s -b /tmp/lat-$TAG.jar2 -H "X-CSRF-Token: $T2" -H 'Content-Type: application/x-ndjson' --data-binary @/tmp/lat-$TAG.rec $B/api/concerns -o /dev/null -w "%{http_code} %{time_total}\n"
done > /tmp/lat-$TAG.times
kill $SP; wait $SP 2>/dev/null
awk '{print $1}' /tmp/lat-$TAG.times | sort | uniq -c
awk 'NR>5{print $2}' /tmp/lat-$TAG.times | sort -n | awk '{a[NR]=$1} END{print "n="NR" median="a[int(NR/2)+1]" p90="a[int(NR*0.9)]" max="a[NR]}'
