"""Background stories about adults around children: volume-crime suspects, ordinary taxi drivers and
takeaway staff, school transport, youth work, housing complaints, LADO allegations that are unfounded,
and planted confounds (shared family phone and car, twins, a lookalike car, namesakes)."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, rand_time
from names import STREET_M
from people import new_adult, new_child
from common import carer_at, spread_times, school_ag, teacher, seen_with
from kit import missing_episode, fix_ag


def _bg_time(rng, a=START, b=END):
    from bg_family import bg_time
    return bg_time(rng, a, b)


def _kid(ctx, t, lo, hi, **kw):
    from bg_family import get_kid
    return get_kid(ctx, t, lo, hi, **kw)


def volume_crime(ctx, S):
    rng, w = ctx.rng, ctx.w
    t0 = _bg_time(rng, START, END - days(300))
    p = new_adult(ctx, 'other_adult', (t0, rng.randrange(18, 30)), sex='M' if chance(rng, 0.9) else 'F',
                  known=wchoice(rng, [('full', 5), ('nick', 2), ('first', 1)]))
    if chance(rng, 0.5):
        p.nick.append(rng.choice(STREET_M))
    p.ident = t0 + days(rng.randrange(0, 400)) if p.known != 'full' else None
    p.pnc = f'{rng.randrange(0, 19):02d}/{rng.randrange(100000, 999999)}{rng.choice("ABCDEFGHJK")}'
    t = t0 - days(200)
    while t < t0 + days(3000):
        c = w.new_car(t)
        p.cars.append([c, t, t + days(rng.randrange(100, 700))])
        t += days(rng.randrange(100, 700))
    w.give_mobile(p, t0 - days(100))
    crew = [_kid(ctx, t0, 14, 17, sex='M') for _ in range(rng.randrange(0, 4))]
    n = max(2, int(rng.uniform(3, 14) * ctx.vol))
    for t in spread_times(rng, t0, min(END, t0 + days(rng.randrange(300, 2500))), n):
        kind = wchoice(rng, [('burglary', 3), ('vehicle', 4), ('robbery', 2), ('yot', 1 if crew else 0)])
        if kind == 'yot':
            c = rng.choice(crew)
            e = ctx.ev(t, 'yot', [ctx.sub(c, 'suspect', 'yot', t, tag='c'), ctx.sub(p, 'associate', 'yot', t, tag='x')],
                       ind=['alcohol_drugs'] if chance(rng, 0.3) else [],
                       text='YOT: {c} co-offends with older associate {x}. Referral order compliance poor.', kind='yot')
            ctx.decide(e, 'agency')
            continue
        subs = [ctx.sub(p, 'suspect', 'mp_crime', t, car=p.car_at(t) if kind == 'vehicle' or chance(rng, 0.3) else None,
                        carq=rng.choice(('full', 'seen', 'glimpse')), phone=p.phone_at(t) if chance(rng, 0.2) else None, tag='x')]
        for c in crew:
            if chance(rng, 0.5):
                subs.append(ctx.sub(c, rng.choice(('suspect', 'associate')), 'mp_crime', t, tag='k'))
        if kind == 'robbery':
            for _ in range(rng.choice((1, 1, 2))):
                subs.append(ctx.sub(_kid(ctx, t, 12, 17), 'victim', 'mp_crime', t, tag='v'))
        else:
            v = new_adult(ctx, 'other_adult', (t, rng.randrange(25, 80)))
            subs.append(ctx.sub(v, 'victim', 'mp_crime', t, tag='v'))
        pl = [rng.choice(('msc', 'kwikcp', 'lccp', 'busstation', 'kwikmart', 'greenhead'))] if chance(rng, 0.4) else []
        off = {'burglary': ['28'], 'vehicle': [rng.choice(('45', '48', '126'))], 'robbery': ['34B']}[kind]
        e = ctx.ev(t, 'mp_crime', subs, off=off, places=pl,
                   ind=[i for i in ('threats', 'injury') if kind == 'robbery' and chance(rng, 0.5)],
                   text={'burglary': 'Dwelling burglary; {x} seen leaving in a {car}.',
                         'vehicle': 'Theft from motor vehicles at {P0}; suspect {x}, vehicle {vrm}.',
                         'robbery': 'Robbery of a mobile phone from schoolchildren by {x} and others.'}[kind],
                   kind='volume')
        ctx.decide(e, 'police_volume')


def taxi_routine(ctx, S):
    rng = ctx.rng
    firm = rng.choice(list(S['taxi']))
    d = rng.choice(S['taxi'][firm])
    t = _bg_time(rng)
    k = wchoice(rng, [('lic', 3), ('missing_taxi', 3), ('seen', 1), ('assault_on_driver', 1)])
    if k == 'lic':
        subs = [ctx.sub(d, rng.choice(('other', 'suspect')), 'lic', t, level='full', car=d.car_at(t), carq='full',
                        extra={'badge': d.badge}, tag='x')]
        kid = None
        if chance(rng, 0.3):
            kid = _kid(ctx, t, 13, 17, sex='F')
            subs.append(ctx.sub(kid, 'other', 'lic', t, level='first', tag='c'))
        e = ctx.ev(t, 'lic', subs, places=[firm] if chance(rng, 0.5) else [],
                   ind=['taxi'] + (['vehicle_pickup'] if kid and chance(rng, 0.3) else []),
                   text=rng.choice(['Complaint: {x} overcharged a fare and was rude.',
                                    'Complaint that driver {x} let a 15 year old sit in the front and chatted to {him}; CCTV reviewed, nothing untoward.',
                                    'Driver {x} failed to display badge.', 'Speeding complaint, vehicle {vrm}.']),
                   kind='taxi_licensing')
        ctx.decide(e, 'licensing')
    elif k == 'missing_taxi':
        c = _kid(ctx, t, 12, 16)
        rep, home_ag, _ = carer_at(ctx, S, c, t)
        missing_episode(ctx, c, t, reporter=rep, adults=[(d, rng.choice(('associate', 'other', 'witness')), d.car_at(t), 'seen')],
                        found_place=firm if chance(rng, 0.3) else None, places=[firm] if chance(rng, 0.4) else [],
                        inds=['taxi'], cse=False, home_ag=home_ag)
    elif k == 'seen':
        c = _kid(ctx, t, 12, 16, sex='F')
        seen_with(ctx, S, c, t, [(d, rng.choice(('associate', 'other')), d.car_at(t))], [firm], ['taxi', 'vehicle_pickup'], False,
                  text='{c} dropped at school by taxi; driver {a} said he was booked by {his} mum.')
    else:
        kids = [_kid(ctx, t, 14, 17, sex='M') for _ in range(rng.randrange(1, 3))]
        subs = [ctx.sub(d, 'victim', 'mp_crime', t, car=d.car_at(t), carq='full', tag='d')] + [ctx.sub(x, 'suspect', 'mp_crime', t, tag='x') for x in kids]
        e = ctx.ev(t, 'mp_crime', subs, off=[rng.choice(('34B', '105A'))], ind=['taxi'], kind='volume',
                   text='Taxi driver {d} robbed of takings by youths including {x}.')
        ctx.decide(e, 'police_volume')


def transport_routine(ctx, S):
    """School transport: drivers and escorts named with SEN children day after day."""
    rng = ctx.rng
    d = rng.choice(S['transport'])
    t = _bg_time(rng, D(2008, 1, 1))
    kids = [_kid(ctx, t, 8, 16) for _ in range(rng.randrange(1, 4))]
    for kk in kids:
        kk.tags.add('sen')
    sa = school_ag(kids[0]) or 'sch_pru'
    subs = [ctx.sub(k, rng.choice(('victim', 'other', 'other')), sa, t, tag='c') for k in kids]
    subs.append(ctx.sub(d, rng.choice(('other', 'associate', 'witness', 'reporter')), sa, t,
                        car=d.car_at(t) if chance(rng, 0.4) else None, carq='full', tag='d'))
    if S['escort'] and chance(rng, 0.3):
        subs.append(ctx.sub(rng.choice(S['escort']), 'witness', sa, t, tag='s'))
    e = ctx.ev(t, sa, subs, ind=[i for i in ('taxi', 'vehicle_pickup', 'injury') if chance(rng, 0.4)],
               text=rng.choice(['{c} hit another pupil on the school transport; driver {d} reported it.',
                                'Transport late again; {c} distressed on arrival. Driver says traffic.',
                                '{c} tried to get out of the moving taxi. Driver stopped safely.',
                                'Parent complains transport driver shouted at {c}.']),
               kind='transport')
    ctx.decide(e, 'agency')


LADO_TEXT = ['Allegation that {x} ({occ}) grabbed a child by the arm during a restraint. {c} has a bruise.',
             '{c} alleges {x} ({occ}) touched {him}. {c} later says {she} made it up because {she} was angry.',
             'Anonymous allegation that {x} ({occ}) has been messaging pupils on social media.',
             'Complaint that {x} ({occ}) gave {c} a lift home alone.',
             '{x} ({occ}) alleged to have smelled of alcohol while supervising children.']


def lado_benign(ctx, S):
    rng = ctx.rng
    pool = (S['foster'] + S['care_brackley'] + S['care_oaklodge'] + S['youth'] + S['coach'] + S['transport']
            + [x for v in S['teacher'].values() for x in v])
    p = rng.choice([x for x in pool if x.kind == 'benign_adult'])
    t = _bg_time(rng, D(2006, 1, 1))
    c = _kid(ctx, t, 9, 16)
    subs = [ctx.sub(p, 'suspect', 'lado', t, level='full', tag='x'), ctx.sub(c, 'victim', 'lado', t, tag='c')]
    e = ctx.ev(t, 'lado', subs, ind=[i for i in ('injury', 'online_contact', 'vehicle_pickup', 'gifts') if chance(rng, 0.25)],
               text=rng.choice(LADO_TEXT).replace('{occ}', p.occupation), kind='lado', extra={'employer': p.employer or ''})
    if e:
        ctx.decision(e, t + days(rng.randrange(10, 90)), 'no_further_action',
                     rng.choice(('unfounded', 'unsubstantiated', 'malicious', 'false allegation', 'unfounded; advice on lone working')))
    if chance(rng, 0.35):
        t2 = t + days(rng.randrange(1, 10))
        e2 = ctx.ev(t2, 'mp_crime', [ctx.sub(p, 'suspect', 'mp_crime', t2, level='full', tag='x'), ctx.sub(c, 'victim', 'mp_crime', t2, tag='c')],
                    off=[rng.choice(('20A', '105A', '22B'))], ind=[], kind='lado_police',
                    text='Allegation against {x} passed by LADO. {c} interviewed; account not consistent.')
        if e2:
            ctx.decision(e2, t2 + days(rng.randrange(10, 60)), 'no_further_action',
                         rng.choice(('no crime: false allegation', 'insufficient evidence; allegation withdrawn', 'no offence disclosed')))


def youth_work(ctx, S):
    rng = ctx.rng
    yw = rng.choice(S['youth'])
    t = _bg_time(rng)
    kids = [_kid(ctx, t, 12, 17) for _ in range(rng.randrange(1, 5))]
    subs = [ctx.sub(k, rng.choice(('victim', 'other', 'associate', 'witness')), 'ys', t, tag='c') for k in kids]
    if chance(rng, 0.5):
        subs.append(ctx.sub(yw, rng.choice(('reporter', 'witness')), 'ys', t, born='none', tag='r'))
    from bg_family import older_youth
    if chance(rng, 0.3):
        oy = older_youth(ctx, t, 18, 21)
        subs.append(ctx.sub(oy, rng.choice(('associate', 'other', 'suspect')), 'ys', t, car=oy.car_at(t), carq='glimpse', tag='a'))
    pl = [rng.choice(('hub', 'greenhead', 'beckrec', 'towpath', 'kwikmart', 'moorfields'))]
    e = ctx.ev(t, 'ys', subs, places=pl, ind=[i for i in ('alcohol_drugs', 'multiple_adults', 'vehicle_pickup') if chance(rng, 0.25)],
               text=rng.choice(['Detached session at {P0}: {c} and friends drinking. Older lad {a} was supplying.',
                                'Fight outside {P0} involving {c} and {c2}. Youth worker intervened.',
                                '{c} told worker {she} is being bullied online.',
                                'Group at {P0}; car pulled up and {c} spoke to the driver then left.']),
               kind='youth')
    ctx.decide(e, 'agency')


def housing_asb(ctx, S):
    rng = ctx.rng
    t = _bg_time(rng)
    from bg_family import older_youth
    host = older_youth(ctx, t, 18, 24)
    kids = [_kid(ctx, t, 14, 17) for _ in range(rng.randrange(0, 3))]
    nb = new_adult(ctx, 'other_adult', (t, rng.randrange(30, 80)))
    subs = [ctx.sub(host, rng.choice(('other', 'suspect')), 'housing', t, level='full', addr=True, tag='x'), ctx.sub(nb, 'reporter', 'housing', t, tag='r')]
    subs += [ctx.sub(k, 'other', 'housing', t, level='first', tag='c') for k in kids]
    e = ctx.ev(t, 'housing', subs, ind=['alcohol_drugs'] + (['multiple_adults'] if chance(rng, 0.3) else []),
               text='ASB: loud parties at {x}\'s flat; teenagers including {c} seen drinking on the landing.', kind='housing')
    ctx.decide(e, 'agency')


def takeaway_hangout(ctx, S):
    rng = ctx.rng
    tk = rng.choice(list(S['takeaway']))
    staff = S['takeaway'][tk]
    st = rng.choice(staff)
    t = _bg_time(rng)
    kids = [_kid(ctx, t, 12, 16) for _ in range(rng.randrange(1, 4))]
    ag = wchoice(rng, [('mp_inc', 3), ('ys', 2), ('mp_intel', 1), ('cs', 1)])
    subs = [ctx.sub(k, rng.choice(('other', 'victim', 'witness')), ag, t, tag='c') for k in kids]
    subs.append(ctx.sub(st, rng.choice(('witness', 'associate', 'other', 'suspect')), ag, t,
                        level=rng.choice(('full', 'first', 'nick' if st.nick else 'first')), places=[tk], tag='s'))
    e = ctx.ev(t, ag, subs, places=[tk], ind=[i for i in ('gifts', 'alcohol_drugs', 'multiple_adults') if chance(rng, 0.3)],
               text=rng.choice(['Youths causing ASB outside {P0}; staff member {s} called police.',
                                'Report that staff at {P0} give free food to schoolgirls. Visited: family business, no concerns.',
                                'Fight outside {P0}; {c} injured. Staff {s} gave first aid.',
                                'Girls hanging round {P0} late; manager {s} asked them to leave.']),
               kind='takeaway', grade=0.3 if ag in ('mp_intel', 'cs') else None)
    ctx.decide(e, 'police_cse' if ag in ('mp_intel', 'cs') else ('police_missing' if ag == 'mp_inc' else 'agency'))


def confound_stories(ctx, S):
    """Stories for the planted confounds: the offender's brother who shares his phone and car, twins,
    the cuckooed tenant, a lookalike car, namesakes."""
    rng, w = ctx.rng, ctx.w
    for kind, a, b in list(ctx.confounds):
        if kind == 'shared_family':
            sib, off = a, b
            for _ in range(rng.randrange(3, 7)):
                t = _bg_time(rng, D(2005, 6, 1), D(2014, 1, 1))
                k = wchoice(rng, [('burglary', 2), ('car', 2), ('school', 2), ('witness', 1)])
                ph = sib.phone_at(t) or (sib.phones[0][0] if sib.phones else None)
                car = sib.car_at(t) or (sib.cars[0][0] if sib.cars else None)
                if k == 'school':
                    kid = _kid(ctx, t, 6, 14, fresh=0.8)
                    sa = school_ag(kid) or 'sch_primary'
                    subs = [ctx.sub(kid, 'other', sa, t, tag='c'), ctx.sub(sib, 'other', sa, t, phone=ph, car=car, carq='seen', tag='a')]
                    e = ctx.ev(t, sa, subs, ind=['vehicle_pickup'] if chance(rng, 0.5) else [],
                               text='{c} collected by {a} (uncle). Contact number given.', kind='school')
                    ctx.decide(e, 'agency', p_decided=0.2)
                    continue
                subs = [ctx.sub(sib, {'burglary': 'reporter', 'car': 'victim', 'witness': 'witness'}[k], 'mp_crime', t,
                                phone=ph if chance(rng, 0.6) else None, car=car if k == 'car' else None, carq='full', tag='a')]
                e = ctx.ev(t, 'mp_crime', subs, places=[sib.employer] if k != 'car' and sib.employer else [],
                           off={'burglary': ['30'], 'car': ['45'], 'witness': ['105A']}[k],
                           text={'burglary': 'Break-in at {P0} overnight; reported by {a}.', 'car': 'Items stolen from vehicle {vrm}; owner {a}.',
                                 'witness': 'Assault outside {P0}; {a} witnessed.'}[k], kind='volume')
                ctx.decide(e, 'police_volume')
        elif kind == 'twin':
            tw, sister = a, b
            for _ in range(rng.randrange(2, 6)):
                t = _bg_time(rng, dt.datetime(tw.born.year + 11, 1, 1), dt.datetime(tw.born.year + 17, 12, 1))
                sa = school_ag(tw) or 'csc'
                subs = [ctx.sub(tw, 'victim' if chance(rng, 0.5) else 'other', sa, t, tag='c')]
                if chance(rng, 0.4):
                    subs.append(ctx.sub(sister, 'other', sa, t, tag='o'))
                e = ctx.ev(t, sa, subs, ind=[i for i in ('school_absence', 'alcohol_drugs') if chance(rng, 0.3)],
                           text='{c} absent; twin {o} says {she} is ill.', kind='school')
                ctx.decide(e, 'agency', p_decided=0.3)
        elif kind == 'cuckooed':
            for _ in range(rng.randrange(2, 5)):
                t = _bg_time(rng, D(2014, 1, 1))
                subs = [ctx.sub(a, rng.choice(('victim', 'other')), 'mp_inc', t, addr=True, tag='v')]
                e = ctx.ev(t, 'mp_inc', subs, places=['foundry'], ind=[],
                           text='Welfare check on {v}, vulnerable adult at {P0}. Flat untidy; no one else present.', kind='welfare')
                ctx.decide(e, 'police_missing')
    # a lookalike car: an innocent parent drives a car like one used by an offender
    offs = [p for p in w.people if p.kind == 'offender' and p.cars]
    for _ in range(max(2, int(3 * ctx.scale))):
        if not offs:
            break
        o = rng.choice(offs)
        car, s, e_ = rng.choice(o.cars)
        lk = w.lookalike(car)
        t0 = s
        kid = _kid(ctx, t0 if t0 > START else START + days(100), 11, 15, fresh=1.0)
        parent = kid.household.father or kid.household.mother
        parent.cars.append([lk, START, None])
        for _ in range(rng.randrange(2, 5)):
            t = rand_time(rng, max(START, s), min(END, (e_ or END)))
            if not (11 <= kid.age(t) <= 16):
                continue
            seen_with(ctx, S, kid, t, [(parent, rng.choice(('other', 'associate')), lk)], [], ['vehicle_pickup'], False,
                      reporter_kind=rng.choice(('school', 'ys')),
                      text='{c} collected by {a} in a {car} ({vrm}). Dad confirmed.')
    # namesakes: someone else with exactly the same name as an offender or a victim
    named = [p for p in w.people if p.kind in ('offender', 'victim')]
    for _ in range(max(3, int(5 * ctx.scale))):
        o = rng.choice(named)
        t = _bg_time(rng)
        if o.kind == 'offender':
            ns = new_adult(ctx, rng.choice(('other_adult', 'other_adult', 'benign_adult')), (t, rng.randrange(20, 60)),
                           sex=o.sex, group=o.group, first=o.first, last=o.last)
            ns.first, ns.middle, ns.last = o.first, o.middle, o.last
            ns.aliases = [a for a in o.aliases if o.middle and a.startswith(o.middle)][:1]
            ns.dims = list(o.dims)
            if ns.kind == 'benign_adult':
                ns.occupation = rng.choice(('teacher', 'youth worker', 'taxi driver (school contract)', 'social worker'))
            for _ in range(rng.randrange(1, 4)):
                t = _bg_time(rng)
                kid = _kid(ctx, t, 8, 16)
                sa = school_ag(kid) or 'csc'
                role = 'reporter' if ns.kind == 'benign_adult' else rng.choice(('other', 'suspect', 'witness'))
                e = ctx.ev(t, sa if chance(rng, 0.5) else 'mp_crime', [ctx.sub(ns, role, 'mp_crime', t, level='full', born='exact', tag='a'),
                                                                        ctx.sub(kid, 'other', 'mp_crime', t, tag='c')],
                           off=[rng.choice(('45', '28', '8N'))] if role == 'suspect' else [], ind=[], kind='namesake',
                           text='{a} named in connection with {c}.')
                ctx.decide(e, 'police_volume' if role == 'suspect' else 'agency')
        else:
            ns = new_child(ctx, dt.datetime(o.born.year - 2, 1, 1), dt.datetime(o.born.year + 2, 12, 1), sex=o.sex,
                           group=o.group, addr=w.address())
            ns.first, ns.middle, ns.last = o.first, o.middle, o.last
            ns.aliases = [a for a in o.aliases if o.middle and a.startswith(o.middle)][:1]
            ns.dims = list(o.dims)
            ctx.kids.append(ns)
            for _ in range(rng.randrange(1, 4)):
                t = _bg_time(rng, dt.datetime(ns.born.year + 11, 1, 1), dt.datetime(ns.born.year + 17, 1, 1))
                sa = school_ag(ns) or 'csc'
                e = ctx.ev(t, sa, [ctx.sub(ns, rng.choice(('victim', 'other')), sa, t, born='exact', tag='c')],
                           ind=[rng.choice(('school_absence', 'missing', 'alcohol_drugs'))], kind='namesake',
                           text='{c}: attendance and welfare concern.')
                ctx.decide(e, 'agency')


def coach_routine(ctx, S):
    """Coaches and youth workers who give lifts, buy kit, message about training: ordinary contact."""
    rng = ctx.rng
    t = _bg_time(rng, D(2006, 1, 1))
    if chance(rng, 0.6):
        p = rng.choice(S['coach'])
        pl, ag = 'fcground', wchoice(rng, [('school', 3), ('ys', 1), ('csc', 1), ('mp_inc', 1)])
        texts = ['{a} ({occ}) gave {c} a lift home after training as mum was working.',
                 '{c} injured at training; {a} took {him} to A&E and called parents.',
                 '{a} reports {c} seemed withdrawn at training; worried about home.',
                 '{c} missed training and school; {a} rang to check {she} was OK.',
                 '{a} bought kit for {c} out of club funds; family cannot afford it.']
    else:
        p = rng.choice(S['youth'])
        pl, ag = 'hub', wchoice(rng, [('ys', 3), ('school', 1), ('csc', 1)])
        texts = ['Youth worker {a} drove {c} home after the session; it was dark and raining.',
                 '{c} messaged {a} on the youth service phone late at night, upset.',
                 '{a} reports {c} arrived at the Hub hungry; given food.']
    kid = _kid(ctx, t, 9, 16)
    if ag == 'school':
        ag = school_ag(kid) or 'csc'
    if ag == 'mp_inc' and chance(rng, 0.5):
        ag = 'csc'
    subs = [ctx.sub(kid, rng.choice(('victim', 'other', 'other')), ag, t, tag='c'),
            ctx.sub(p, rng.choice(('reporter', 'other', 'associate', 'witness')), ag, t, tag='a',
                    car=p.car_at(t) if chance(rng, 0.3) else None, carq='seen', places=[pl] if chance(rng, 0.5) else ())]
    if chance(rng, 0.2):
        subs.append(ctx.sub(_kid(ctx, t, 9, 16), 'other', ag, t, tag='o'))
    e = ctx.ev(t, ag, subs, places=[pl] if subs[1].places or chance(rng, 0.3) else [],
               ind=[i for i in ('vehicle_pickup', 'gifts', 'online_contact', 'injury', 'school_absence') if chance(rng, 0.2)],
               text=rng.choice(texts).replace('{occ}', p.occupation), kind='coach')
    ctx.decide(e, 'agency' if ag not in ('csc', 'mp_inc') else ('csc' if ag == 'csc' else 'police_missing'))


def place_only(ctx, S):
    """Reports about a place, naming no one (subjects may be empty)."""
    rng = ctx.rng
    t = _bg_time(rng)
    k = rng.choice(('kwikcp', 'msc', 'greenhead', 'beckrec', 'stationhotel', 'kblodge', 'mrchick', 'starburger', 'hub',
                    'busstation', 'towpath', 'listermini', 'offy'))
    ag = wchoice(rng, [('cs', 2), ('mp_intel', 2), ('housing', 1), ('ys', 1)])
    e = ctx.ev(t, ag, [], places=[k], ind=[i for i in ('alcohol_drugs', 'multiple_adults', 'hotel', 'vehicle_pickup') if chance(rng, 0.25)],
               text=rng.choice(['Anonymous: youths drinking and dealing at {P0} most nights.',
                                'Cars parking up at {P0} late at night; young people getting in and out.',
                                'Reports of rough sleepers and needles at {P0}.',
                                'Concern about groups of young people at {P0} after dark.']),
               kind='place', grade=0.2 if ag in ('cs', 'mp_intel') else None)
    ctx.decide(e, 'police_cse' if ag in ('cs', 'mp_intel') else 'agency', p_decided=0.5)


def temp_accommodation(ctx, S):
    """Homeless families placed in hotels and B&Bs: children at hotels, for ordinary reasons."""
    rng = ctx.rng
    t = _bg_time(rng, D(2008, 1, 1))
    kid = _kid(ctx, t, 3, 16, fresh=0.7)
    h = kid.household
    hotel = rng.choice(('kblodge', 'stationhotel', 'kblodge'))
    subs = [ctx.sub(kid, rng.choice(('other', 'victim')), 'housing', t, tag='c')]
    if h:
        subs.append(ctx.sub(h.mother, 'other', 'housing', t, tag='p', places=[hotel]))
        for o in h.kids:
            if o is not kid and o.born and o.age(t) < 18 and chance(rng, 0.6):
                subs.append(ctx.sub(o, 'other', 'housing', t, tag='o', places=[hotel]))
    ag = 'housing' if chance(rng, 0.6) else (school_ag(kid) or 'csc')
    e = ctx.ev(t, ag, subs, places=[hotel], ind=['hotel'] + (['school_absence'] if chance(rng, 0.3) else []),
               text=rng.choice(['Family placed in temporary accommodation at {P0} after eviction; {c} and siblings sharing one room.',
                                '{c} living at {P0} (B&B) with {p}; late to school daily due to distance.',
                                'Homeless family at {P0}; {p} asks for help with school transport for {c}.']),
               kind='temp_accommodation')
    ctx.decide(e, 'agency')
