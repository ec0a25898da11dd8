"""Offenders in positions of trust: a coach, a school-transport driver, a residential care worker.
They are added to the same staff lists as their benign colleagues, so in everyday records (reporting a
missing child, driving children, coaching) they look exactly like them.  What differs is a thin trail:
gifts, messages, lifts, a LADO referral found unsubstantiated, and (for two of them) a late prosecution."""
import datetime as dt
from world import D, END, wchoice, chance, days, rand_time
from people import staff_member, new_family
from common import care_path, carer_at, sex_codes, spread_times, school_ag, teacher, in_care
from kit import missing_episode, fix_ag


def positions_of_trust(ctx, S, reps=1):
    rng = ctx.rng
    for r in range(reps):
        _coach(ctx, S, r)
        _driver(ctx, S, r)
        _carer(ctx, S, r)


def _make(ctx, S, occupation, listkey, t0, **kw):
    kw.setdefault('sex', 'M' if chance(ctx.rng, 0.85) else 'F')
    p = staff_member(ctx, occupation, (t0, ctx.rng.randrange(28, 52)), **kw)
    p.kind = 'offender'
    return p


def _lado(ctx, p, t, v, outcome, reason, employer):
    rng = ctx.rng
    subs = [ctx.sub(p, 'suspect', 'lado', t, level='full', born='exact' if chance(rng, 0.5) else None, tag='a')]
    if v is not None:
        subs.append(ctx.sub(v, 'victim', 'lado', t, level='full', tag='c'))
    e = ctx.ev(t, 'lado', subs, ind=[rng.choice(('gifts', 'online_contact', 'vehicle_pickup'))],
               text=rng.choice(['Allegation against {a} ({occ}, {emp}): inappropriate messages to a child in his care.',
                                'Concern raised about {a} ({occ}): gave a child lifts alone and bought {him} gifts.',
                                'Parent alleges {a} ({occ}) touched her child. {a} denies.']).replace('{occ}', p.occupation).replace('{emp}', employer),
               cse=True, kind='lado', extra={'employer': employer})
    if e:
        ctx.decision(e, t + days(rng.randrange(20, 90)), outcome, reason)
    return e


def _victims(ctx, S, n, t, ages=(11, 15), home=None, p_male=0.0):
    out = []
    for _ in range(n):
        f = new_family(ctx, [(t - days(365 * ages[1]), t - days(365 * ages[0]))], ['victim'],
                       sex0='M' if chance(ctx.rng, p_male) else 'F')
        v = f.kids[0]
        if home:
            ctx.care[v.key] = [[D(2005, 1, 1), t - days(30), 'home', None], [t - days(30), None, home, None]]
        out.append(v)
    return out


def _trail(ctx, S, p, v, t, ag_choices, texts, inds, role_w, car=False):
    rng = ctx.rng
    ag = wchoice(rng, ag_choices)
    if ag == 'school':
        ag = school_ag(v) or 'csc'
    ag = fix_ag(ctx, ag, t)
    subs = [ctx.sub(v, rng.choice(('victim', 'victim', 'other')), ag, t, tag='c')]
    subs.append(ctx.sub(p, wchoice(rng, role_w), ag, t, level='full' if chance(rng, 0.6) else None,
                        car=p.car_at(t) if car and chance(rng, 0.5) else None, carq='seen', tag='a'))
    e = ctx.ev(t, ag, subs, ind=[i for i in inds if chance(rng, 0.5)] or inds[:1], text=rng.choice(texts), cse=True,
               kind='trust_trail')
    ctx.decide(e, 'police_cse' if ag in ('mp_inc', 'mp_crime') else ('csc' if ag in ('csc', 'mash') else 'agency'))


def _coach(ctx, S, r):
    rng = ctx.rng
    t0 = D(2007, 9, 1) + days(rng.randrange(0, 400) + 700 * r)
    p = _make(ctx, S, 'football coach', 'coach', t0, car=True)
    p.employer = 'Kelbridge Juniors FC'
    S['coach'].append(p)
    vs = _victims(ctx, S, rng.randrange(3, 5), t0 + days(rng.randrange(0, 900)), ages=(11, 14), p_male=0.6)
    for v in vs:
        s = t0 + days(rng.randrange(0, 2500))
        for t in spread_times(ctx.rng, s, s + days(rng.randrange(200, 700)), max(2, int(rng.uniform(3, 8) * ctx.vol)), bursts=2):
            _trail(ctx, S, p, v, t, [('school', 3), ('ys', 1), ('csc', 1), ('mp_inc', 1)],
                   ['{c} says {a} from football gives him lifts home and buys him things.',
                    '{c} distressed after training; would not say why. {a} drove {c} home.',
                    'Mother worried about messages from coach {a} to {c} late at night.',
                    '{c} has been to {a}\'s house to play computer games. {c} is 12.'],
                   ['gifts', 'vehicle_pickup', 'online_contact', 'school_absence'],
                   [('other', 5), ('associate', 3), ('reporter', 1), ('suspect', 1)], car=True)
    _lado(ctx, p, t0 + days(rng.randrange(1200, 1600)), vs[0], 'no_further_action', 'unsubstantiated', p.employer)
    t = t0 + days(rng.randrange(3000, 3400))
    if t < END:
        e = _lado(ctx, p, t, vs[-1], 'strategy_meeting', 'referred to police; strategy meeting', p.employer)
        subs = [ctx.sub(p, 'suspect', 'mp_crime', t + days(10), level='full', born='exact', tag='a')]
        subs += [ctx.sub(v, 'victim', 'mp_crime', t + days(10), level='full', tag='c') for v in vs[:3]]
        e2 = ctx.ev(t + days(10), 'mp_crime', subs, off=['73', '88A'] + sex_codes(rng, 12, vs[0].sex, exploit=False),
                    ind=['gifts', 'online_contact'], text='Football coach {a} reported for sexual offences against boys and girls at the club, including {c}.',
                    cse=True, kind='trust_crime')
        if e2:
            ctx.decision(e2, t + days(40), 'arrest', 'arrested')
            ctx.decision(e2, t + days(rng.randrange(200, 380)), 'charge', 'charged')
            ctx.decision(e2, t + days(rng.randrange(600, 800)), 'conviction', 'convicted; barred from working with children')


