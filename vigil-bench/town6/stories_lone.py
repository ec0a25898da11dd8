"""County lines; the 'boyfriend' model; lone online groomers; offenders in positions of trust."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, rand_time, pick_group, first_name, surname
from names import STREET_M, STREET_F
from people import new_adult, new_family, new_child, staff_member
from common import care_path, carer_at, sex_codes, spread_times, seen_with, school_ag, teacher
from kit import missing_episode, fix_ag
import episodes as EP
from stories_net import Net, make_member, _history
from op import operation

CL_SPEC = dict(t0=D(2015, 3, 1), t1=D(2019, 9, 1), op='op_vortex', op_t=D(2018, 3, 1),
               places={'lineholder': ['rvflat', 'seaflat', 'rvbus'], 'enforcer': ['foundry', 'seaflat', 'greenhead'],
                       'recruiter': ['foundry', 'kwikmart', 'greenhead', 'busstation', 'pru'], 'periph': ['foundry', 'seaflat']},
               convict=['lineholder', 'enforcer', 'recruiter'], acquit=[], conv_years=(2019, 2020), firm='', takeaway='',
               roles=[], periph=1)


def county_lines(ctx, S, nid, shift=0, vscale=1.0):
    rng, w = ctx.rng, ctx.w
    net = Net(nid, CL_SPEC, shift)
    g = pick_group(rng)
    lh = new_adult(ctx, 'offender', (net.t0, rng.randrange(25, 33)), sex='M', group=g, addr=w.address(rv=True), known='nick')
    en = new_adult(ctx, 'offender', (net.t0, rng.randrange(20, 26)), sex='M', group=g if chance(rng, 0.6) else None,
                   addr=w.address(rv=True), known='nick')
    rc = new_child(ctx, net.t0 - days(365 * 16 + 100), net.t0 - days(365 * 15), sex='M', kind='offender')
    rc.known = 'first'
    rc.school = 'pru'
    for p, r in ((lh, 'lineholder'), (en, 'enforcer'), (rc, 'recruiter')):
        p.network = nid
        p.nick.append(rng.choice(STREET_M))
        p.ident = net.t0 + days(rng.randrange(200, 900)) if r != 'recruiter' else None
        p.pnc = f'{rng.randrange(10, 18):02d}/{rng.randrange(100000, 999999)}{rng.choice("ABCDEFGHJK")}'
        net.members.append((p, r))
    lh.occupation = ''
    _history(ctx, en, net.t0, net.t1, (60, 220), (90, 300))
    _history(ctx, lh, net.t0, net.t1, (300, 700), (60, 200))
    # the 'line': one number answered by whoever holds the phone
    t = net.t0
    while t < net.t1:
        nxt = t + days(rng.randrange(120, 400))
        num = w.mobiles.pop() if w.mobiles else f'07700900{rng.randrange(1000):03d}'
        for p in (lh, en, rc):
            p.phones.append([num, t, nxt])
        t = nxt
    pm = make_member(ctx, net, 'periph', g)
    cuck = new_adult(ctx, 'other_adult', (net.t0, rng.randrange(35, 60)), addr=w.place('foundry').address)
    cuck.occupation = ''
    ctx.confounds.append(('cuckooed', cuck, lh))
    nv = max(2, int(round(6 * vscale)))
    for i in range(nv):
        f = new_family(ctx, [(net.t0 - days(365 * 16), net.t0 - days(365 * 13))] * rng.choice((1, 2)),
                       ['victim'] + ['other_child'], father=chance(rng, 0.3), sex0='M' if chance(rng, 0.8) else 'F')
        v = f.kids[0]
        v.network = nid
        if chance(rng, 0.4):
            v.school = 'pru'
        w.give_mobile(v, net.t0)
        net.victims.append(v)
    ctx.networks[nid] = net
    vwin = {}
    for v in net.victims:
        s = net.t0 + days(rng.randrange(0, 700))
        e = min(net.t1, s + days(rng.randrange(300, 1000)))
        vwin[v.key] = (s, e)
        care_path(ctx, S, v, s, e, p_care=0.3, p_foster=0.1)
    # the recruiter as a boy: arrested with drugs, named as a victim, before he recruits others
    for _ in range(rng.randrange(2, 5)):
        t = rand_time(rng, net.t0 - days(400), net.t0 + days(300))
        ag = rng.choice(('mp_crime', 'nvp', 'yot'))
        subs = [ctx.sub(rc, rng.choice(('suspect', 'victim')), ag, t, level='full', tag='c')]
        if chance(rng, 0.5):
            subs.append(ctx.sub(lh, 'associate', ag, t, level='nick', tag='a'))
        e = ctx.ev(t, ag, subs, ind=['missing', 'trafficked_elsewhere', 'money'][:rng.randrange(1, 4)],
                   off=['92A'] if chance(rng, 0.6) else ['92D'], text='{c} (15) found in a flat in Saltby with wraps of crack cocaine. Says he was "visiting".',
                   cse=True, kind='cl_early')
        ctx.decide(e, 'police_volume')
    core = [(lh, 'lineholder'), (en, 'enforcer'), (rc, 'recruiter')]
    for v in net.victims:
        s, e = vwin[v.key]
        n = max(4, int(rng.uniform(8, 28) * ctx.vol))
        for t in spread_times(rng, s, e, n):
            chosen = rng.sample(core, rng.choice((1, 1, 2)))
            if chance(rng, 0.05):
                chosen.append((pm, 'periph'))
            places = []
            for m, r in chosen:
                places += CL_SPEC['places'][r]
            rng.shuffle(places)
            cl_episode(ctx, S, net, v, t, chosen, places, cuck)
    for _ in range(int(rng.uniform(4, 8) * ctx.vol)):
        t = rand_time(rng, net.t0, net.t1)
        ch = rng.sample(core, rng.randrange(1, 3))
        EP.intel_report(ctx, net, t, ch, ['foundry', 'seaflat', 'rvflat'], [])
    operation(ctx, S, net, vwin)
    return net


def cl_episode(ctx, S, net, v, t, chosen, places, cuck):
    rng = ctx.rng
    n0 = len(ctx.events)
    inds = [i for i in ('trafficked_elsewhere', 'money', 'threats', 'alcohol_drugs', 'injury', 'school_absence')
            if chance(rng, 0.35)]
    k = wchoice(rng, [('missing', 40), ('arrested', 10), ('ed', 5), ('school', 8), ('cuckoo', 5), ('robbery', 4),
                      ('yot', 6), ('csc', 8), ('seen', 6), ('intel', 4)])
    adults = [(m, EP.adult_role(rng, t, 'x'), m.car_at(t) if chance(rng, 0.3) else None) for m, r in chosen]
    if k == 'missing':
        rep, home_ag, _ = carer_at(ctx, S, v, t)
        missing_episode(ctx, v, t, reporter=rep, adults=[(m, r, c, 'glimpse') for m, r, c in adults],
                        found_place=places[0] if places else None, places=places[:1], inds=inds, cse=True,
                        home_ag=home_ag, back_hours=rng.choice((20, 48, 72, 120, 200)))
    elif k == 'arrested':
        ag = rng.choice(('nvp', 'nvp', 'mp_crime'))
        subs = [ctx.sub(v, 'suspect', ag, t, tag='c')]
        for m, r, c in adults:
            if chance(rng, 0.4):
                subs.append(ctx.sub(m, rng.choice(('associate', 'other')), ag, t, phone=m.phone_at(t) if chance(rng, 0.6) else None, tag='a'))
        e = ctx.ev(t, ag, subs, places=['seaflat'] if chance(rng, 0.6) else [], ind=['trafficked_elsewhere', 'missing'] + inds,
                   off=['92A'], text='{c} arrested in Saltby in possession of 14 wraps and a phone receiving "deal" texts.',
                   cse=True, kind='cl_arrest')
        if e:
            ctx.decision(e, t + dt.timedelta(hours=5), 'arrest', 'YP arrested: possession with intent to supply')
            if chance(rng, 0.4):
                ctx.decision(e, t + days(rng.randrange(20, 120)), 'charge', 'charged; PWITS class A')
            elif chance(rng, 0.5):
                ctx.decision(e, t + days(rng.randrange(5, 60)), 'referred', 'NRM referral (modern slavery) made')
    elif k == 'ed':
        subs = [ctx.sub(v, 'victim', 'ed', t, tag='c')]
        e = ctx.ev(t, 'ed', subs, ind=['injury', 'threats'], text='{c} attended with a stab wound to the thigh. Would not say how.',
                   cse=True, kind='health')
        ctx.decide(e, 'agency')
    elif k == 'school':
        seen_with(ctx, S, v, t, adults, places, inds + ['school_absence', 'money'], True, reporter_kind='school',
                  text='{c} has new trainers and two phones; absent most afternoons. Seen with {a}.')
    elif k == 'cuckoo':
        en = chosen[0][0]
        EP.housing(ctx, cuck, t, [v], [m for m, r in chosen], True)
    elif k == 'robbery':
        m = chosen[0][0]
        subs = [ctx.sub(v, 'victim', 'mp_crime', t, tag='c'), ctx.sub(m, 'suspect', 'mp_crime', t, level=rng.choice(('nick', 'none', 'first')), tag='a')]
        e = ctx.ev(t, 'mp_crime', subs, off=['34B'], ind=['threats', 'injury'],
                   text='{c} reports being robbed of a phone and cash by {a}. Uncooperative with officers.',
                   cse=True, kind='robbery')
        ctx.decide(e, 'police_volume')
    elif k == 'yot':
        subs = [ctx.sub(v, 'suspect', 'yot', t, tag='c')]
        for m, r, c in adults:
            subs.append(ctx.sub(m, 'associate', 'yot', t, tag='a'))
        e = ctx.ev(t, 'yot', subs, ind=inds or ['money'], text='YOT: {c} told his worker he owes {a} money and is scared.',
                   cse=True, kind='yot')
        ctx.decide(e, 'csc')
    elif k == 'csc':
        EP.csc(ctx, S, v, t, chosen, inds or ['trafficked_elsewhere'], [])
    elif k == 'seen':
        seen_with(ctx, S, v, t, adults, places, inds, True)
    else:
        EP.intel_report(ctx, net, t, chosen, places, [v])
    net.events += ctx.events[n0:]


def _username(rng, p):
    base = rng.choice((p.first.lower(), (p.nick[0] if p.nick else p.last).lower(), 'kb', 'cheeky', 'lad'))
    return wchoice(rng, [(f'{base}_{rng.randrange(80, 100)}', 2), (f'x{base}x{rng.randrange(1, 30)}', 1),
                         (f'{base}{rng.randrange(100, 999)}', 2), (f'the_real_{base}', 1)])


def boyfriends(ctx, S, n):
    rng, w = ctx.rng, ctx.w
    for i in range(n):
        t0 = D(2005, 6, 1) + days(rng.randrange(0, 3600))
        bf = new_adult(ctx, 'offender', (t0, rng.randrange(20, 36)), sex='M', known=rng.choice(('first', 'nick', 'full', 'first')))
        if bf.known == 'nick' or chance(rng, 0.3):
            bf.nick.append(rng.choice(STREET_M))
        bf.ident = t0 + days(rng.randrange(100, 1500)) if bf.known != 'full' else None
        _history(ctx, bf, t0, t0 + days(2500), (400, 1200), (200, 700), flashy=chance(rng, 0.5))
        t = t0
        for j in range(rng.choice((1, 2, 2, 3))):
            f = new_family(ctx, [(t - days(365 * 15), t - days(365 * 13))], ['victim'], sex0='F')
            v = f.kids[0]
            w.give_mobile(v, t - days(100))
            end = t + days(rng.randrange(200, 800))
            care_path(ctx, S, v, t, end, p_care=0.2, p_foster=0.1)
            places = rng.sample(['offy', 'kwikcp', 'greenhead', 'msc', 'busstation', 'mrchick', 'leisure'], 3)
            for te in spread_times(rng, t, end, max(3, int(rng.uniform(5, 18) * ctx.vol))):
                EP.exploit_episode(ctx, S, None, v, te, [(bf, 'boyfriend')], places, [])
            if i % 3 == 0 and j == 0:
                tr = end + days(rng.randrange(300, 2000))
                if tr < END:
                    e = ctx.ev(tr, 'mp_crime', [ctx.sub(v, 'victim', 'mp_crime', tr, level='full', born='exact', tag='c'),
                                                ctx.sub(bf, 'suspect', 'mp_crime', tr, level='full', born='exact', tag='a')],
                               off=sex_codes(rng, v.age(t), 'F', exploit=False) or ['22B'], ind=['older_partner'],
                               text='Historic report: {c} states that when {she} was 14 {a} groomed and abused {him}.',
                               cse=True, kind='historic')
                    if e:
                        ctx.decision(e, tr + days(20), 'investigation', 'allocated to CSE team')
                        ctx.decision(e, tr + days(rng.randrange(60, 200)), 'arrest', 'suspect arrested')
                        ctx.decision(e, tr + days(rng.randrange(250, 500)), 'charge', 'charged: sexual activity with a child')
                        ctx.decision(e, tr + days(rng.randrange(550, 900)), 'conviction', 'convicted; sentenced')
            t = end + days(rng.randrange(30, 600))
            if t > END - days(200):
                break


def online(ctx, S, n):
    rng, w = ctx.rng, ctx.w
    for i in range(n):
        t0 = D(2009, 1, 1) + days(rng.randrange(0, 3000))
        rv = i % 3 == 2
        g = new_adult(ctx, 'offender', (t0, rng.randrange(24, 55)), sex='M', known='username', addr=w.address(rv=rv))
        for _ in range(rng.choice((1, 2, 3))):
            g.nick.append(_username(rng, g))
        never = i % 3 == 1
        g.ident = D(2100, 1, 1) if never else t0 + days(rng.randrange(500, 2200))
        if chance(rng, 0.5):
            w.give_mobile(g, t0)
        vs = []
        for j in range(rng.randrange(2, 6)):
            t = t0 + days(rng.randrange(0, 1500))
            f = new_family(ctx, [(t - days(365 * 15), t - days(365 * 12))], ['victim'])
            v = f.kids[0]
            vs.append(v)
            for te in spread_times(rng, t, t + days(rng.randrange(30, 300)), max(2, int(rng.uniform(2, 7) * ctx.vol)), bursts=1):
                k = wchoice(rng, [('school', 3), ('family', 3), ('ceop', 2), ('csc', 2), ('meet', 1 if rv else 0)])
                ag = {'school': school_ag(v) or 'csc', 'family': 'mp_crime', 'ceop': 'ceop', 'csc': 'csc', 'meet': 'nvp'}[k]
                ag = fix_ag(ctx, ag, te)
                subs = [ctx.sub(v, 'victim', ag, te, tag='c')]
                if k == 'family' and v.household:
                    subs.append(ctx.sub(v.household.mother, 'reporter', ag, te, tag='r'))
                subs.append(ctx.sub(g, 'suspect' if chance(rng, 0.7) else 'other', ag, te,
                                    phone=g.phone_at(te) if chance(rng, 0.3) else None, age='adult_est' if chance(rng, 0.3) else None, tag='a'))
                e = ctx.ev(te, ag, subs, ind=['online_contact'] + (['gifts'] if chance(rng, 0.3) else []) + (['threats'] if chance(rng, 0.3) else []),
                           off=['88A'] if ag in ('mp_crime', 'ceop', 'nvp') and chance(rng, 0.6) else [],
                           text=rng.choice(['{c} has been sent sexual messages by {a}, who says he is 17.',
                                            'Mother found images on {c}\'s phone sent to {a}. He threatens to share them.',
                                            'CEOP report: user {a} in contact with a child ({c}) in the Kelbridge area.',
                                            '{c} arranged to meet {a}, met online, at Ravensmoor bus station.']),
                           cse=True, kind='online', grade=0.5 if ag == 'ceop' else None,
                           places=['rvbus'] if k == 'meet' else [])
                ctx.decide(e, 'police_cse' if ag in ('mp_crime', 'ceop', 'nvp') else 'agency',
                           reasons=['suspect not identified; overseas platform', 'no offences disclosed',
                                    'insufficient evidence', 'account deleted; unable to trace'] if ag in ('mp_crime', 'ceop', 'nvp') else None)
        if not never and g.ident < END:
            te = g.ident + days(rng.randrange(10, 100))
            subs = [ctx.sub(g, 'suspect', 'mp_crime', te, level='full', born='exact', aliases=g.nick[:2], tag='a')]
            subs += [ctx.sub(v, 'victim', 'mp_crime', te, level='full', tag='c') for v in vs[:3]]
            e = ctx.ev(te, 'mp_crime', subs, off=['88A', '86'], ind=['online_contact'],
                       text='Suspect identified from CEOP package as {a}. Devices seized. Victims include {c}.',
                       cse=True, kind='online_ident')
            if e:
                ctx.decision(e, te + days(2), 'arrest', 'arrested; devices seized')
                if not rv:
                    ctx.decision(e, te + days(rng.randrange(200, 400)), 'charge', 'charged: sexual communication / grooming')
                    ctx.decision(e, te + days(rng.randrange(420, 700)), 'conviction', 'pleaded guilty')


from trust import positions_of_trust  # noqa: E402
