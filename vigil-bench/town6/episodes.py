"""Exploitation episodes: what one evening, one clinic visit or one police stop of an exploited child
looks like in the records of each agency; intelligence logs; and the late police operation."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, rand_time
from people import new_adult
from common import carer_at, sex_codes, seen_with, in_care, school_ag, teacher
from kit import missing_episode, fix_ag

RV_PLACES = ('travelstop', 'bridgeinn', 'rvhouse', 'rvflat', 'rvbus', 'rvgrill', 'seaflat')
HOTELS = ('travelstop', 'bridgeinn', 'stationhotel', 'kblodge')


def adult_role(rng, t, ag):
    ps = min(0.5, 0.12 + 0.03 * (t.year - 2005))
    if ag in ('mp_crime', 'op_heron', 'op_linnet', 'op_vortex'):
        ps += 0.35
    return wchoice(rng, [('suspect', ps), ('associate', 0.55 - ps / 2), ('other', 0.25)])


def cse_inds(rng, chosen, places, v, t, extra=()):
    pool = [('older_partner', 4), ('gifts', 3), ('alcohol_drugs', 4), ('vehicle_pickup', 3),
            ('multiple_adults', 3 if len(chosen) > 1 else 1), ('money', 1), ('threats', 1),
            ('online_contact', 1 if t.year >= 2009 else 0), ('injury', 1), ('school_absence', 1)]
    if any(m.cars and m.cars[0][0].taxi for m, _ in chosen) or any(p in ('moorline', 'a1cars', 'castle', 'swift') for p in places):
        pool.append(('taxi', 4))
    if any(p in HOTELS for p in places):
        pool.append(('hotel', 4))
    if any(p in RV_PLACES for p in places):
        pool.append(('trafficked_elsewhere', 4))
    k = wchoice(rng, [(0, 1), (1, 4), (2, 4), (3, 2), (4, 1)])
    out = list(extra)
    for _ in range(k):
        i = wchoice(rng, pool)
        if i not in out:
            out.append(i)
    return out


def exploit_episode(ctx, S, net, v, t, chosen, places, friends, only=None):
    rng = ctx.rng
    n0 = len(ctx.events)
    roles = [r for _, r in chosen]
    kinds = [('missing', 34), ('seen', 12), ('school', 3 if v.school and v.age(t) < 16 else 0), ('health', 9),
             ('csc', 8), ('found', 6), ('intel', 5), ('family', 4), ('disclosure', 5), ('cs', 2),
             ('nvp', 5 if any(p in RV_PLACES for p in places) else 0), ('victim_suspect', 2),
             ('taxi', 5 if any(r in ('driver', 'driver2') for r in roles) else 0),
             ('housing', 4 if any(r in ('tenant', 'host') for r in roles) else 0)]
    k = only or wchoice(rng, kinds)
    if (k == 'taxi' and not any(r in ('driver', 'driver2') for r in roles)) or \
            (k == 'housing' and not any(r in ('tenant', 'host') for r in roles)):
        k = 'seen'
    inds = cse_inds(rng, chosen, places, v, t)
    cars = [(m, adult_role(rng, t, 'x'), m.car_at(t) if chance(rng, 0.5) else None) for m, _ in chosen]
    if k == 'missing':
        rep, home_ag, _ = carer_at(ctx, S, v, t)
        adults = [(m, role, car, 'glimpse') for m, role, car in cars]
        missing_episode(ctx, v, t, reporter=rep, adults=adults, found_place=places[0] if places else None,
                        places=places[:1], inds=[i for i in inds if i != 'missing'], cse=True, home_ag=home_ag,
                        found_with=friends)
    elif k in ('seen', 'school'):
        seen_with(ctx, S, v, t, cars, places, inds, True, reporter_kind='school' if k == 'school' else None,
                  friends=friends)
    elif k == 'health':
        health(ctx, S, v, t, chosen, inds)
    elif k == 'csc':
        csc(ctx, S, v, t, chosen, inds, friends)
    elif k == 'found':
        found(ctx, S, v, t, chosen, places, inds, friends)
    elif k == 'intel':
        intel_report(ctx, net, t, chosen, places, [v] + friends[:1])
    elif k == 'family':
        family(ctx, S, v, t, chosen, inds)
    elif k == 'disclosure':
        disclosure(ctx, S, v, t, chosen, places, inds)
    elif k == 'cs':
        crimestoppers(ctx, t, chosen, places, [v] if chance(rng, 0.5) else [])
    elif k == 'nvp':
        nvp(ctx, v, t, chosen, [p for p in places if p in RV_PLACES] or ['travelstop'], inds, friends)
    elif k == 'victim_suspect':
        victim_as_suspect(ctx, S, v, t)
    elif k == 'taxi':
        drv = [(m, r) for m, r in chosen if r in ('driver', 'driver2')][0][0]
        taxi_complaint(ctx, drv, t, v if chance(rng, 0.6) else None, cse=True)
    elif k == 'housing':
        ten = [(m, r) for m, r in chosen if r in ('tenant', 'host')][0][0]
        housing(ctx, ten, t, [v] + friends, [m for m, r in chosen if m is not ten], True)
    if net is not None:
        net.events += ctx.events[n0:]


def health(ctx, S, v, t, chosen, inds):
    rng = ctx.rng
    m = chosen[0][0]
    k = wchoice(rng, [('sh', 5), ('ed', 4), ('gp', 1)])
    ag = k
    subs = [ctx.sub(v, 'victim' if chance(rng, 0.5) else 'other', ag, t, tag='c')]
    if k == 'sh':
        if chance(rng, 0.65):
            subs.append(ctx.sub(m, rng.choice(('associate', 'other', 'suspect')), ag, t, age='adult_est', tag='a'))
        ind = ['sexual_health'] + [i for i in inds if i in ('older_partner', 'alcohol_drugs', 'gifts')]
        if chance(rng, 0.15):
            ind.append('pregnancy')
        if chance(rng, 0.2):
            subs.append(ctx.sub(rng.choice(S['nurse']), 'reporter', ag, t, born='none', age=None, tag='s'))
        if chance(rng, 0.5) and 'older_partner' not in ind:
            ind.append('older_partner')
        tx = rng.choice(['Attended for EHC. Partner {a} described as "about 25". Declined referral.',
                         'STI screen. {c} reports several partners, one called {a}. Fraser competent?',
                         'Third attendance this year. Says boyfriend {a} drives {him} here. Concern re age gap.',
                         'Pregnancy test requested. {c} vague about partner. Safeguarding proforma completed.'])
    elif k == 'ed':
        if chance(rng, 0.5):
            subs.append(ctx.sub(m, rng.choice(('associate', 'other', 'other')), ag, t, age='adult_est', tag='a'))
        ind = ['alcohol_drugs'] + (['injury'] if chance(rng, 0.4) else [])
        tx = rng.choice(['Brought in intoxicated at 02:40 by adult male {a} who gave his name and left.',
                         '{c} attended with injury to wrist, unclear mechanism. Accompanied by {a} ("a friend").',
                         'Overdose of paracetamol. {c} said {she} wanted to get away from "them".',
                         'Found unconscious in town centre, brought by ambulance. GCS 11. Alcohol.'])
    else:
        mum = v.household.mother if v.household else None
        if mum is not None:
            subs.append(ctx.sub(mum, 'reporter', ag, t, tag='p'))
        ind = [rng.choice(('pregnancy', 'sexual_health', 'injury'))]
        tx = 'Mum attended with {c}, worried about an older boyfriend. Advised to contact police.'
    e = ctx.ev(t, ag, subs, ind=ind, text=tx, cse=True, kind='health')
    ctx.decide(e, 'agency')


def csc(ctx, S, v, t, chosen, inds, friends):
    rng = ctx.rng
    ag = 'mash' if t >= D(2013, 9, 1) and chance(rng, 0.4) else 'csc'
    rep, _, _ = carer_at(ctx, S, v, t)
    subs = [ctx.sub(v, 'victim', ag, t, tag='c')]
    if rep is not None and chance(rng, 0.7):
        subs.append(ctx.sub(rep, rng.choice(('reporter', 'other')), ag, t, tag='r'))
    sw = rng.choice(S['social'])
    if chance(rng, 0.3):
        subs.append(ctx.sub(sw, 'other', ag, t, born='none', age=None, tag='s'))
    for m, r in chosen:
        if chance(rng, 0.7):
            subs.append(ctx.sub(m, adult_role(rng, t, ag), ag, t, phone=m.phone_at(t) if chance(rng, 0.15) else None, tag='a'))
    for f in friends:
        if chance(rng, 0.5):
            subs.append(ctx.sub(f, rng.choice(('associate', 'victim', 'other')), ag, t, tag='f'))
    tx = rng.choice(['Contact: concerns that {c} is being sexually exploited. Associates with {a}.',
                     'Strategy meeting re {c}. CSE risk assessment scored medium. {a} named by mother.',
                     'Referral from school. {c} seen with older males. {c} says {a} is "just a friend".',
                     'Single assessment: {c} is beyond parental control and going missing. Links to older males.',
                     'Information from police: {c} found in car with {a}. Mother not coping.',
                     'CSE screening tool completed for {c}: significant risk. Boyfriend {a} aged about 24.'])
    e = ctx.ev(t, ag, subs, ind=inds or ['older_partner'], text=tx, cse=True, kind='csc')
    ctx.decide(e, 'csc')


def found(ctx, S, v, t, chosen, places, inds, friends):
    rng = ctx.rng
    arrested = chance(rng, 0.12)
    subs = [ctx.sub(v, 'suspect' if arrested else rng.choice(('victim', 'other')), 'mp_inc', t, tag='c')]
    for f in friends:
        subs.append(ctx.sub(f, rng.choice(('other', 'victim', 'witness')), 'mp_inc', t, tag='f'))
    pl = places[:1]
    for m, r in chosen:
        lv = 'alias' if m.aliases and chance(rng, 0.3) else ('full' if chance(rng, 0.6) else None)
        car = m.car_at(t) if chance(rng, 0.5) else None
        subs.append(ctx.sub(m, rng.choice(('associate', 'other', 'suspect')), 'mp_inc', t, level=lv, car=car,
                            carq='full', places=pl, born='exact' if lv == 'full' and chance(rng, 0.6) else None, tag='a'))
    tx = rng.choice(['Vehicle stopped on {P0}. {c} (14) in rear with {a}. Males say {she} told them she was 18.',
                     'Officers attended {P0} re noise. Found {c} and another girl with several adult males. YP returned home.',
                     '{c} found in a car park at 01:30 with {a}. Intoxicated. Conveyed home.',
                     '{c} arrested for being drunk and disorderly after being found with {a}. Abusive to officers.',
                     'Police called to hotel: young girl {c} in room booked by {a}. Taken to place of safety.'])
    e = ctx.ev(t, 'mp_inc', subs, places=pl, ind=inds + ['alcohol_drugs'], text=tx, cse=True, kind='found')
    if arrested and e is not None:
        ctx.decision(e, t + dt.timedelta(hours=rng.randrange(1, 6)), 'arrest', 'YP arrested: drunk and disorderly / breach of the peace')
        ctx.decision(e, t + days(rng.randrange(1, 20)), 'no_further_action',
                     rng.choice(('males released; no offences', 'YP refused to make a complaint', 'she said she was 18')))
    else:
        ctx.decide(e, 'police_cse')


def intel_report(ctx, net, t, chosen, places, victims):
    rng = ctx.rng
    ag = 'mp_intel' if chance(rng, 0.85) else fix_ag(ctx, 'nvp', t)
    subs = []
    for m, r in chosen:
        subs.append(ctx.sub(m, rng.choice(('suspect', 'suspect', 'associate')), ag, t, car=m.car_at(t) if chance(rng, 0.5) else None,
                            carq=rng.choice(('seen', 'full', 'glimpse')), phone=m.phone_at(t) if chance(rng, 0.4) else None,
                            places=places[:1] if places and chance(rng, 0.6) else (), tag='a' if not subs else 'a2'))
    for v in victims:
        subs.append(ctx.sub(v, 'victim', ag, t, level='first' if chance(rng, 0.3) else None, tag='c'))
    pl = places[:1] if places else []
    if any(s.places for s in subs) or (pl and chance(rng, 0.5)):
        pass
    else:
        pl = []
    tx = rng.choice(['It is believed that {a} is using {P0} to meet young girls. Girls given alcohol and cannabis.',
                     '{a} and {a2} are associates. {a} is known to drive young girls around the town centre at night.',
                     'Source reports that {a} is having sex with a 14-year-old girl. Number used by {a} recorded.',
                     'Intelligence suggests girls from local children\'s homes are being taken to {P0}.',
                     'Vehicle linked to {a} seen regularly outside {P0} late at night with young females.',
                     '{a} is known as a "boyfriend" to several girls aged 13-15. He introduces them to older males.'])
    e = ctx.ev(t, ag, subs, places=pl, ind=cse_inds(rng, chosen, places, None, t), text=tx, cse=True, kind='intel',
               grade=rng.uniform(0.2, 0.8))
    ctx.decide(e, 'police_cse', p_decided=0.55)
    if net is not None and e is not None:
        net.events.append(e)
    return e


def family(ctx, S, v, t, chosen, inds):
    rng = ctx.rng
    h = v.household
    if h is None:
        return
    m = chosen[0][0]
    mum = h.mother
    subs = [ctx.sub(v, 'victim', 'mp_inc', t, tag='c'), ctx.sub(mum, 'reporter', 'mp_inc', t, tag='r')]
    car = m.car_at(t)
    subs.append(ctx.sub(m, rng.choice(('suspect', 'associate')), 'mp_inc', t, car=car, carq='full' if chance(rng, 0.6) else 'seen',
                        phone=m.phone_at(t) if chance(rng, 0.5) else None, tag='a'))
    tx = rng.choice(['Mother reports {c} keeps getting into car with {a}; she has written down the registration.',
                     'Mum found messages from {a} on {c}\'s phone. Requests police speak to him.',
                     'Mother called: {c} missing again, believed with {a}. Mother went looking herself.'])
    e = ctx.ev(t, 'mp_inc', subs, ind=inds or ['vehicle_pickup'], text=tx, cse=True, kind='family')
    ctx.decide(e, 'police_cse')
    dad = h.father
    if dad is not None and dad.kind == 'other_adult' and chance(rng, 0.3):
        t2 = t + days(rng.randrange(1, 30))
        s2 = [ctx.sub(dad, 'suspect', 'mp_crime', t2, tag='x'), ctx.sub(m, 'victim', 'mp_crime', t2, level='full', tag='a')]
        if chance(rng, 0.5):
            s2.append(ctx.sub(v, 'witness', 'mp_crime', t2, tag='c'))
        e2 = ctx.ev(t2, 'mp_crime', s2, off=[rng.choice(('8N', '105A'))], ind=['threats'] if chance(rng, 0.3) else [],
                    text='{x} went to confront {a} about his daughter {c} and assaulted him. {a} made a complaint.',
                    cse=True, kind='father_confronts')
        if e2:
            ctx.decision(e2, t2 + dt.timedelta(hours=rng.randrange(2, 30)), 'arrest', 'father arrested for assault')
            if chance(rng, 0.4):
                ctx.decision(e2, t2 + days(rng.randrange(20, 120)), 'charge', 'charged with assault')


def disclosure(ctx, S, v, t, chosen, places, inds):
    rng = ctx.rng
    ag = 'mp_crime' if chance(rng, 0.6) else 'csc'
    subs = [ctx.sub(v, 'victim', ag, t, tag='c')]
    for m, r in chosen[:2]:
        subs.append(ctx.sub(m, 'suspect', ag, t, phone=m.phone_at(t) if chance(rng, 0.3) else None,
                            places=places[:1] if places else (), tag='a'))
    tx = rng.choice(['{c} disclosed that {a} had sex with {him} at {P0}. {She} later withdrew {his} account.',
                     'Allegation: {c} states {a} and another male assaulted {him}. Declined ABE interview.',
                     '{c} told {his} social worker that {she} was made to have sex with {a}\'s friends.',
                     'Third party report: {c} raped by {a}. {c} denies anything happened.'])
    e = ctx.ev(t, ag, subs, places=places[:1], ind=inds, off=sex_codes(rng, v.age(t), v.sex) if ag == 'mp_crime' else [],
               text=tx, cse=True, kind='disclosure')
    ctx.decide(e, 'police_cse' if ag == 'mp_crime' else 'csc')


def crimestoppers(ctx, t, chosen, places, victims):
    rng = ctx.rng
    subs = [ctx.sub(m, 'suspect', 'cs', t, car=m.car_at(t) if chance(rng, 0.6) else None, carq='seen',
                    level=rng.choice(('nick', 'first', None)), tag='a') for m, _ in chosen]
    subs += [ctx.sub(v, 'victim', 'cs', t, level='first', tag='c') for v in victims]
    e = ctx.ev(t, 'cs', subs, places=places[:1], ind=['multiple_adults', 'older_partner'],
               text='Anonymous: men from {P0} are sleeping with schoolgirls. One called {a} drives a {car}.',
               cse=True, kind='crimestoppers', grade=0.15)
    ctx.decide(e, 'police_cse', p_decided=0.5)


def nvp(ctx, v, t, chosen, places, inds, friends):
    rng = ctx.rng
    ag = 'nvp'
    subs = [ctx.sub(v, rng.choice(('victim', 'other')), ag, t, tag='c')]
    subs += [ctx.sub(f, rng.choice(('victim', 'other')), ag, t, tag='f') for f in friends]
    for m, r in chosen:
        subs.append(ctx.sub(m, rng.choice(('suspect', 'associate', 'other')), ag, t, level='full' if chance(rng, 0.5) else None,
                            car=m.car_at(t) if chance(rng, 0.4) else None, carq='full', places=places[:1], tag='a'))
    ind = list(dict.fromkeys(inds + ['trafficked_elsewhere'] + (['hotel'] if places[0] in HOTELS else [])))
    e = ctx.ev(t, ag, subs, places=places[:1], ind=ind, text=rng.choice(
        ['Northvale officers found {c}, a Kelbridge girl reported missing, at {P0} with {a}.',
         'Hotel staff concerned about a young girl with older men in a room at {P0}. {c} identified.',
         'Two girls from Kelbridge located at {P0} at 04:00. Men present gave details.']),
        cse=True, kind='neighbouring_force', grade=0.6)
    ctx.decide(e, 'police_cse')
    if chance(rng, 0.3):
        e2 = ctx.ev(t + days(rng.randrange(1, 10)), 'rcs', [ctx.sub(v, 'victim', 'rcs', t, tag='c')], places=places[:1], ind=ind,
                    text='Notification to Kelbridge: {c} found in Ravensmoor. Please follow up.', cse=True, kind='notification')
        ctx.decide(e2, 'agency')


def victim_as_suspect(ctx, S, v, t):
    rng = ctx.rng
    rep, home_ag, hk = carer_at(ctx, S, v, t)
    subs = [ctx.sub(v, 'suspect', 'mp_crime', t, tag='c')]
    if rep is not None:
        subs.append(ctx.sub(rep, 'victim' if hk else 'reporter', 'mp_crime', t, tag='r'))
    off = [rng.choice(('58A', '46', '105A', '58C'))]
    e = ctx.ev(t, 'mp_crime', subs, off=off, ind=['alcohol_drugs'] if chance(rng, 0.5) else [],
               text=rng.choice(['{c} damaged property at placement after being refused permission to go out.',
                                '{c} detained for shoplifting alcohol from {P0}.',
                                '{c} assaulted staff member {r} when prevented from leaving.']),
               places=['kwikmart'] if off[0] == '46' else [], cse=True, kind='victim_suspect')
    ctx.decide(e, 'police_volume')


def taxi_complaint(ctx, drv, t, v, cse):
    rng = ctx.rng
    car = drv.car_at(t)
    subs = [ctx.sub(drv, rng.choice(('suspect', 'other', 'other')), 'lic', t, level='full', car=car, carq='full',
                    extra={'badge': drv.badge} if drv.badge else None, tag='a')]
    if v is not None:
        subs.append(ctx.sub(v, rng.choice(('victim', 'other')), 'lic', t, level='first' if chance(rng, 0.5) else None, tag='c'))
    firm = drv.employer
    pl = [firm] if firm and chance(rng, 0.6) else []
    tx = rng.choice(['Complaint: driver {a} seen with schoolgirl in front seat; not booked through office.',
                     'Report that {a} gives free lifts to young girls from {P0}.',
                     'Complaint from parent that driver {a} exchanged numbers with her 14 year old daughter.',
                     'Licensing check: driver {a}, badge queried after police information.'])
    e = ctx.ev(t, 'lic', subs, places=pl, ind=['taxi'] + (['vehicle_pickup'] if chance(rng, 0.5) else []), text=tx,
               cse=cse, kind='taxi_licensing', extra={'licence_type': 'private hire'})
    ctx.decide(e, 'licensing')


def housing(ctx, tenant, t, kids, others, cse):
    rng = ctx.rng
    nb = new_adult(ctx, 'other_adult', (t, rng.randrange(25, 75)), occupation='')
    subs = [ctx.sub(tenant, rng.choice(('other', 'suspect', 'other')), 'housing', t, level='full', addr=True, tag='a'),
            ctx.sub(nb, 'reporter', 'housing', t, level='full', tag='r')]
    for k in kids[:2]:
        if chance(rng, 0.4):
            subs.append(ctx.sub(k, rng.choice(('other', 'victim')), 'housing', t, level='first', tag='c'))
    for o in others:
        if chance(rng, 0.4):
            subs.append(ctx.sub(o, 'other', 'housing', t, level=rng.choice(('nick', 'first', 'none')), tag='a2'))
    e = ctx.ev(t, 'housing', subs, ind=['multiple_adults', 'alcohol_drugs'] if chance(rng, 0.6) else ['alcohol_drugs'],
               text=rng.choice(['ASB complaint from {r}: parties at tenant {a}\'s flat, young girls seen leaving early morning.',
                                'Neighbour {r} reports men coming and going at all hours from {a}\'s property; girls in school uniform.',
                                'Noise complaint re {a}. Tenancy warning issued.']),
               cse=cse, kind='housing')
    ctx.decide(e, 'agency')


from op import operation  # noqa: E402  (the late operation lives in its own module)
