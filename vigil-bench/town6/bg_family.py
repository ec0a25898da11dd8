"""Background stories about children and families that are not exploitation but look like it in
places: children who go missing from care, domestic abuse, peer-on-peer harm, school welfare,
teenage health, foster care, relatives who give lifts, older (legal) boyfriends, twins, namesakes."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, rand_time, at_hour
from names import STREET_M, STREET_F
from people import new_adult, new_family, new_child
from common import care_path, carer_at, spread_times, school_ag, teacher, in_care, seen_with
from kit import missing_episode, fix_ag

YEARS = [(y, 1 + (y - 2005) * 0.08) for y in range(2005, 2020)]


def bg_time(rng, a=START, b=END):
    for _ in range(20):
        y = wchoice(rng, YEARS)
        t = D(y, 1, 1) + dt.timedelta(seconds=rng.randrange(365 * 86400))
        if a <= t <= b:
            return t
    return rand_time(rng, a, b)


def get_kid(ctx, t, lo, hi, sex=None, fresh=0.35):
    rng = ctx.rng
    if ctx.kids and not chance(rng, fresh):
        for _ in range(12):
            k = rng.choice(ctx.kids)
            if k.born and lo <= k.age(t) <= hi and (sex is None or k.sex == sex) and k.kind in ('other_child', 'victim'):
                return k
    nk = rng.choice((1, 1, 2, 2, 3))
    f = new_family(ctx, [(t - days(365 * (hi + 1)), t - days(365 * lo))] +
                   [(t - days(365 * 17), t - days(365 * 4))] * (nk - 1), twins=nk >= 2 and chance(rng, 0.03), sex0=sex)
    ctx.kids.extend(f.kids)
    if len(f.kids) > 1 and f.kids[1].twin is not None:
        ctx.confounds.append(('twin', f.kids[1], f.kids[0]))
    return f.kids[0]


def older_youth(ctx, t, lo=18, hi=21):
    rng = ctx.rng
    if ctx.youths and chance(rng, 0.6):
        for _ in range(8):
            y = rng.choice(ctx.youths)
            if lo <= y.age(t) <= hi + 3:
                return y
    y = new_adult(ctx, 'other_adult', (t, rng.randrange(lo, hi + 1)), sex='M' if chance(rng, 0.8) else 'F')
    if chance(rng, 0.4):
        y.nick.append(rng.choice(STREET_M if y.sex == 'M' else STREET_F))
    if chance(rng, 0.4):
        ctx.w.give_car(y, t - days(200))
    if chance(rng, 0.6):
        ctx.w.give_mobile(y, t - days(300))
    y.known = wchoice(rng, [('full', 3), ('first', 3), ('nick', 2)])
    ctx.youths.append(y)
    return y


def lac_child(ctx, S):
    """A child who goes missing often, mostly from care, with no exploiter behind it."""
    rng = ctx.rng
    t0 = bg_time(rng, START, END - days(200))
    c = get_kid(ctx, t0, 12, 15, fresh=0.6)
    end = min(END, t0 + days(rng.randrange(200, 1400)))
    if c.key not in ctx.care:
        care_path(ctx, S, c, t0 - days(300), end, p_care=0.55, p_foster=0.25)
    friends = [get_kid(ctx, t0, 12, 16) for _ in range(rng.randrange(0, 3))]
    rel = None
    if chance(rng, 0.35) and c.household:
        rel = new_adult(ctx, 'other_adult', (t0, rng.randrange(19, 45)), sex='M', group=c.group, last=c.last if chance(rng, 0.5) else None)
        rel.occupation = rng.choice(('', 'uncle', 'older brother', 'cousin'))
        ctx.w.give_car(rel, t0 - days(300))
    bf = older_youth(ctx, t0, 18, 20) if c.sex == 'F' and chance(rng, 0.3) else None
    n = max(2, int(rng.uniform(3, 30) * ctx.vol))
    for t in spread_times(rng, t0, end, n):
        rep, home_ag, hk = carer_at(ctx, S, c, t)
        adults = []
        if rel and chance(rng, 0.3):
            adults.append((rel, rng.choice(('associate', 'other')), rel.car_at(t), 'seen'))
        if bf and chance(rng, 0.35):
            adults.append((bf, rng.choice(('associate', 'other', 'suspect')), bf.car_at(t) if chance(rng, 0.4) else None, 'glimpse'))
        inds = [i for i in ('alcohol_drugs', 'school_absence', 'older_partner' if bf else 'alcohol_drugs',
                            'vehicle_pickup' if adults and adults[0][2] else 'alcohol_drugs') if chance(rng, 0.3)]
        k = wchoice(rng, [('missing', 8), ('csc', 1), ('ed', 1), ('sh', 1 if c.sex == 'F' and c.age(t) >= 14 else 0),
                          ('seen', 1)])
        if k == 'missing':
            missing_episode(ctx, c, t, reporter=rep, adults=adults, found_place=rng.choice(('greenhead', 'busstation', 'beckrec', 'kwikcp', 'towpath', None)),
                            places=[], inds=list(dict.fromkeys(inds)), cse=False, home_ag=home_ag,
                            found_with=[f for f in friends if chance(rng, 0.5)])
        elif k == 'csc':
            subs = [ctx.sub(c, 'victim', 'csc', t, tag='c')]
            if chance(rng, 0.3):
                subs.append(ctx.sub(rng.choice(S['social']), 'other', 'csc', t, born='none', age=None, tag='s'))
            if rep:
                subs.append(ctx.sub(rep, rng.choice(('reporter', 'other')), 'csc', t, tag='r'))
            if bf and chance(rng, 0.6):
                subs.append(ctx.sub(bf, rng.choice(('associate', 'other')), 'csc', t, tag='a'))
            e = ctx.ev(t, 'csc', subs, ind=list(dict.fromkeys(['missing'] + inds)),
                       text=rng.choice(['{c} repeatedly missing from placement; placement at risk of breakdown.',
                                        'Review: {c} going missing to be with friends and family. Risk of CSE considered; no indicators found.',
                                        '{c} missing again; believed to be staying with {a}.']),
                       kind='csc_missing')
            ctx.decide(e, 'csc')
        elif k == 'ed':
            subs = [ctx.sub(c, 'victim', 'ed', t, tag='c')] + [ctx.sub(f, 'other', 'ed', t, tag='f') for f in friends[:1]]
            e = ctx.ev(t, 'ed', subs, ind=['alcohol_drugs'] + (['injury'] if chance(rng, 0.3) else []),
                       text='{c} brought in by ambulance, intoxicated, with a friend. Discharged to carer.', kind='health')
            ctx.decide(e, 'agency')
        elif k == 'sh':
            subs = [ctx.sub(c, 'other', 'sh', t, tag='c')]
            if bf:
                subs.append(ctx.sub(bf, 'associate', 'sh', t, age='adult_est', tag='a'))
            elif friends:
                subs.append(ctx.sub(friends[0], 'associate', 'sh', t, tag='a'))
            e = ctx.ev(t, 'sh', subs, ind=['sexual_health'] + (['older_partner'] if bf else []),
                       text='Attended for contraception. Partner {a} aged about 18. Fraser competent. No concerns.', kind='health')
            ctx.decide(e, 'agency')
        else:
            ad = [(a, r, car) for a, r, car, q in adults]
            if ad:
                seen_with(ctx, S, c, t, ad, [], inds or ['vehicle_pickup'], False)


def da_family(ctx, S):
    rng = ctx.rng
    t0 = bg_time(rng, START, END - days(300))
    kid = get_kid(ctx, t0, 2, 15, fresh=0.7)
    h = kid.household
    perp = h.father if (h and h.father and chance(rng, 0.6)) else None
    if perp is None:
        perp = new_adult(ctx, 'other_adult', (t0, rng.randrange(20, 45)), sex='M', addr=h.addr if h else None)
        perp.occupation = rng.choice(('', 'labourer', 'driver', 'mechanic', 'unemployed'))
    if chance(rng, 0.5) and not perp.cars:
        ctx.w.give_car(perp, t0 - days(100))
    if chance(rng, 0.6) and not perp.phones:
        ctx.w.give_mobile(perp, t0 - days(100))
    households = [h]
    n = max(2, int(rng.uniform(2, 12) * ctx.vol))
    times = spread_times(rng, t0, min(END, t0 + days(rng.randrange(400, 3000))), n)
    for i, t in enumerate(times):
        if i == n // 2 and chance(rng, 0.3):            # a new partner, with her own children
            k2 = get_kid(ctx, t, 1, 14, fresh=0.9)
            if k2.household:
                households.append(k2.household)
        hh = households[-1]
        if hh is None:
            continue
        mum = hh.mother
        kids = [k for k in hh.kids if k.born and 0 <= k.age(t) < 18]
        k = wchoice(rng, [('police', 6), ('csc', 2), ('school', 2 if kids else 0), ('ed', 1)])
        if k == 'police':
            ag = rng.choice(('mp_inc', 'mp_crime'))
            subs = [ctx.sub(perp, 'suspect', ag, t, level='full', tag='x'), ctx.sub(mum, 'victim', ag, t, level='full', tag='v')]
            for c in kids:
                if chance(rng, 0.6):
                    subs.append(ctx.sub(c, rng.choice(('other', 'witness', 'victim')), ag, t, tag='k'))
            e = ctx.ev(t, ag, subs, off=[rng.choice(('8N', '105A', '8L', '58A'))] if ag == 'mp_crime' else [],
                       ind=[i for i in ('injury', 'threats', 'alcohol_drugs') if chance(rng, 0.45)],
                       text=rng.choice(['DA incident: {x} assaulted partner {v}. Children present.',
                                        'Verbal argument between {x} and {v}; neighbours called police. DASH medium.',
                                        '{v} reports {x} threatened to kill her and took her phone. {k} witnessed.',
                                        'Breach of non-molestation order by {x}.']),
                       kind='da')
            ctx.decide(e, 'police_da')
        elif k == 'csc':
            subs = [ctx.sub(c, 'victim', 'csc', t, tag='c') for c in kids[:3]] + [ctx.sub(perp, rng.choice(('suspect', 'other')), 'csc', t, tag='x'),
                                                                      ctx.sub(mum, 'other', 'csc', t, tag='p')]
            if chance(rng, 0.3):
                subs.append(ctx.sub(rng.choice(ctx.S['social']), 'other', 'csc', t, born='none', age=None, tag='s'))
            e = ctx.ev(t, 'csc', subs, ind=['injury'] if chance(rng, 0.3) else ['threats'],
                       text='Police DA notification: children {c} in household. {x} is the alleged perpetrator.', kind='da_csc')
            ctx.decide(e, 'csc')
        elif k == 'school':
            c = rng.choice(kids)
            sa = school_ag(c) or 'sch_primary'
            tc = teacher(ctx.S, rng, c)
            subs = [ctx.sub(c, 'victim', sa, t, tag='c'), ctx.sub(perp, 'other', sa, t, tag='x')]
            if tc and chance(rng, 0.4):
                subs.append(ctx.sub(tc, 'reporter', sa, t, tag='r'))
            e = ctx.ev(t, sa, subs, ind=['injury'] if chance(rng, 0.4) else [],
                       text='{c} told teacher that {x} hurt mummy. Bruise noted on arm.', kind='school')
            ctx.decide(e, 'agency')
        else:
            e = ctx.ev(t, 'ed', [ctx.sub(mum, 'victim', 'ed', t, tag='v'), ctx.sub(perp, 'other', 'ed', t, tag='x')], ind=['injury'],
                       text='{v} attended with facial injury; partner {x} waiting outside.', kind='health')
            ctx.decide(e, 'agency')


def peer_incident(ctx, S):
    rng = ctx.rng
    t = bg_time(rng, D(2007, 1, 1))
    a = get_kid(ctx, t, 13, 16, sex='M')
    b = get_kid(ctx, t, 12, 15, sex='F' if chance(rng, 0.8) else 'M')
    others = [get_kid(ctx, t, 13, 16) for _ in range(rng.randrange(0, 3))]
    kind = wchoice(rng, [('images', 4), ('assault', 3), ('party', 2)])
    for j in range(rng.choice((1, 2, 2, 3))):
        tj = t + days(j * rng.randrange(1, 30))
        ag = wchoice(rng, [('mp_crime', 3), (school_ag(b) or 'csc', 3), ('csc', 1)])
        subs = [ctx.sub(b, 'victim', ag, tj, tag='c'), ctx.sub(a, 'suspect', ag, tj, tag='x')]
        for o in others:
            subs.append(ctx.sub(o, rng.choice(('witness', 'associate', 'other')), ag, tj, tag='o'))
        tc = teacher(S, rng, b)
        if tc and ag.startswith('sch') and chance(rng, 0.5):
            subs.append(ctx.sub(tc, 'reporter', ag, tj, tag='r'))
        off = {'images': ['86'], 'assault': ['20A' if b.sex == 'F' else '17A'], 'party': ['22B']}[kind]
        ind = {'images': ['online_contact', 'threats'], 'assault': ['injury'], 'party': ['alcohol_drugs', 'multiple_adults' if chance(rng, 0.2) else 'alcohol_drugs']}[kind]
        e = ctx.ev(tj, ag, subs, off=off if ag == 'mp_crime' or chance(rng, 0.2) else [], ind=list(dict.fromkeys(ind)),
                   text={'images': 'Indecent image of {c} shared by {x} around year 10.',
                         'assault': '{c} reports {x} touched {him} inappropriately at school.',
                         'party': 'Party at a friend\'s house; {c} says {x} had sex with {him} when {she} was drunk.'}[kind],
                   kind='peer')
        ctx.decide(e, 'police_peer' if ag == 'mp_crime' else 'agency')


def school_welfare(ctx, S):
    rng = ctx.rng
    t = bg_time(rng)
    c = get_kid(ctx, t, 5, 16)
    sa = school_ag(c) if c.age(t) >= 11 else 'sch_primary'
    sa = sa or 'sch_academy'
    tc = teacher(S, rng, c) if sa != 'sch_primary' else rng.choice(S['teacher']['hollinsprim'])
    h = c.household
    for j in range(rng.choice((1, 1, 2, 3))):
        tj = t + days(j * rng.randrange(10, 200))
        subs = [ctx.sub(c, 'victim' if chance(rng, 0.6) else 'other', sa, tj, tag='c')]
        if h and chance(rng, 0.6):
            subs.append(ctx.sub(rng.choice(h.adults), 'other', sa, tj, tag='p'))
        sib = [k for k in (h.kids if h else []) if k is not c and k.born and k.age(tj) < 18]
        if sib and chance(rng, 0.3):
            subs.append(ctx.sub(sib[0], 'other', sa, tj, tag='o'))
        if tc and chance(rng, 0.5):
            subs.append(ctx.sub(tc, 'reporter', sa, tj, tag='r'))
        if chance(rng, 0.15):
            subs.append(ctx.sub(rng.choice(S['school_nurse']), 'other', sa, tj, tag='s'))
        e = ctx.ev(tj, sa, subs, ind=[i for i in ('school_absence', 'injury', 'alcohol_drugs') if chance(rng, 0.3)],
                   text=rng.choice(['{c} hungry and unkempt; uniform not washed. Parent {p} spoken to.',
                                    '{c} has a bruise on cheek, says {she} fell. Logged.',
                                    'Attendance 72%. {c} caring for younger sibling {o}.',
                                    '{c} disclosed that {p} drinks every night. Referral to early help.',
                                    '{c} upset about home; says {p} shouts.']),
                   kind='school')
        ctx.decide(e, 'agency')


def teen_health(ctx, S):
    rng = ctx.rng
    t = bg_time(rng)
    c = get_kid(ctx, t, 13, 17)
    k = wchoice(rng, [('ed', 3), ('sh', 3), ('gp', 1)])
    subs = [ctx.sub(c, rng.choice(('victim', 'other')), k, t, tag='c')]
    ind = []
    if k == 'sh':
        p = older_youth(ctx, t, 18, 20) if chance(rng, 0.35) and c.age(t) >= 15 else get_kid(ctx, t, max(13, c.age(t) - 1), 17)
        subs.append(ctx.sub(p, 'associate', k, t, age='adult_est' if p.age(t) >= 18 else 'child', tag='a'))
        ind = ['sexual_health'] + (['older_partner'] if p.age(t) >= 18 else []) + (['pregnancy'] if chance(rng, 0.1) else [])
        if chance(rng, 0.2):
            subs.append(ctx.sub(rng.choice(S['nurse']), 'reporter', k, t, born='none', age=None, tag='s'))
        tx = 'Attended with boyfriend {a}. Contraception advice. No safeguarding concerns identified.'
    elif k == 'ed':
        ind = ['alcohol_drugs'] + (['injury'] if chance(rng, 0.4) else [])
        tx = 'Intoxicated 15 year old {c} brought in by friends from a party. Parent collected.'
        for _ in range(rng.randrange(0, 2)):
            subs.append(ctx.sub(get_kid(ctx, t, 13, 17), 'other', k, t, tag='f'))
    else:
        if c.household:
            subs.append(ctx.sub(c.household.mother, 'other', k, t, tag='p'))
        ind = [rng.choice(('pregnancy', 'sexual_health', 'alcohol_drugs'))]
        tx = 'Consultation with {c}, attended with {p}.'
    e = ctx.ev(t, k, subs, ind=ind, text=tx, kind='health')
    ctx.decide(e, 'agency')


def foster_story(ctx, S):
    rng = ctx.rng
    fc = rng.choice(S['foster'])
    t0 = bg_time(rng, START, END - days(300))
    kids = [get_kid(ctx, t0, 6, 16, fresh=0.8) for _ in range(rng.randrange(1, 4))]
    for c in kids:
        if c.key not in ctx.care:
            ctx.care[c.key] = [[START, t0, 'home', None], [t0, t0 + days(rng.randrange(200, 1500)), 'foster', fc]]
    for j in range(max(1, int(rng.uniform(1, 6) * ctx.vol))):
        t = t0 + days(rng.randrange(0, 900))
        c = rng.choice(kids)
        k = wchoice(rng, [('ifa', 2), ('csc', 2), ('school', 2), ('missing', 2)])
        if k == 'missing':
            missing_episode(ctx, c, t, reporter=fc, adults=[], inds=[], cse=False, found_place=rng.choice(('busstation', 'greenhead', None)))
            continue
        ag = {'ifa': 'ifa', 'csc': 'csc', 'school': school_ag(c) or 'csc'}[k]
        subs = [ctx.sub(c, 'victim' if chance(rng, 0.5) else 'other', ag, t, tag='c'),
                ctx.sub(fc, rng.choice(('reporter', 'other', 'associate')), ag, t, car=fc.car_at(t) if chance(rng, 0.2) else None, tag='r')]
        for o in kids:
            if o is not c and chance(rng, 0.4):
                subs.append(ctx.sub(o, 'other', ag, t, tag='o'))
        if c.household and chance(rng, 0.3):
            subs.append(ctx.sub(c.household.mother, 'other', ag, t, tag='p'))
        e = ctx.ev(t, ag, subs, ind=[i for i in ('vehicle_pickup', 'injury', 'school_absence', 'missing') if chance(rng, 0.2)],
                   text=rng.choice(['Foster carer {r} reports {c} upset after contact with birth mother.',
                                    '{r} collected {c} from school early; {c} has a mark on {his} arm from a fall.',
                                    'Supervising visit: {r} caring well for {c} and {o}.',
                                    '{c} said {r} took {his} phone away as a punishment.']),
                   kind='foster')
        ctx.decide(e, 'csc' if ag == 'csc' else 'agency')


from bg_adults import *  # noqa: E402,F401,F403
