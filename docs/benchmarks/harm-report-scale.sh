#!/bin/bash
# vigil harm-report on years of a force's files: the five South Yorkshire months copied 40 times (200 files, 2,953,360
# rows), each copy under later months and its own Crime IDs, so nothing is a duplicate. Prints wall time, peak RSS and
# CPU, and the largest heap in use after a collection.
# usage: docs/benchmarks/harm-report-scale.sh [HEAP]   (run from the repository root; HEAP defaults to 512m)
HEAP=${1:-512m}; D=/tmp/harm-report-scale
mkdir -p $D/data
python3 - "$D/data" <<'PY'
import csv, glob, sys
src = sorted(glob.glob('vigil-harm/src/test/resources/police-uk/*-street.csv'))
for k in range(40):
    for i, f in enumerate(src):
        y, m = 2000 + (k * 5 + i) // 12, (k * 5 + i) % 12 + 1
        with open(f, newline='') as fin, open('%s/%d-%02d-street.csv' % (sys.argv[1], y, m), 'w', newline='') as fout:
            rows = csv.reader(fin); out = csv.writer(fout, lineterminator='\n')
            out.writerow(next(rows))
            for row in rows:
                if row[0]:
                    row[0] = '%02d' % k + row[0][2:]
                row[1] = '%d-%02d' % (y, m)
                out.writerow(row)
PY
./vigil --version > /dev/null   # builds the jar if needed
/usr/bin/time -f "%e s wall, %M KB peak RSS, %U s user CPU" java -Xmx$HEAP -Xlog:gc:file=$D/gc.log \
    -cp vigil-cli/target/vigil.jar org.vigil.cli.Main harm-report $D/data/*.csv > $D/report.txt
grep -o '[0-9]*M->[0-9]*M' $D/gc.log | awk -F'->' '{print $2}' | sort -n | tail -1 | sed 's/^/largest heap after a collection: /'
tail -1 $D/report.txt
