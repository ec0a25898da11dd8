"""Helpers shared by the stories: care placements, who reports a child missing, offence codes,
episode timing, and the small 'seen with' and 'health' episodes any child can have."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, at_hour, rand_time
from kit import SCHOOL_AG, HOME_AG, fix_ag

CARE_HOMES = ('brackley', 'oaklodge', 'willowct')


def care_path(ctx, S, child, t_from, t_to, p_care=0.4, p_foster=0.2):
    """Decide where a child lives from t_from: home, then maybe foster care or a children's home."""
    rng = ctx.rng
    segs = [[START, None, 'home', None]]
    t = t_from + days(rng.randrange(60, 700))
    if t < t_to and chance(rng, p_care + p_foster):
        segs[-1][1] = t
        if chance(rng, p_foster / (p_care + p_foster)):
            fc = rng.choice(S['foster'])
            segs.append([t, None, 'foster', fc])
            if chance(rng, 0.5):               # placement breaks down
                t2 = t + days(rng.randrange(90, 600))
                segs[-1][1] = t2
                segs.append([t2, None, rng.choice(CARE_HOMES), None])
        else:
            segs.append([t, None, rng.choice(CARE_HOMES), None])
            if chance(rng, 0.4):
                t2 = t + days(rng.randrange(120, 700))
                segs[-1][1] = t2
                segs.append([t2, None, rng.choice(CARE_HOMES), None])
    ctx.care[child.key] = segs
    return segs


def carer_at(ctx, S, child, t):
    """(reporter person or None, care-home agency key or None, place key or None)."""
    rng = ctx.rng
    segs = ctx.care.get(child.key)
    seg = None
    if segs:
        for s in segs:
            if s[0] <= t and (s[1] is None or t < s[1]):
                seg = s
    if seg is None or seg[2] == 'home':
        h = child.household
        if h is None:
            return None, None, None
        cands = [a for a in h.adults if a.kind != 'offender']
        return (rng.choice(cands) if cands else None), None, None
    if seg[2] == 'foster':
        return seg[3], ('ifa' if seg[3].employer == 'Brightpath Fostering' and chance(rng, 0.5) else None), None
    staff = S['care_' + {'brackley': 'brackley', 'oaklodge': 'oaklodge', 'willowct': 'willow'}[seg[2]]]
    return rng.choice(staff), HOME_AG.get(seg[2]), seg[2]


def in_care(ctx, child, t):
    segs = ctx.care.get(child.key) or []
    for s in segs:
        if s[0] <= t and (s[1] is None or t < s[1]):
            return s[2] != 'home'
    return False


def sex_codes(rng, age, sex, exploit=True):
    """Home Office codes as an officer might record them: often right, sometimes not."""
    if age is None:
        age = 15
    if not chance(rng, 0.75):
        return []
    if sex == 'M':
        base = [('17B', 3)] if age < 13 else [('17A', 3), ('22B', 3), ('19G', 1)]
    else:
        base = ([('19E', 2), ('20B', 2), ('21', 2)] if age < 13 else
                [('19D', 2), ('22B', 4), ('20A', 2), ('19C', 1 if age >= 15 else 0)])
    out = [wchoice(rng, base)]
    if exploit and chance(rng, 0.3):
        out.append(wchoice(rng, [('71', 4), ('88A', 2), ('72', 1)]))
    if chance(rng, 0.05):
        out.append('22B' if out[0] != '22B' else '20A')
    return out


def spread_times(rng, a, b, n, bursts=3):
    """n instants between a and b, clustered into a few bursts."""
    if b <= a or n <= 0:
        return []
    span = (b - a).total_seconds()
    centres = [rng.random() for _ in range(max(1, bursts))]
    out = []
    for _ in range(n):
        if chance(rng, 0.6):
            c = rng.choice(centres)
            x = min(1.0, max(0.0, rng.gauss(c, 0.07)))
        else:
            x = rng.random()
        day = a + dt.timedelta(seconds=int(x * span))
        out.append(at_hour(rng, day, (0, 1, 2, 15, 16, 17, 18, 19, 20, 21, 22, 22, 23, 23)))
    out.sort()
    return out


