#!/usr/bin/env python3
"""check.py OUTDIR -- validate a generated town against the interchange v1 contract.

A validator written from interchange.md alone (it imports nothing from the generator):
  1. every line of town.jsonl is valid, blank, an identical re-send, or rejected;
  2. the rejected lines are exactly those listed in expected_rejects.jsonl;
  3. truth.jsonl covers every subject of every accepted concern exactly once, names only known
     persons, and each person's 'mentioned' list matches the concerns that name them.
Prints a summary; exits non-zero on any problem."""
import datetime as dt
import json
import re
import sys
from collections import Counter

ROLES = {'victim', 'suspect', 'associate', 'witness', 'reporter', 'other'}
KINDS = {'address', 'takeaway', 'taxi_firm', 'hotel', 'car_park', 'park', 'school', 'care_home', 'shop', 'other'}
INDICATORS = {'missing', 'older_partner', 'gifts', 'alcohol_drugs', 'vehicle_pickup', 'taxi', 'hotel',
              'multiple_adults', 'sexual_health', 'pregnancy', 'injury', 'school_absence', 'online_contact',
              'money', 'threats', 'trafficked_elsewhere'}
OUTCOMES = {'no_further_action', 'referred', 'crime_recorded', 'investigation', 'safeguarding_plan',
            'strategy_meeting', 'arrest', 'charge', 'conviction', 'other'}
PERSON_KINDS = {'offender', 'victim', 'benign_adult', 'other_adult', 'other_child'}
TIME_RE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$')
BORN_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
CODE_RE = re.compile(r'^\d{1,3}[A-Z]?$')


