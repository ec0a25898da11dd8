"""Assemble town.jsonl the way a multi-agency extract arrives: batches per agency and year, out of
order, late re-sends, identical duplicates, blank lines, and a handful of broken lines of many kinds."""
import json
import copy
from world import wchoice, chance

ASCII_AG = ('ed', 'mp_intel', 'lic', 'ceop')
COMPACT_AG = ('mp_inc', 'mp_crime', 'nvp', 'ed', 'rhi', 'op_heron', 'op_linnet', 'op_vortex', 'cs')


def dump(rec, ag):
    sep = (',', ':') if ag in COMPACT_AG else (', ', ': ')
    return json.dumps(rec, ensure_ascii=ag in ASCII_AG, separators=sep)


def _order(rng, outs):
    batches = {}
    for o in outs:
        batches.setdefault((o.ag, o.when.year, int(o.when.month > 6)), []).append(o)
    keys = sorted(batches, key=lambda k: (k[0], k[1], k[2]))
    jit = {k: k[1] + k[2] * 0.5 + rng.uniform(-1.6, 1.6) for k in keys}
    keys.sort(key=lambda k: (jit[k], k[0]))
    seq = []
    for k in keys:
        b = sorted(batches[k], key=lambda o: o.when)
        if chance(rng, 0.3):                      # some systems export in id order, not time order
            b.sort(key=lambda o: o.rec['id'])
        seq.extend(b)
    late = [o for o in seq if chance(rng, 0.02)]
    ids = {id(o) for o in late}
    seq = [o for o in seq if id(o) not in ids] + late
    return seq