def school_ag(child):
    return SCHOOL_AG.get(child.school or '', None)


def teacher(S, rng, child):
    lst = S['teacher'].get(child.school or '', [])
    return rng.choice(lst) if lst else None


def seen_with(ctx, S, child, t, adults, places, inds, cse, reporter_kind=None, friends=(), text=None):
    """A professional or member of the public sees a child with adults, a car, at a place."""
    rng = ctx.rng
    kinds = [('school', 4 if child.age(t) < 16 and child.school else 0), ('ys', 3), ('shp', 3 if t < D(2011, 9, 1) else 0),
             ('housing', 1), ('cs', 1), ('home', 3 if in_care(ctx, child, t) else 0), ('mp_intel', 2)]
    k = reporter_kind or wchoice(rng, kinds)
    rep = None
    if k == 'school':
        ag, rep = school_ag(child), teacher(S, rng, child)
    elif k == 'ys':
        ag, rep = 'ys', rng.choice(S['youth'])
    elif k == 'shp':
        ag, rep = 'shp', rng.choice(S['shp'])
    elif k == 'home':
        rep, ag, _ = carer_at(ctx, S, child, t)
        ag = ag or 'csc'
    else:
        ag = k
    ag = fix_ag(ctx, ag or 'csc', t)
    subs = [ctx.sub(child, 'victim' if chance(rng, 0.7) else 'other', ag, t, tag='c')]
    for f in friends:
        subs.append(ctx.sub(f, rng.choice(('victim', 'associate', 'other', 'witness')), ag, t, tag='f'))
    pl = []
    for p, role, car in adults:
        q = 'seen' if ag in ('school', 'housing', 'mp_intel', 'cs') or k == 'school' else 'glimpse'
        s = ctx.sub(p, role, ag, t, car=car, carq=q, phone=p.phone_at(t) if chance(rng, 0.12) else None, tag='a')
        if places and chance(rng, 0.6):
            s.places = [places[0]]
            pl = [places[0]]
        subs.append(s)
    if rep is not None and chance(rng, 0.45):
        subs.append(ctx.sub(rep, 'reporter', ag, t, born='none', age=None, tag='r'))
    if places and not pl and chance(rng, 0.5):
        pl = [places[0]]
    has_car = any(s.car for s in subs)
    tx = text or rng.choice(SEEN_TEXT + (SEEN_TEXT_CAR if has_car else []) + (SEEN_TEXT_P if pl else []))
    e = ctx.ev(t, ag, subs, places=pl, ind=inds, text=tx, cse=cse, kind='seen',
               grade=(0.4 if ag in ('mp_intel', 'cs') else None))
    pol = 'police_cse' if ag in ('mp_intel', 'cs') else ('csc' if ag == 'csc' else 'agency')
    ctx.decide(e, pol)
    return e


SEEN_TEXT = ['{c} says {a} is {his} boyfriend. He is believed to be in his twenties.',
             '{c} has a new phone and clothes; says {a} bought them. Worried about this relationship.',
             'Concern: {c} collected from the youth club by {a}. Appeared to know him well.',
             '{c} seen in the front of a taxi with {a}; not a paying fare according to a witness.',
             '{c} seen talking to {a} at the school gate at home time.']
SEEN_TEXT_CAR = ['{c} seen getting into a {car} outside school. Driver is an older male, {a}.',
                 '{c} dropped off by {a}. Registration noted as {vrm}.']
SEEN_TEXT_P = ['Staff saw {c} with {a} near {P0}. {c} was given cigarettes and a phone top-up.',
               'Several young people including {c} hanging around {P0} late at night with adult males.',
               'Information received that {c} is spending time at {P0} with {a} and others.',
               'Neighbour reports girls aged about 14 going in and out of {P0} with men at night.']