class Bad(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Bad(msg)


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ''


def parse_time(s):
    """UTC datetime for an ISO-8601 instant or offset date-time, else raise Bad."""
    need(isinstance(s, str), 'time is not a string')
    m = TIME_RE.match(s)
    need(m is not None, f'bad time {s!r}')
    y, mo, d, h, mi, se = (int(m.group(i) or 0) for i in range(1, 7))
    try:
        t = dt.datetime(y, mo, d, h, mi, se)
    except ValueError:
        raise Bad(f'bad time {s!r}')
    if m.group(8) != 'Z':
        oh, om = int(m.group(9)), int(m.group(10))
        need(oh <= 14 and om < 60, f'bad offset in {s!r}')
        off = dt.timedelta(hours=oh, minutes=om)
        t = t - off if m.group(8)[0] == '+' else t + off
    return t


def check_born(b):
    need(isinstance(b, str), 'born is not a string')
    m = BORN_RE.match(b)
    need(m is not None, f'bad born {b!r}')
    y = int(m.group(1))
    mo = int(m.group(2) or 1)
    d = int(m.group(3) or 1)
    try:
        dt.date(y, mo, d)
    except ValueError:
        raise Bad(f'bad born {b!r}')


def check_grading(g):
    need(isinstance(g, dict), 'grading is not an object')
    sch = g.get('scheme', '3x5x2')
    if sch == '5x5x5':
        need(g.get('source') in list('ABCDE'), 'bad 5x5x5 source')
        need(str(g.get('intelligence')) in list('12345'), 'bad 5x5x5 intelligence')
        need(str(g.get('handling')) in list('12345'), 'bad 5x5x5 handling')
    elif sch == '3x5x2':
        need(g.get('source') in ('1', '2', '3', 1, 2, 3), 'bad 3x5x2 source')
        need(g.get('intelligence') in list('ABCDE'), 'bad 3x5x2 intelligence')
        need(g.get('handling') in ('P', 'C'), 'bad 3x5x2 handling')
    else:
        raise Bad(f'unknown grading scheme {sch!r}')


def check_concern(r):
    for f in ('id', 'received', 'agency', 'author', 'subjects'):
        need(f in r, f'missing {f}')
    need(nonempty_str(r['id']), 'bad id')
    parse_time(r['received'])
    need(nonempty_str(r['agency']), 'bad agency')
    a = r['author']
    need(isinstance(a, dict) and nonempty_str(a.get('id')), 'author needs an id')
    for f in ('name', 'role'):
        need(f not in a or isinstance(a[f], str), f'author {f} not a string')
    places = r.get('places', [])
    need(isinstance(places, list), 'places is not a list')
    prefs = set()
    for p in places:
        need(isinstance(p, dict), 'place is not an object')
        need(nonempty_str(p.get('ref')) and p['ref'] not in prefs, 'place ref missing or repeated')
        prefs.add(p['ref'])
        need(p.get('kind') in KINDS, f"bad place kind {p.get('kind')!r}")
        for f in ('name', 'address'):
            need(f not in p or isinstance(p[f], str), f'place {f} not a string')
    subs = r['subjects']
    need(isinstance(subs, list), 'subjects is not a list')
    refs = set()
    for s in subs:
        need(isinstance(s, dict), 'subject is not an object')
        need(nonempty_str(s.get('ref')) and s['ref'] not in refs, 'subject ref missing or repeated')
        refs.add(s['ref'])
        need(s.get('role') in ROLES, f"bad role {s.get('role')!r}")
        need('name' not in s or isinstance(s['name'], str), 'name not a string')
        if 'aliases' in s:
            need(isinstance(s['aliases'], list) and all(isinstance(x, str) for x in s['aliases']), 'bad aliases')
        if 'born' in s:
            check_born(s['born'])
        if 'age' in s:
            need(isinstance(s['age'], (int, float)) and not isinstance(s['age'], bool) and s['age'] >= 0, 'bad age')
        if 'sex' in s:
            need(s['sex'] in ('F', 'M', 'X'), f"bad sex {s['sex']!r}")
        need('address' not in s or isinstance(s['address'], str), 'address not a string')
        if 'phones' in s:
            need(isinstance(s['phones'], list) and all(isinstance(x, str) for x in s['phones']), 'bad phones')
        if 'vehicles' in s:
            need(isinstance(s['vehicles'], list), 'vehicles not a list')
            for v in s['vehicles']:
                need(isinstance(v, dict) and isinstance(v.get('vrm'), str), 'vehicle needs a vrm')
                need('description' not in v or isinstance(v['description'], str), 'bad vehicle description')
        if 'places' in s:
            need(isinstance(s['places'], list) and all(x in prefs for x in s['places']), 'subject place ref not listed')
    if 'indicators' in r:
        need(isinstance(r['indicators'], list) and all(x in INDICATORS for x in r['indicators']),
             'indicator outside vocabulary')
    if 'offences' in r:
        need(isinstance(r['offences'], list) and all(isinstance(x, str) and CODE_RE.match(x) for x in r['offences']),
             'bad offence code')
    if 'grading' in r:
        check_grading(r['grading'])
    need('narrative' not in r or isinstance(r['narrative'], str), 'narrative not a string')
    need('amends' not in r or nonempty_str(r['amends']), 'bad amends')


def check_decision(r):
    for f in ('id', 'concern', 'at', 'by', 'outcome'):
        need(f in r, f'missing {f}')
    need(nonempty_str(r['id']), 'bad id')
    need(nonempty_str(r['concern']), 'bad concern')
    parse_time(r['at'])
    need(isinstance(r['by'], dict) and nonempty_str(r['by'].get('id')), 'by needs an id')
    need(r['outcome'] in OUTCOMES, f"bad outcome {r['outcome']!r}")
    if r['outcome'] == 'no_further_action':
        need(nonempty_str(r.get('reason')), 'no_further_action without reason')
    need('reason' not in r or isinstance(r['reason'], str), 'reason not a string')


def main(outdir):
    problems = []
    with open(f'{outdir}/town.jsonl', encoding='utf-8') as f:
        raw = f.read()
    need(raw.endswith('\n'), 'town.jsonl does not end with a newline')
    lines = raw[:-1].split('\n')
    accepted = {}            # id -> (canonical, record, line)
    order = []
    rejected = {}
    stats = Counter()
    for n, line in enumerate(lines, 1):
        if line.strip() == '':
            stats['blank'] += 1
            continue
        try:
            try:
                r = json.loads(line)
            except ValueError:
                raise Bad('not JSON')
            need(isinstance(r, dict), 'not an object')
            need(r.get('type') in ('concern', 'decision'), f"bad type {r.get('type')!r}")
            (check_concern if r['type'] == 'concern' else check_decision)(r)
            canon = json.dumps(r, sort_keys=True, ensure_ascii=False)
            if r['id'] in accepted:
                need(accepted[r['id']][0] == canon, 'id re-sent with different content')
                stats['identical re-sends'] += 1
                continue
            accepted[r['id']] = (canon, r, n)
            order.append(r['id'])
        except Bad as e:
            rejected[n] = str(e)
    exp = {}
    with open(f'{outdir}/expected_rejects.jsonl', encoding='utf-8') as f:
        for l in f:
            o = json.loads(l)
            exp[o['line']] = o
            if o['line'] > len(lines) or lines[o['line'] - 1] != o['text']:
                problems.append(f"expected reject line {o['line']}: text does not match the line")
    for n in sorted(set(rejected) - set(exp)):
        problems.append(f'line {n} rejected but not expected: {rejected[n]}')
    for n in sorted(set(exp) - set(rejected)):
        problems.append(f"line {n} expected to be rejected ({exp[n]['why']}) but is valid")
    concerns = {i: accepted[i][1] for i in order if accepted[i][1]['type'] == 'concern'}
    decisions = [accepted[i][1] for i in order if accepted[i][1]['type'] == 'decision']
    # truth
    with open(f'{outdir}/truth.jsonl', encoding='utf-8') as f:
        truth = [json.loads(l) for l in f if l.strip()]
    if not truth or truth[0] != {'type': 'town', 'schema': 1, 'generator': 'town6'}:
        problems.append('truth.jsonl: first line is not the town header')
    persons = {}
    ment = {}
    for t in truth[1:]:
        if t.get('type') == 'mention':
            if t['mention'] in ment:
                problems.append(f"mention {t['mention']} listed twice")
            ment[t['mention']] = t
            if not nonempty_str(t.get('form')):
                problems.append(f"mention {t['mention']} has no form")
        elif t.get('type') == 'person':
            if t['person'] in persons:
                problems.append(f"person {t['person']} listed twice")
            persons[t['person']] = t
            if t.get('kind') not in PERSON_KINDS:
                problems.append(f"person {t['person']} has bad kind {t.get('kind')!r}")
            for f in ('name', 'born', 'occupation', 'network'):
                if not isinstance(t.get(f), str):
                    problems.append(f"person {t['person']}: {f} is not a string")
        else:
            problems.append(f'truth: unknown line type {t.get("type")!r}')
    want = {}
    for cid, c in concerns.items():
        inst = parse_time(c['received']).strftime('%Y-%m-%dT%H:%M:%SZ')
        for s in c['subjects']:
            key = f"{cid}/{s['ref']}"
            want[key] = inst
            if key not in ment:
                problems.append(f'subject {key} has no truth mention')
    for key, t in ment.items():
        if key not in want:
            problems.append(f'truth mention {key} is not a subject of an accepted concern')
        if t.get('person') not in persons:
            problems.append(f"truth mention {key} names unknown person {t.get('person')}")
    named = {}
    for key, t in ment.items():
        if key in want:
            cid = key.rsplit('/', 1)[0]
            named.setdefault(t['person'], {})[cid] = want[key]
    for pid, p in persons.items():
        exp_m = sorted(named.get(pid, {}).values())
        if p.get('mentioned') != exp_m:
            problems.append(f'person {pid}: mentioned list does not match its concerns')
    # facts about the town, for the report
    kinds = Counter(p['kind'] for p in persons.values())
    out = Counter(d['outcome'] for d in decisions)
    pol = {cid for cid, c in concerns.items() if 'Police' in c['agency'] or c['agency'].startswith('Crimestoppers')}
    pol_dec = {}
    for d in decisions:
        if d['concern'] in pol:
            pol_dec.setdefault(d['concern'], []).append(d)
    first_nfa = sum(1 for ds in pol_dec.values() if min(ds, key=lambda d: parse_time(d['at']))['outcome'] == 'no_further_action')
    pos = {i: accepted[i][2] for i in order}
    before = sum(1 for d in decisions if d['concern'] in pos and pos[d['id']] < pos[d['concern']])
    dangling = sum(1 for d in decisions if d['concern'] not in concerns)
    undecided = sum(1 for cid in concerns if cid not in {d['concern'] for d in decisions})
    grades = Counter(c['grading'].get('scheme', '3x5x2') for c in concerns.values() if 'grading' in c)
    forms = Counter(t['form'] for t in ment.values())
    print(f'{outdir}: {len(lines)} lines; {len(concerns)} concerns, {len(decisions)} decisions, '
          f"{stats['identical re-sends']} identical re-sends, {stats['blank']} blank lines, {len(rejected)} rejected "
          f'(expected {len(exp)})')
    print(f"  persons {len(persons)}: " + ', '.join(f'{k} {kinds[k]}' for k in sorted(kinds)) +
          f"; offenders {kinds['offender']}; mentions {len(ment)}")
    print(f"  amendments {sum(1 for c in concerns.values() if 'amends' in c)}; undecided concerns {undecided}; "
          f'decisions placed before their concern {before}; decisions naming no concern {dangling}; gradings {dict(grades)}')
    print(f'  police concerns decided {len(pol_dec)}, first decision no_further_action {first_nfa} '
          f'({100.0 * first_nfa / max(1, len(pol_dec)):.0f}%); outcomes {dict(out.most_common())}')
    print(f'  name forms {dict(forms.most_common())}')
    if problems:
        for p in problems[:50]:
            print('PROBLEM:', p)
        print(f'{len(problems)} problem(s)')
        return 1
    print('  OK')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