def _invalid_makers(rng, pool_c, pool_d):
    """Each maker returns (text, why, replaces) where replaces is an Out whose valid line is lost here
    and re-sent later (or None for an extra broken line)."""
    def fresh(o, suffix):
        r = copy.deepcopy(o.rec)
        r['id'] = f"{r['id']}{suffix}"
        return r

    def c():
        return rng.choice(pool_c)

    def d():
        return rng.choice(pool_d)
    M = []

    def bad_json():
        r = fresh(c(), 'X')
        s = json.dumps(r, ensure_ascii=False)
        k = rng.randrange(3)
        if k == 0:
            s = s[:-1] + ',}'
        elif k == 1:
            s = s.replace('"type"', 'type', 1)
        else:
            s = s.replace('"', "'")
        return s, 'not valid JSON', None
    M.append(bad_json)

    def truncated():
        o = c()
        s = json.dumps(o.rec, ensure_ascii=False)
        return s[:int(len(s) * rng.uniform(0.3, 0.9))], 'truncated line (not valid JSON); the record is re-sent later', o
    M.append(truncated)

    def unknown_type():
        r = fresh(c(), '-R')
        r['type'] = rng.choice(('referral', 'Concern', 'intel', 'person'))
        return json.dumps(r, ensure_ascii=False), f"unknown type {r['type']!r}", None
    M.append(unknown_type)

    def missing_type():
        r = fresh(c(), '-T')
        del r['type']
        return json.dumps(r, ensure_ascii=False), 'missing type', None
    M.append(missing_type)

    def missing_field():
        r = fresh(c(), '-M')
        f = rng.choice(('received', 'author', 'subjects', 'agency', 'id'))
        del r[f]
        return json.dumps(r, ensure_ascii=False), f'concern missing required field {f}', None
    M.append(missing_field)

    def author_no_id():
        r = fresh(c(), '-N')
        r['author'] = {'name': r['author'].get('name', 'duty'), 'role': r['author'].get('role', '')}
        return json.dumps(r, ensure_ascii=False), 'author has no id', None
    M.append(author_no_id)

    def bad_role():
        r = fresh(c(), '-E')
        if not r['subjects']:
            r['subjects'] = [{'ref': 's1', 'role': 'offender', 'name': 'unknown male'}]
        else:
            r['subjects'][0]['role'] = rng.choice(('offender', 'perpetrator', 'Victim', 'missing person'))
        return json.dumps(r, ensure_ascii=False), 'invalid subject role', None
    M.append(bad_role)

    def bad_outcome():
        r = copy.deepcopy(d().rec)
        r['id'] += '-B'
        r['outcome'] = rng.choice(('closed', 'NFA', 'filed', 'no further action'))
        r.setdefault('reason', 'closed')
        return json.dumps(r, ensure_ascii=False), 'invalid decision outcome', None
    M.append(bad_outcome)

    def bad_kind():
        cands = [o for o in pool_c if o.rec.get('places')]
        r = fresh(rng.choice(cands) if cands else c(), '-K')
        if r.get('places'):
            r['places'][0]['kind'] = rng.choice(('pub', 'flat', 'Takeaway', 'hotel room'))
        else:
            r['places'] = [{'ref': 'p1', 'kind': 'pub', 'name': 'The Crown'}]
        return json.dumps(r, ensure_ascii=False), 'invalid place kind', None
    M.append(bad_kind)

    def bad_indicator():
        r = fresh(c(), '-I')
        r['indicators'] = list(r.get('indicators', [])) + [rng.choice(('cse', 'grooming', 'Missing', 'sexual exploitation'))]
        return json.dumps(r, ensure_ascii=False), 'indicator not in vocabulary', None
    M.append(bad_indicator)

    def bad_sex():
        r = fresh(c(), '-S')
        if r['subjects']:
            r['subjects'][0]['sex'] = rng.choice(('Male', 'female', 'U', 'm'))
        else:
            r['subjects'] = [{'ref': 's1', 'role': 'victim', 'sex': 'Female'}]
        return json.dumps(r, ensure_ascii=False), 'invalid sex', None
    M.append(bad_sex)

    def bad_time():
        o = c()
        r = copy.deepcopy(o.rec)
        w = o.when
        k = rng.randrange(4)
        if k == 0:
            r['received'] = f'{w:%d/%m/%Y %H:%M}'
        elif k == 1:
            r['received'] = f'{w:%Y-%m-%d %H:%M:%S}'
        elif k == 2:
            r['received'] = f'{w:%Y-%m-%dT%H:%M:%S}'
        else:
            r['received'] = f'{w:%Y}-02-30T{w:%H:%M:%S}Z'
        return json.dumps(r, ensure_ascii=False), 'received is not an ISO-8601 instant or offset date-time; re-sent later', o
    M.append(bad_time)

    def nfa_no_reason():
        cands = [o for o in pool_d if o.rec['outcome'] == 'no_further_action']
        r = copy.deepcopy(rng.choice(cands).rec if cands else d().rec)
        r['id'] += '-R'
        r['outcome'] = 'no_further_action'
        r.pop('reason', None)
        return json.dumps(r, ensure_ascii=False), 'no_further_action without reason', None
    M.append(nfa_no_reason)

    def dec_missing():
        r = copy.deepcopy(d().rec)
        r['id'] += '-Q'
        f = rng.choice(('by', 'concern', 'at', 'outcome'))
        del r[f]
        return json.dumps(r, ensure_ascii=False), f'decision missing required field {f}', None
    M.append(dec_missing)

    def bad_born():
        r = fresh(c(), '-D')
        if r['subjects']:
            r['subjects'][0]['born'] = rng.choice(('1994-13-02', '02/11/1994', '94', '1994-02-30', 'unknown'))
        else:
            r['subjects'] = [{'ref': 's1', 'role': 'victim', 'born': '1994-13'}]
        return json.dumps(r, ensure_ascii=False), 'invalid date of birth', None
    M.append(bad_born)

    def dup_ref():
        cands = [o for o in pool_c if len(o.rec['subjects']) >= 2]
        r = fresh(rng.choice(cands) if cands else c(), '-F')
        if len(r['subjects']) >= 2:
            r['subjects'][1]['ref'] = r['subjects'][0]['ref']
        else:
            r['subjects'] = [{'ref': 's1', 'role': 'victim'}, {'ref': 's1', 'role': 'other'}]
        return json.dumps(r, ensure_ascii=False), 'subject ref not unique within the concern', None
    M.append(dup_ref)

    def dangling_place():
        r = fresh(c(), '-P')
        if r['subjects']:
            r['subjects'][0]['places'] = ['p9']
        else:
            r['subjects'] = [{'ref': 's1', 'role': 'other', 'places': ['p9']}]
        return json.dumps(r, ensure_ascii=False), 'subject refers to a place not listed', None
    M.append(dangling_place)

    def not_object():
        r = c().rec
        return rng.choice((json.dumps([r], ensure_ascii=False), json.dumps('concern'), 'null')), 'line is not a JSON object', None
    M.append(not_object)

    def bad_grading():
        r = fresh(c(), '-G')
        r['grading'] = rng.choice(({'source': '5', 'intelligence': 'F', 'handling': 'P'},
                                   {'source': '2', 'intelligence': 'B', 'handling': 'X'},
                                   {'source': 'A', 'intelligence': '1'}))
        return json.dumps(r, ensure_ascii=False), 'invalid 3x5x2 grading', None
    M.append(bad_grading)

    def bad_age():
        r = fresh(c(), '-Y')
        if r['subjects']:
            r['subjects'][0]['age'] = rng.choice(('25ish', '14 years', -3))
        else:
            r['subjects'] = [{'ref': 's1', 'role': 'suspect', 'age': 'mid 20s'}]
        return json.dumps(r, ensure_ascii=False), 'age is not a non-negative number', None
    M.append(bad_age)

    def subjects_not_list():
        r = fresh(c(), '-L')
        r['subjects'] = r['subjects'][0] if r['subjects'] else {}
        return json.dumps(r, ensure_ascii=False), 'subjects is not a list', None
    M.append(subjects_not_list)
    return M


