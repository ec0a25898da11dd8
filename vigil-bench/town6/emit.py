"""Turn abstract events into interchange v1 records, each agency in its own style, and remember for
every subject which true person it is and how the name was written."""
import re
import datetime as dt
from world import wchoice, chance, days, END
from names import ABBR
from forms import (render_name, render_phone, render_vrm, render_vehicle_desc, render_born, estimate_age,
                   render_time, parse_instant, strip_accents)
from agencies import grading

INDICATORS = ('missing', 'older_partner', 'gifts', 'alcohol_drugs', 'vehicle_pickup', 'taxi', 'hotel',
              'multiple_adults', 'sexual_health', 'pregnancy', 'injury', 'school_absence', 'online_contact',
              'money', 'threats', 'trafficked_elsewhere')
SYSTEMS = {'mp_inc': 'STORM', 'mp_crime': 'Niche RMS', 'mp_intel': 'Niche RMS', 'nvp': 'Athena', 'csc': 'CareFirst',
           'mash': 'Liquidlogic', 'ed': 'Symphony', 'sh': 'Lilie', 'gp': 'SystmOne', 'ys': 'Youth Hub',
           'housing': 'Northgate', 'rhi': 'Philomena', 'lic': 'Uniform', 'bh': 'ClearCare', 'ol': 'ClearCare'}


class Out:
    """One output line before mess: the record, its mentions, and when it happened."""
    __slots__ = ('rec', 'kind', 'mentions', 'received', 'when', 'ag', 'ev')

    def __init__(self, rec, kind, mentions, received, when, ag, ev=None):
        self.rec, self.kind, self.mentions, self.received, self.when, self.ag, self.ev = \
            rec, kind, mentions, received, when, ag, ev


def render_addr(rng, a):
    k = wchoice(rng, [('as', 6), ('abbr', 3), ('nopc', 2), ('upper', 1), ('pcnospace', 1)])
    if k == 'abbr':
        for w, s in ABBR.items():
            a = a.replace(f' {w},', f' {s},').replace(f' {w} ', f' {s} ')
        return a
    if k == 'nopc':
        return a.rsplit(',', 1)[0]
    if k == 'upper':
        return a.upper()
    if k == 'pcnospace':
        head, pc = a.rsplit(',', 1)
        return f'{head}, {pc.strip().replace(" ", "").lower() if chance(rng, 0.5) else pc.strip().replace(" ", "")}'
    return a


FALLBACK_DESC = {'c': 'the young person', 'c2': 'another young person', 'a': 'an adult male', 'a2': 'another male',
                 'r': 'the reporter', 'x': 'the suspect', 'v': 'the victim', 'p': 'a parent', 's': 'staff',
                 'd': 'the driver', 'o': 'another child', 'f': 'a friend', 'k': 'a child'}


PRONOUNS = {'F': {'she': 'she', 'She': 'She', 'him': 'her', 'his': 'her'},
            'M': {'she': 'he', 'She': 'He', 'him': 'him', 'his': 'his'},
            None: {'she': 'they', 'She': 'They', 'him': 'them', 'his': 'their'}}


def _fill(text, tagged, pnames, car_desc, vrm, tl, csex='F'):
    """tagged: {tag: name as written or a description}; csex: sex of the child the text is about."""
    pro = PRONOUNS.get(csex, PRONOUNS[None])

    def rep(m):
        k = m.group(1)
        if k in pro:
            return pro[k]
        if k in tagged:
            return tagged[k]
        if k in FALLBACK_DESC:
            return FALLBACK_DESC[k]
        if k.startswith('P') and k[1:].isdigit():
            i = int(k[1:])
            return pnames[i] if i < len(pnames) else 'an address'
        if k == 'car':
            return car_desc or 'a car'
        if k == 'vrm':
            return vrm or 'unknown'
        if k == 't_last':
            return tl
        return m.group(0)
    return re.sub(r'\{([A-Za-z_0-9]+)\}', rep, text)