def _driver(ctx, S, r):
    rng = ctx.rng
    t0 = D(2010, 1, 1) + days(rng.randrange(0, 500) + 600 * r)
    p = _make(ctx, S, 'school transport driver', 'transport', t0, taxi=True, sex='M')
    p.employer = 'castle'
    p.badge = f'PH{rng.randrange(100, 999)}'
    for c in p.cars:
        c[0].plate = f'KB {rng.randrange(100, 999)}'
    S['transport'].append(p)
    vs = _victims(ctx, S, rng.randrange(2, 4), t0 + days(rng.randrange(0, 800)), ages=(12, 16))
    for v in vs:
        v.school = rng.choice(('pru', 'thornfield'))
        v.tags.add('sen')
        s = t0 + days(rng.randrange(0, 2200))
        for t in spread_times(ctx.rng, s, s + days(rng.randrange(200, 900)), max(2, int(rng.uniform(3, 8) * ctx.vol)), bursts=2):
            _trail(ctx, S, p, v, t, [('school', 4), ('csc', 1), ('lic', 1)],
                   ['{c} (SEN) arrived at school upset. Transport driver {a} says {she} was fine on the journey.',
                    '{c} was last child dropped off; driver {a} took 50 minutes for a 10 minute journey.',
                    '{c} has a mobile phone {she} says {a} gave {him}.',
                    'Escort absent again on {a}\'s route; {c} travelled alone with driver.'],
                   ['taxi', 'vehicle_pickup', 'gifts'], [('other', 5), ('associate', 3), ('witness', 1), ('suspect', 1)],
                   car=True)
    from episodes import taxi_complaint
    taxi_complaint(ctx, p, t0 + days(rng.randrange(900, 1400)), vs[0], True)
    t = t0 + days(rng.randrange(2400, 2900))
    if t < END:
        subs = [ctx.sub(p, 'suspect', 'mp_crime', t, level='full', born='exact', car=p.car_at(t), carq='full',
                        extra={'badge': p.badge}, tag='a')]
        subs += [ctx.sub(v, 'victim', 'mp_crime', t, level='full', tag='c') for v in vs]
        e = ctx.ev(t, 'mp_crime', subs, off=['70', '22B'], ind=['taxi', 'vehicle_pickup'],
                   text='Disclosure by {c} via school: contracted transport driver {a} sexually assaulted {him} on the school run.',
                   cse=True, kind='trust_crime')
        if e:
            ctx.decision(e, t + days(3), 'arrest', 'arrested; licence suspended')
            ctx.decision(e, t + days(rng.randrange(150, 300)), 'charge', 'charged')
            ctx.decision(e, t + days(rng.randrange(500, 700)), 'conviction', 'convicted at Crown Court')


def _carer(ctx, S, r):
    rng = ctx.rng
    t0 = D(2011, 6, 1) + days(rng.randrange(0, 500) + 500 * r)
    p = _make(ctx, S, 'residential care worker', 'care_oaklodge', t0, agency='ol', role='residential care worker',
              employer='Kelbridge MBC')
    S['care_oaklodge'].append(p)
    vs = _victims(ctx, S, rng.randrange(2, 4), t0 + days(rng.randrange(100, 900)), ages=(13, 16), home='oaklodge', p_male=0.3)
    for v in vs:
        s = ctx.care[v.key][1][0]
        for t in spread_times(ctx.rng, s, s + days(rng.randrange(300, 900)), max(3, int(rng.uniform(4, 10) * ctx.vol)), bursts=2):
            if chance(rng, 0.6):
                missing_episode(ctx, v, t, reporter=p if chance(rng, 0.5) else rng.choice(S['care_oaklodge']),
                                adults=[], inds=[rng.choice(('alcohol_drugs', 'online_contact'))], cse=True, home_ag='ol')
            else:
                _trail(ctx, S, p, v, t, [('ol', 3), ('csc', 2), ('school', 1)],
                       ['{c} has money and a phone; says staff member {a} gave them.',
                        '{c} and {a} are messaging on social media; {a} says it was about a lost phone.',
                        '{c} upset after {a}\'s shift; refused to return to the home.'],
                       ['gifts', 'online_contact', 'money'], [('other', 5), ('reporter', 2), ('associate', 2), ('suspect', 1)])
    _lado(ctx, p, t0 + days(rng.randrange(1300, 1800)), vs[0], 'no_further_action', 'unsubstantiated; staff member resigned',
          "Oak Lodge (Kelbridge MBC)")
    t = t0 + days(rng.randrange(2300, 2700))
    if t < END:
        _lado(ctx, p, t, vs[-1], 'strategy_meeting', 'new employer referral; strategy meeting', 'agency staffing')
