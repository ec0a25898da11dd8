"""The people of Kelbridge who are not defined by a story: families, and the adults who work with or
around many children (care staff, foster carers, teachers, youth workers, social workers, nurses,
school-transport drivers, coaches), taxi drivers and takeaway staff."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, first_name, surname
from names import STREET_M, STREET_F

SECONDARY = [('academy', 5), ('staidans', 3), ('thornfield', 4), ('pru', 1)]


def new_child(ctx, born_from, born_to, sex=None, kind='other_child', group=None, last=None, addr=None):
    w, rng = ctx.w, ctx.rng
    span = (born_to - born_from).days
    born = (born_from + dt.timedelta(days=rng.randrange(max(1, span)))).date()
    p = w.new_person(kind, sex=sex, born=born, group=group, last=last)
    p.school = wchoice(rng, SECONDARY)
    if chance(rng, 0.12):
        p.nick.append(rng.choice(STREET_F if p.sex == 'F' else STREET_M))
    if addr:
        w.give_address(p, START, None, addr)
    p.upn = f'K{rng.randrange(10**11, 10**12)}'
    p.nhs = f'999 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}'
    return p


def new_adult(ctx, kind, age_at, sex=None, group=None, last=None, occupation='', addr=None, known='full',
              first=None):
    w, rng = ctx.w, ctx.rng
    p = w.new_person(kind, sex=sex, age_at=age_at, group=group, last=last, occupation=occupation, first=first)
    p.known = known
    if addr is not False:
        w.give_address(p, START, None, addr)
    return p


class Family:
    def __init__(self):
        self.mother = None
        self.father = None
        self.adults = []
        self.kids = []
        self.addr = ''
        self.phone = ''


def new_family(ctx, kids_born, kind_kids=None, father=None, group=None, twins=False, rv=False, sex0=None):
    """kids_born: list of (from, to) datetimes; kind_kids: list of kinds, default other_child."""
    w, rng = ctx.w, ctx.rng
    f = Family()
    group = group or None
    f.addr = w.address(rv=rv)
    f.phone = w.landline()
    first_born = min(a for a, _ in kids_born)
    g = group or __import__('world').pick_group(rng)
    m = new_adult(ctx, 'other_adult', (first_born, rng.randrange(17, 36)), sex='F', group=g, addr=f.addr)
    m.occupation = ''
    m.title = rng.choice(('Mrs', 'Ms', 'Miss', 'Mrs'))
    f.mother = m
    f.adults.append(m)
    if father is None:
        father = chance(rng, 0.55)
    if father:
        d = new_adult(ctx, 'other_adult', (first_born, rng.randrange(19, 40)), sex='M', group=g,
                      last=m.last if chance(rng, 0.7) else None, addr=f.addr)
        d.title = 'Mr'
        f.father = d
        f.adults.append(d)
    last = (f.father.last if f.father and chance(rng, 0.6) else m.last)
    kinds = kind_kids or ['other_child'] * len(kids_born)
    for i, ((a, b), k) in enumerate(zip(kids_born, kinds)):
        if twins and i == 1:
            c0 = f.kids[0]
            c = w.new_person(k, sex=c0.sex, born=c0.born, group=g, last=c0.last)
            c.school = c0.school
            c.upn = f'K{rng.randrange(10**11, 10**12)}'
            c.nhs = f'999 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}'
            w.give_address(c, START, None, f.addr)
            c.twin = c0
            c0.twin = c
        else:
            c = new_child(ctx, a, b, kind=k, group=g, last=last if chance(rng, 0.85) else m.last, addr=f.addr,
                          sex=sex0 if i == 0 else None)
        c.household = f
        f.kids.append(c)
    for p in f.adults + f.kids:
        p.household = f
    if chance(rng, 0.6):
        w.give_mobile(m, START)
    return f


def staff_member(ctx, occupation, age_at, agency=None, role=None, start=START, end=None, sex=None,
                 car=False, taxi=False, employer=''):
    rng, w = ctx.rng, ctx.w
    p = new_adult(ctx, 'benign_adult', age_at, sex=sex, occupation=occupation)
    p.employer = employer
    p.title = 'Mr' if p.sex == 'M' else rng.choice(('Mrs', 'Ms', 'Miss'))
    if chance(rng, 0.15):
        p.nick.append(wchoice(rng, [(f'Big {p.first}', 1), (p.dims[0] if p.dims else p.first[:3], 3),
                                    (rng.choice(STREET_M if p.sex == 'M' else STREET_F), 1)]))
    if car or taxi:
        c = w.give_car(p, start, None, taxi=taxi)
        if chance(rng, 0.5):
            w.give_car(p, start + days(rng.randrange(900, 3000)), None)
    if chance(rng, 0.5):
        w.give_mobile(p, start)
    if agency:
        ag = ctx.ags[agency]
        ag.add_person_staff(p, role or occupation, start, end or END, len(ag.staff) + 1)
    return p


def build_staff(ctx):
    """Benign adults, scaled to the town.  Returns a dict of lists."""
    rng, w = ctx.rng, ctx.w
    f = max(1.0, ctx.scale ** 0.5)
    S = {}

    def n(k):
        return max(1, int(round(k * f)))

    t0 = D(2005, 1, 1)
    S['care_brackley'] = [staff_member(ctx, 'residential care worker', (t0, rng.randrange(21, 55)), 'bh',
                                       'residential care worker', employer='Evergreen Care') for _ in range(n(8))]
    S['care_oaklodge'] = [staff_member(ctx, 'residential care worker', (t0, rng.randrange(21, 55)), 'ol',
                                       'residential care worker', employer='Kelbridge MBC') for _ in range(n(7))]
    S['care_willow'] = [staff_member(ctx, 'residential care worker', (t0, rng.randrange(21, 55)),
                                     employer='Willow Court') for _ in range(n(4))]
    S['foster'] = [staff_member(ctx, 'foster carer', (t0, rng.randrange(30, 58)), car=True,
                                employer=rng.choice(('Kelbridge MBC', 'Brightpath Fostering'))) for _ in range(n(9))]
    S['teacher'] = {}
    for sch, ag in (('academy', 'sch_academy'), ('staidans', 'sch_staidans'), ('thornfield', 'sch_thornfield'),
                    ('pru', 'sch_pru'), ('hollinsprim', 'sch_primary')):
        S['teacher'][sch] = [staff_member(ctx, rng.choice(('teacher', 'designated safeguarding lead', 'head of year',
                                                           'teaching assistant', 'pastoral manager')),
                                          (t0, rng.randrange(24, 58)), ag, 'designated safeguarding lead',
                                          car=chance(rng, 0.3)) for _ in range(n(3))]
    S['youth'] = [staff_member(ctx, 'youth worker', (t0, rng.randrange(22, 50)), 'ys', 'youth worker',
                               car=chance(rng, 0.4)) for _ in range(n(6))]
    S['shp'] = [staff_member(ctx, 'project worker', (t0, rng.randrange(24, 50)), 'shp', 'project worker',
                             end=D(2011, 9, 30), car=True) for _ in range(n(3))]
    S['social'] = [staff_member(ctx, 'social worker', (t0, rng.randrange(24, 55)), 'csc', 'social worker',
                                start=t0 + days(rng.randrange(0, 3000)), car=chance(rng, 0.5)) for _ in range(n(12))]
    S['nurse'] = [staff_member(ctx, 'sexual health nurse', (t0, rng.randrange(26, 55)), 'sh', 'sexual health nurse',
                               sex='F' if chance(rng, 0.85) else 'M') for _ in range(n(4))]
    S['school_nurse'] = [staff_member(ctx, 'school nurse', (t0, rng.randrange(26, 55))) for _ in range(n(2))]
    S['transport'] = []
    for _ in range(n(5)):
        firm = rng.choice(('castle', 'swift'))
        d = staff_member(ctx, 'school transport driver', (t0, rng.randrange(30, 60)), taxi=True,
                         sex='M' if chance(rng, 0.8) else 'F', employer=firm)
        d.badge = f'PH{rng.randrange(100, 999)}'
        for c in d.cars:
            c[0].plate = f'KB {rng.randrange(100, 999)}'
        S['transport'].append(d)
    S['coach'] = [staff_member(ctx, rng.choice(('football coach', 'boxing coach', 'dance teacher')),
                               (t0, rng.randrange(25, 55)), car=True) for _ in range(n(3))]
    S['escort'] = [staff_member(ctx, 'passenger assistant (school transport)', (t0, rng.randrange(30, 60)))
                   for _ in range(n(2))]
    # not benign_adult: ordinary taxi drivers and takeaway staff
    S['taxi'] = {}
    for firm in ('moorline', 'castle', 'a1cars', 'swift'):
        S['taxi'][firm] = []
        for _ in range(n(4)):
            d = new_adult(ctx, 'other_adult', (t0, rng.randrange(22, 60)), sex='M', occupation='taxi driver')
            d.employer = firm
            d.badge = f'PH{rng.randrange(100, 999)}'
            c = w.give_car(d, t0, None, taxi=True)
            c.plate = f'KB {rng.randrange(100, 999)}'
            if chance(rng, 0.7):
                w.give_mobile(d, t0)
            if chance(rng, 0.2):
                d.nick.append(rng.choice(STREET_M))
            S['taxi'][firm].append(d)
    S['takeaway'] = {}
    for tk in ('ace', 'kebabhouse', 'tikka', 'goldenfry', 'mrchick', 'napoli', 'jimmys', 'starburger'):
        S['takeaway'][tk] = []
        for _ in range(rng.randrange(1, 4)):
            d = new_adult(ctx, 'other_adult', (t0, rng.randrange(18, 55)), sex='M' if chance(rng, 0.85) else 'F',
                          occupation='takeaway worker')
            d.employer = tk
            if chance(rng, 0.4):
                w.give_car(d, t0)
            if chance(rng, 0.25):
                d.nick.append(rng.choice(STREET_M if d.sex == 'M' else STREET_F))
            S['takeaway'][tk].append(d)
    return S


def pick_staff(rng, lst, t):
    return rng.choice(lst) if lst else None