class Emitter:
    def __init__(self, rng, world, ags):
        self.rng, self.w, self.ags = rng, world, ags
        self.order = {}
        self.dec_counter = {}

    def _fields(self, ag):
        if ag not in self.order:
            base = ['type', 'id', 'received', 'agency', 'author', 'subjects', 'places', 'indicators', 'offences',
                    'grading', 'narrative']
            if chance(self.rng, 0.4):
                base = ['type', 'id', 'agency', 'received', 'author', 'narrative', 'subjects', 'places', 'indicators',
                        'offences', 'grading']
            self.order[ag] = base
        return self.order[ag]

    def subject(self, e, i, s, ag, prefs):
        rng = self.rng
        a = self.ags[ag]
        p = s.p
        t = e.t
        child = p.born is not None and p.age(t) < 18
        style = a.style if child else a.adult_style
        if child and 'title' in style:
            style = {k: v for k, v in style.items() if k != 'title'}
        name, form = render_name(rng, p, s.level or 'full', style)
        d = {'ref': f's{i + 1}' if prefs == 's' else f'{prefs}{i + 1}', 'role': s.role}
        if name:
            d['name'] = name
        if s.aliases:
            d['aliases'] = list(s.aliases)
        elif name and form in ('full', 'upper', 'surname_first') and p.nick and chance(rng, 0.12):
            d['aliases'] = [rng.choice(p.nick)]
        b = render_born(rng, p.born, s.born or 'none')
        if b:
            d['born'] = b
        if s.age and p.born:
            d['age'] = estimate_age(rng, p.age(t), s.age)
        if s.sex and p.sex:
            d['sex'] = p.sex if chance(rng, 0.995) else 'X'
        if s.addr:
            ad = s.addr if isinstance(s.addr, str) else p.addr_at(t)
            if ad:
                d['address'] = render_addr(rng, ad)
        if s.phone:
            ph = s.phone if isinstance(s.phone, list) else [s.phone]
            d['phones'] = [render_phone(rng, x, partial_ok=ag not in ('op_heron', 'op_linnet', 'op_vortex')) for x in ph]
        if s.car:
            cars = s.car if isinstance(s.car, list) else [s.car]
            d['vehicles'] = [{'vrm': render_vrm(rng, c.vrm, s.carq), 'description': render_vehicle_desc(rng, c, s.carq)}
                             for c in cars]
        if s.places:
            d['places'] = list(s.places)
        if s.extra:
            d.update(s.extra)
        if ag in ('ed', 'gp') and child and p.nhs and chance(rng, 0.4):
            d['nhs_number'] = p.nhs
        if ag.startswith('sch_') and child and p.upn and chance(rng, 0.5):
            d['upn'] = p.upn
        if ag in ('mp_inc', 'mp_crime', 'mp_intel') and p.pnc and (s.level == 'full') and chance(rng, 0.3):
            d['pnc_id'] = p.pnc
        return d, form, s.born

    def concern(self, e, eid=None, amend_of=None, fix=None):
        rng = self.rng
        a = self.ags[e.ag]
        ag = e.ag
        eid = eid or e.id
        t = e.t
        received = render_time(rng, t, wchoice(rng, list(a.times.items())))
        # places referenced by subjects must be listed
        keys = list(e.places)
        for s in e.subs:
            for k in s.places:
                if k not in keys:
                    keys.append(k)
        pref = {k: f'p{j + 1}' for j, k in enumerate(keys)}
        places, pnames = [], []
        for k in keys:
            pl = self.w.place(k)
            nm = pl.name if not pl.variants or chance(rng, 0.55) else rng.choice(pl.variants)
            kind = pl.alt_kind if pl.alt_kind and chance(rng, 0.3) else pl.kind
            d = {'ref': pref[k], 'kind': kind, 'name': nm}
            if chance(rng, 0.6):
                d['address'] = render_addr(rng, pl.address)
            places.append(d)
            pnames.append(nm)
        subs, mentions, tagged = [], [], {}
        car_desc = vrm = None
        for i, s in enumerate(e.subs):
            if fix is not None:
                s = fix(i, s)
            d, form, bq = self.subject(e, i, s, ag, 's')
            if 'places' in d:
                d['places'] = [pref[k] for k in d['places']]
            subs.append(d)
            mentions.append((d['ref'], s.p, form, bq))
            if s.tag and s.tag not in tagged:
                if d.get('name'):
                    tagged[s.tag] = d['name']
                else:
                    tagged[s.tag] = ('the young person' if (s.p.born and s.p.age(t) < 18) else
                                     ('an unknown male' if s.p.sex == 'M' else 'an unknown female'))
            if 'vehicles' in d and car_desc is None:
                car_desc, vrm = d['vehicles'][0]['description'], d['vehicles'][0]['vrm']
        lt = t + dt.timedelta(hours=1)
        cs = [s.p.sex for s in e.subs if s.tag == 'c']
        text = _fill(e.text or '', tagged, pnames, car_desc, vrm, f'{lt:%H:%M}', cs[0] if cs else 'F')
        rec = {'type': 'concern', 'id': eid, 'received': received, 'agency': e.agname or a.name_at(t),
               'author': a.author(rng, t), 'subjects': subs}
        if places:
            rec['places'] = places
        ind = [i for i in e.ind if i in INDICATORS]
        if ag not in ('mp_intel', 'op_heron', 'op_linnet', 'op_vortex', 'csc', 'mash') and len(ind) > 1 and chance(rng, 0.3):
            ind = ind[:-1]                       # agencies record fewer indicators than apply
        if ind:
            rng.shuffle(ind)
            rec['indicators'] = ind
        if e.off:
            rec['offences'] = list(e.off)
        if e.grade is not None and a.grading:
            rec['grading'] = grading(rng, a, t, e.grade)
        if text:
            rec['narrative'] = text
        if amend_of:
            rec['amends'] = amend_of
        for k, v in e.extra.items():
            rec[k] = v
        if ag in SYSTEMS and chance(rng, 0.5):
            rec['source_system'] = SYSTEMS[ag]
        if ag in ('mp_inc',) and chance(rng, 0.5):
            rec['priority'] = rng.choice(('P1', 'P2', 'P3', 'P3', 'P4'))
        order = self._fields(ag)
        out = {k: rec[k] for k in order if k in rec}
        for k in rec:
            if k not in out:
                out[k] = rec[k]
        return Out(out, 'concern', mentions, received, t, ag, e)

    def decision(self, e, at, outcome, reason, dag):
        rng = self.rng
        a = self.ags[dag]
        n = self.dec_counter.get(dag, rng.randrange(100, 5000)) + 1 + (rng.randrange(5) if chance(rng, 0.5) else 0)
        self.dec_counter[dag] = n
        did = a.decfmt(at, n) if a.decfmt else f'DEC-{a.prefix.upper()}-{n:06d}'
        ts = render_time(rng, at, wchoice(rng, list(a.times.items())))
        by = a.author(rng, at)
        for _ in range(3):                      # call handlers do not close cases
            if by.get('role') != 'call handler':
                break
            by = a.author(rng, at)
        rec = {'type': 'decision', 'id': did, 'concern': e.id, 'at': ts, 'by': by, 'outcome': outcome}
        if reason is not None:
            rec['reason'] = reason
        return Out(rec, 'decision', [], ts, at, dag, e)

    def emit_all(self, events):
        rng = self.rng
        events.sort(key=lambda e: (e.t, e.seq))
        for e in events:
            e.id = self.ags[e.ag].next_id(rng, e.t)
        outs = []
        for e in events:
            o = self.concern(e)
            outs.append(o)
            # an amendment correcting a misspelt name or a wrong date of birth
            bad = [i for i, (_, p, form, bq) in enumerate(o.mentions) if form == 'misspelling' or bq == 'error']
            if bad and chance(rng, 0.1) and e.t + days(40) < END:
                fixset = set(bad[:1])

                def fix(i, s, fixset=fixset):
                    if i in fixset:
                        from kit import Sub
                        return Sub(s.p, s.role, level='full', born='exact' if s.born else None, age=s.age, sex=s.sex,
                                   addr=s.addr, phone=s.phone, car=s.car, carq=s.carq, places=s.places,
                                   aliases=s.aliases, extra=s.extra, tag=s.tag)
                    return s
                saved_t, saved_text = e.t, e.text
                e.t = e.t + dt.timedelta(hours=rng.randrange(2, 24 * 30))
                e.text = f'Amendment to {e.id}: ' + ('date of birth corrected. ' if o.mentions[bad[0]][3] == 'error'
                                                     else 'name corrected. ') + (saved_text or '')
                aid = self.ags[e.ag].next_id(rng, e.t) + ('-A' if chance(rng, 0.5) else '')
                a_out = self.concern(e, eid=aid, amend_of=e.id, fix=fix)
                # the corrected subject is written in full
                a_out.mentions = [(r, p, ('full' if i in fixset else f), bq) for i, (r, p, f, bq) in enumerate(a_out.mentions)]
                for i in fixset:
                    nm = a_out.rec['subjects'][i]
                    p = o.mentions[i][1]
                    nm['name'] = f'{p.first} {p.last}' if not p.middle or p.first not in ('Mohammed', 'Muhammad') else f'{p.first} {p.middle} {p.last}'
                    if o.mentions[i][3] == 'error' and p.born:
                        nm['born'] = p.born.isoformat()
                outs.append(a_out)
                e.t, e.text = saved_t, saved_text
            for at, outcome, reason, dag in e.decisions:
                outs.append(self.decision(e, at, outcome, reason, dag))
        return outs
