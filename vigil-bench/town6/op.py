"""The late police operation: a retrospective review, victims' statements years later, subject
profiles of the men, arrests, charges and, for some, convictions a decade after the first reports."""
import datetime as dt
from world import D, END, wchoice, chance, days, rand_time
from common import sex_codes

OPNAME = {'op_heron': 'Operation Heron', 'op_linnet': 'Operation Linnet', 'op_vortex': 'Operation Vortex'}


def operation(ctx, S, net, vwin):
    rng = ctx.rng
    sp = net.spec
    ag = sp['op']
    name = OPNAME[ag]
    t0 = net.op_t
    core = [(m, r) for m, r in net.members if r != 'periph']
    periph = [(m, r) for m, r in net.members if r == 'periph' and m.network == net.nid]
    conv_y = sp['conv_years']
    # 1. retrospective review of closed reports
    for e in net.events:
        closed = any(d[1] == 'no_further_action' and d[0] < t0 for d in e.decisions)
        if e.ag in ('mp_inc', 'mp_crime', 'mp_intel', 'cs') and closed and chance(rng, 0.15):
            ctx.decision(e, t0 + days(rng.randrange(10, 400)), 'investigation', f'retrospective review - {name}')
    # 2. victims' accounts, often years later and as adults
    named_by = {}
    for v in net.victims:
        if not chance(rng, 0.75):
            continue
        for _ in range(rng.choice((1, 1, 2))):
            t = t0 + days(rng.randrange(20, 700))
            if t > END:
                continue
            subs = [ctx.sub(v, 'victim', ag, t, level='full', born='exact', tag='c')]
            ks = rng.sample(core, min(len(core), rng.randrange(1, 5)))
            if periph and chance(rng, 0.3):
                ks.append(rng.choice(periph))
            pl = []
            for m, r in ks:
                lv = 'full' if (m.ident is None or m.ident <= t) else None
                s = ctx.sub(m, 'suspect', ag, t, level=lv, tag='a')
                pls = sp['places'].get(r, [])
                if pls and chance(rng, 0.5):
                    s.places = [pls[0]]
                    pl.append(pls[0])
                subs.append(s)
                named_by.setdefault(m.key, []).append(v)
            s0, _ = vwin.get(v.key, (t0 - days(1500), t0))
            age_then = v.age(s0 + days(200))
            e = ctx.ev(t, ag, subs, places=pl, ind=['older_partner', 'multiple_adults', 'alcohol_drugs'][:rng.randrange(1, 4)],
                       off=list(dict.fromkeys(sex_codes(rng, age_then, v.sex) + ['71'])),
                       text=rng.choice([f'{name}: ABE interview with {{c}} about events when {{she}} was {age_then}. Names {{a}}.',
                                        f'{name}: {{c}} (now an adult) provided a statement identifying {{a}} and others.',
                                        f'{name}: victim account. {{c}} describes being taken to {{P0}} by {{a}}.']),
                       cse=True, kind='op_victim', grade=0.85,
                       extra={'operation': name})
            if e is not None:
                ctx.decision(e, t + days(rng.randrange(1, 30)), 'investigation', f'{name} - crime recorded and allocated')
                net.events.append(e)
    # 3. subject profiles and outcomes
    for m, r in core + periph:
        if r == 'periph' and not chance(rng, 0.45):
            continue
        t = t0 + days(rng.randrange(0, 500))
        if t > END:
            continue
        known_as = [a for a in m.aliases if not (m.middle and a.startswith(m.middle))] + m.nick
        subs = [ctx.sub(m, 'suspect', ag, t, level='full', born='exact', age='adult_known', addr=True,
                        extra={'pnc_id': m.pnc}, tag='a', aliases=known_as[:3] or None)]
        phones = sorted({p[0] for p in m.phones if p[1] <= t})
        cars = [c[0] for c in m.cars if c[1] <= t]
        if phones:
            subs[0].phone = phones[-3:]
        if cars:
            subs[0].car = cars[-2:]
            subs[0].carq = 'full'
        vs = named_by.get(m.key) or rng.sample(net.victims, min(2, len(net.victims)))
        for v in list(dict.fromkeys(vs))[:4]:
            subs.append(ctx.sub(v, 'victim', ag, t, level='full', tag='c'))
        for m2, r2 in core:
            if m2 is not m and chance(rng, 0.2):
                subs.append(ctx.sub(m2, 'associate', ag, t, level='full', tag='a2'))
        pls = sp['places'].get(r, [])[:2]
        if pls:
            subs[0].places = pls[:1]
        e = ctx.ev(t, ag, subs, places=pls[:1], ind=['multiple_adults', 'older_partner'], off=['71'] if chance(rng, 0.6) else ['22B', '71'],
                   text=f'{name}: subject profile for {{a}}. Linked to {{c}} and others. Vehicles and numbers attributed.',
                   cse=True, kind='op_profile', grade=0.9, extra={'operation': name})
        if e is None:
            continue
        net.events.append(e)
        fate = 'convict' if r in sp['convict'] else ('acquit' if r in sp['acquit'] else 'nfa')
        if r == 'periph':
            fate = 'convict' if chance(rng, 0.25) else 'nfa'
        ta = t + days(rng.randrange(30, 300))
        ctx.decision(e, t + days(rng.randrange(1, 20)), 'investigation', f'{name}: subject of investigation')
        if fate == 'nfa' and chance(rng, 0.4):
            ctx.decision(e, ta, 'no_further_action', rng.choice(('insufficient evidence to charge', 'not identified by victims',
                                                                 'CPS: no realistic prospect of conviction')))
            continue
        ctx.decision(e, ta, 'arrest', f'{name}: arrested on suspicion of rape and child sexual exploitation offences')
        if fate == 'nfa':
            ctx.decision(e, ta + days(rng.randrange(60, 500)), 'no_further_action',
                         rng.choice(('released under investigation; no further action', 'insufficient evidence to charge')))
            continue
        tc = ta + days(rng.randrange(60, 400))
        if tc > END:
            tc = END - days(rng.randrange(1, 60))
        # the charging file is a concern of its own
        cs = [ctx.sub(m, 'suspect', ag, tc, level='full', born='exact', extra={'pnc_id': m.pnc}, tag='a')]
        for v in list(dict.fromkeys(vs))[:3]:
            cs.append(ctx.sub(v, 'victim', ag, tc, level='full', born='exact', tag='c'))
        e2 = ctx.ev(tc, ag, cs, off=list(dict.fromkeys(sex_codes(rng, 14, 'F', exploit=False) + ['71'])),
                    text=f'{name}: charging decision for {{a}}. Counts relate to {{c}}.', cse=True, kind='op_charge',
                    extra={'operation': name})
        if e2 is None:
            continue
        net.events.append(e2)
        ctx.decision(e2, tc + days(rng.randrange(1, 10)), 'charge', f'{name}: charged by CPS')
        cy = rng.randrange(conv_y[0], conv_y[1] + 1)
        tv = max(tc + days(200), dt.datetime(cy, rng.randrange(1, 13), rng.randrange(1, 28), 12))
        if fate == 'convict':
            ctx.decision(e2, tv, 'conviction', rng.choice(('convicted at Marlshire Crown Court',
                                                           'guilty of rape and trafficking offences; sentenced',
                                                           'pleaded guilty; sentenced')))
        else:
            ctx.decision(e2, tv, 'other', 'acquitted at trial')