def assemble(rng, outs):
    seq = _order(rng, outs)
    lines = [[dump(o.rec, o.ag), o, None] for o in seq]        # [text, Out or None, why or None]
    pool_c = [o for o in seq if o.kind == 'concern' and not o.ev.decisions and 'amends' not in o.rec]
    pool_d = [o for o in seq if o.kind == 'decision']
    makers = _invalid_makers(rng, pool_c, pool_d)
    rng.shuffle(makers)
    n_bad = rng.randrange(14, 21)
    chosen = makers[:min(n_bad, len(makers))]
    used = set()
    for mk in chosen:
        for _ in range(5):
            text, why, replaces = mk()
            if replaces is None or id(replaces) not in used:
                break
        pos = rng.randrange(len(lines) + 1)
        if replaces is not None:
            used.add(id(replaces))
            i = next(j for j, l in enumerate(lines) if l[1] is replaces)
            lines[i] = [text, None, why]
            # the agency re-sends it properly, later in the file
            lines.insert(rng.randrange(i + 1, len(lines) + 1), [dump(replaces.rec, replaces.ag), replaces, None])
        else:
            lines.insert(pos, [text, None, why])
    # the same id re-sent with different content, after the original: rejected
    for kind in ('concern', 'decision', 'concern'):
        cands = [j for j, l in enumerate(lines) if not isinstance(l[1], (str, type(None))) and l[1].kind == kind]
        j = rng.choice(cands)
        o = lines[j][1]
        r = copy.deepcopy(o.rec)
        if kind == 'concern':
            if r['subjects'] and r['subjects'][0].get('name'):
                r['subjects'][0]['name'] = r['subjects'][0]['name'] + ' (corrected)'
            else:
                r['narrative'] = (r.get('narrative') or '') + ' Updated.'
            why = 'id already used by an earlier concern with different content'
        else:
            r['outcome'] = 'referred' if r['outcome'] != 'referred' else 'other'
            r.pop('reason', None)
            r['reason'] = 'changed outcome'
            why = 'id already used by an earlier decision with different content'
        lines.insert(rng.randrange(j + 1, len(lines) + 1), [json.dumps(r, ensure_ascii=False), None, why])
    # identical re-sends (valid no-ops), one of them re-serialised with other spacing
    for k in range(rng.randrange(8, 16)):
        cands = [j for j, l in enumerate(lines) if not isinstance(l[1], (str, type(None)))]
        j = rng.choice(cands)
        text = lines[j][0]
        if k == 0:
            text = json.dumps(json.loads(text), ensure_ascii=False, separators=(', ', ': ') if ',"' in text else (',', ':'))
        lines.insert(rng.randrange(j + 1, len(lines) + 1), [text, 'dup', None])
    # blank lines
    for _ in range(rng.randrange(5, 12)):
        lines.insert(rng.randrange(len(lines) + 1), ['', 'blank', None])
    return lines
