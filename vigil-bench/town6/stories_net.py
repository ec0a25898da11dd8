"""Group exploitation: a takeaway-and-taxi network (after Rotherham, Rochdale, Telford) and a
party-house network moving girls to hotels and flats in the next city (after Oxford, Newcastle,
Bristol).  Years of scattered reports, most closed; then a police operation, and convictions."""
import datetime as dt
from world import D, START, END, wchoice, chance, days, rand_time, at_hour, pick_group
from names import STREET_M, STREET_F, TAXI_CARS
from people import new_adult, new_family
from common import care_path, carer_at, sex_codes, spread_times, seen_with, in_care
from kit import missing_episode, fix_ag
import episodes as EP

FLASHY = [('BMW', '3 Series'), ('Audi', 'A3'), ('Mercedes', 'C Class'), ('VW', 'Golf'), ('Seat', 'Leon')]

SPECS = {
    'takeaway': dict(
        t0=D(2005, 2, 1), t1=D(2012, 9, 1), op='op_heron', op_t=D(2013, 6, 1),
        roles=['owner', 'brother', 'driver', 'driver2', 'boyfriend', 'tenant', 'worker'], periph=4, victims=13,
        vborn=(D(1990, 9, 1), D(1995, 8, 31)), takeaway='ace', firm='moorline',
        places={'owner': ['ace', 'flatace'], 'brother': ['ace', 'flatace', 'offy'],
                'driver': ['moorline', 'msc', 'kwikcp', 'stationhotel'], 'driver2': ['moorline', 'travelstop', 'rvflat'],
                'boyfriend': ['msc', 'kwikcp', 'offy', 'towpath', 'canalflats'], 'tenant': ['canalflats'],
                'worker': ['jimmys', 'canalflats', 'flatace'], 'periph': ['flatace', 'canalflats', 'stationhotel', 'msc']},
        convict=['owner', 'brother', 'driver', 'boyfriend', 'tenant'], acquit=['driver2'], conv_years=(2016, 2017)),
    'party': dict(
        t0=D(2009, 9, 1), t1=D(2016, 3, 1), op='op_linnet', op_t=D(2015, 9, 1),
        roles=['host', 'dealer', 'driver', 'rvman', 'boyfriend', 'facilitator'], periph=3, victims=9,
        vborn=(D(1995, 6, 1), D(2000, 6, 1)), takeaway='kebabhouse', firm='a1cars',
        places={'host': ['millane'], 'dealer': ['greenhead', 'millane', 'busstation'],
                'driver': ['a1cars', 'travelstop', 'bridgeinn', 'busstation'], 'rvman': ['rvhouse', 'travelstop', 'bridgeinn'],
                'boyfriend': ['greenhead', 'kebabhouse', 'starburger', 'millane'], 'facilitator': ['millane', 'kblodge'],
                'periph': ['millane', 'rvhouse', 'kblodge', 'travelstop']},
        convict=['host', 'dealer', 'rvman', 'facilitator'], acquit=['boyfriend'], conv_years=(2018, 2019)),
}
AGES = {'owner': (30, 46), 'brother': (21, 38), 'driver': (26, 52), 'driver2': (24, 48), 'boyfriend': (18, 22),
        'tenant': (24, 42), 'worker': (19, 34), 'host': (33, 56), 'dealer': (20, 30), 'rvman': (24, 40),
        'facilitator': (19, 30), 'periph': (19, 64)}
KNOWN = {'owner': 'full', 'brother': 'first', 'driver': 'car', 'driver2': 'nick', 'boyfriend': 'nick',
         'tenant': 'full', 'worker': 'nick', 'host': 'full', 'dealer': 'nick', 'rvman': 'first',
         'facilitator': 'first'}
WEIGHT = {'owner': 4, 'brother': 3, 'driver': 3, 'driver2': 2, 'boyfriend': 5, 'tenant': 3, 'worker': 2,
          'host': 5, 'dealer': 3, 'rvman': 2, 'facilitator': 2, 'periph': 0}


class Net:
    def __init__(self, nid, spec, shift):
        self.nid, self.spec = nid, spec
        self.t0, self.t1 = spec['t0'] + days(shift), spec['t1'] + days(shift)
        self.op_t = spec['op_t'] + days(shift)
        self.members = []           # (person, role)
        self.victims = []
        self.events = []


def _history(ctx, p, t0, t1, car_every, phone_every, flashy=False, taxi=False, firm=''):
    rng, w = ctx.rng, ctx.w
    t = t0 - days(rng.randrange(100, 500))
    while t < t1:
        nxt = t + days(rng.randrange(*car_every))
        if taxi:
            c = w.new_car(t, taxi=True)
            c.plate = f'KB {rng.randrange(100, 999)}'
        else:
            c = w.new_car(t, make_model=rng.choice(FLASHY) if flashy else None,
                          colour='black' if flashy and chance(rng, 0.5) else None)
        p.cars.append([c, t, nxt])
        t = nxt
    t = t0 - days(rng.randrange(30, 300))
    while t < t1 + days(700):
        nxt = t + days(rng.randrange(*phone_every))
        ctx.w.give_mobile(p, t, nxt)
        t = nxt


def make_member(ctx, net, role, group, last=None, addr=None):
    rng, w = ctx.rng, ctx.w
    sp = net.spec
    sex = 'F' if role == 'facilitator' else 'M'
    p = new_adult(ctx, 'offender', (net.t0, rng.randrange(*AGES[role])), sex=sex,
                  group=group if chance(rng, 0.75) else None, last=last, addr=addr)
    p.network = net.nid
    p.known = KNOWN.get(role) or wchoice(rng, [('nick', 3), ('car', 3), ('first', 3), ('full', 1)])
    if p.known in ('nick', 'car') or chance(rng, 0.3):
        p.nick.append(rng.choice(STREET_F if sex == 'F' else STREET_M))
    if p.known != 'full':
        if chance(rng, 0.3):
            p.ident = net.t0 + days(rng.randrange(200, max(201, (net.t1 - net.t0).days)))
        elif role == 'periph' and chance(rng, 0.5):
            p.ident = D(2100, 1, 1)
        else:
            p.ident = net.op_t + days(rng.randrange(0, 300))
    if chance(rng, 0.5):
        g = pick_group(rng)
        from world import first_name, surname
        p.aliases.append(f'{first_name(rng, g, sex, 1980)} {surname(rng, g)}')
    p.occupation = {'owner': 'takeaway owner', 'brother': 'takeaway worker', 'driver': 'taxi driver',
                    'driver2': 'taxi driver', 'worker': 'takeaway worker', 'tenant': 'unemployed',
                    'host': 'unemployed', 'dealer': '', 'rvman': 'car valeter', 'boyfriend': '',
                    'facilitator': ''}.get(role, rng.choice(('', '', 'market trader', 'mechanic', 'chef', 'security guard')))
    taxi = role in ('driver', 'driver2')
    if taxi:
        p.employer = sp['firm']
        p.badge = f'PH{rng.randrange(100, 999)}'
    if role in ('owner', 'brother'):
        p.employer = sp['takeaway']
    if taxi or role != 'periph' or chance(rng, 0.6):
        _history(ctx, p, net.t0, net.t1, (500, 1500) if role != 'boyfriend' else (300, 800),
                 (200, 900) if role != 'boyfriend' else (120, 360), flashy=role == 'boyfriend', taxi=taxi)
    p.pnc = f'{rng.randrange(95, 99) if chance(rng, 0.3) else rng.randrange(0, 12):02d}/{rng.randrange(100000, 999999)}{rng.choice("ABCDEFGHJK")}'
    net.members.append((p, role))
    return p


def build_network(ctx, S, nid, kind, shift=0, vscale=1.0, extra_periph=()):
    rng, w = ctx.rng, ctx.w
    sp = SPECS[kind]
    net = Net(nid, sp, shift)
    group = pick_group(rng)
    fam_last = None
    for role in sp['roles']:
        addr = None
        if role == 'tenant':
            addr = w.place('canalflats').address
        elif role == 'host':
            addr = w.place('millane').address
        elif role == 'rvman':
            addr = w.address(rv=True)
        p = make_member(ctx, net, role, group, last=fam_last if role == 'brother' else None, addr=addr)
        # offenders have ordinary working lives too: they join the same rosters as everyone else
        if role in ('driver', 'driver2') and sp['firm'] in S['taxi']:
            S['taxi'][sp['firm']].append(p)
        elif role in ('owner', 'brother') and sp['takeaway'] in S['takeaway']:
            S['takeaway'][sp['takeaway']].append(p)
        elif role == 'worker':
            S['takeaway']['jimmys'].append(p)
        if role == 'owner':
            fam_last = p.last
            # his other brother: not an offender, shares the house, the shop phone and sometimes the car
            sib = new_adult(ctx, 'other_adult', (net.t0, rng.randrange(20, 45)), sex='M', group=p.group,
                            last=p.last, addr=p.addr_at(net.t0), occupation='takeaway worker')
            sib.employer = sp['takeaway']
            if p.phones:
                sib.phones.append(list(p.phones[0]))
            if p.cars:
                sib.cars.append(list(p.cars[0]))
            ctx.confounds.append(('shared_family', sib, p))
    for i in range(sp['periph'] + rng.randrange(-1, 3)):
        make_member(ctx, net, 'periph', group)
    for p in extra_periph:
        net.members.append((p, 'periph'))
    nv = max(2, int(round(sp['victims'] * vscale)))
    a, b = sp['vborn']
    a, b = a + days(shift), b + days(shift)
    for i in range(nv):
        sister_of = None
        if kind == 'party' and ctx.networks and chance(rng, 0.2):
            olds = [v for n in ctx.networks.values() for v in n.victims if v.household and v.household.kids]
            if olds:
                sister_of = rng.choice(olds)
        if sister_of is not None:
            f = sister_of.household
            from people import new_child
            v = new_child(ctx, a, b, sex='F', kind='victim', group=sister_of.group, last=sister_of.last,
                          addr=f.addr)
            v.household = f
            f.kids.append(v)
        else:
            nk = rng.choice((1, 1, 2, 2, 3))
            kinds = ['victim'] + ['other_child'] * (nk - 1)
            twins = nk >= 2 and chance(rng, 0.12)
            kb = [(a, b)] + [(a - days(2000), b + days(1500))] * (nk - 1)
            f = new_family(ctx, kb, kinds, twins=twins, sex0='F' if chance(rng, 0.85) else 'M')
            v = f.kids[0]
            if twins:
                ctx.confounds.append(('twin', f.kids[1], v))
        v.network = nid
        if chance(rng, 0.6):
            w.give_mobile(v, dt.datetime(v.born.year + 12, 6, 1))
        if chance(rng, 0.15):
            v.nick.append(rng.choice(STREET_F))
        net.victims.append(v)
    ctx.networks[nid] = net
    return net


def run_network(ctx, S, net):
    rng = ctx.rng
    sp = net.spec
    core = [(m, r) for m, r in net.members if r != 'periph']
    periph = [(m, r) for m, r in net.members if r == 'periph']
    vwin = {}
    for v in net.victims:
        start = max(net.t0, dt.datetime(v.born.year + 12, v.born.month, 1) + days(rng.randrange(0, 500)))
        start = min(start, net.t1 - days(200))
        end = min(net.t1, start + days(rng.randrange(500, 1700)), dt.datetime(v.born.year + 18, v.born.month, 1))
        vwin[v.key] = (start, end)
        care_path(ctx, S, v, start, end, p_care=0.35, p_foster=0.2)
    for v in net.victims:
        start, end = vwin[v.key]
        wts = {m.key: WEIGHT[r] * rng.uniform(0.3, 1.7) for m, r in core}
        fav = rng.choice(core)[0]
        wts[fav.key] *= 4
        intensity = rng.choice((0.4, 0.7, 1, 1, 1.3, 1.8, 2.5))
        n = max(4, int(rng.uniform(8, 30) * intensity * ctx.vol))
        for t in spread_times(rng, start, end, n):
            friends = [u for u in net.victims if u is not v and vwin[u.key][0] <= t <= vwin[u.key][1]]
            fr = rng.sample(friends, min(len(friends), wchoice(rng, [(0, 6), (1, 3), (2, 1)])))
            k = wchoice(rng, [(1, 5), (2, 3), (3, 1)])
            pool = [(m, r) for m, r in core]
            chosen = []
            for _ in range(k):
                cand = [(m, r) for m, r in pool if (m, r) not in chosen]
                if not cand:
                    break
                chosen.append(wchoice(rng, [((m, r), wts[m.key]) for m, r in cand]))
            places = []
            for m, r in chosen:
                places += sp['places'].get(r, [])
            rng.shuffle(places)
            EP.exploit_episode(ctx, S, net, v, t, chosen, places, fr)
    for m, r in periph:
        for _ in range(rng.choice((1, 1, 2))):
            v = rng.choice(net.victims)
            s, e = vwin[v.key]
            t = rand_time(rng, s, e)
            buddy = rng.choice(core)
            places = sp['places']['periph'][:]
            rng.shuffle(places)
            EP.exploit_episode(ctx, S, net, v, t, [(m, r)] + ([buddy] if chance(rng, 0.5) else []), places, [],
                               only=rng.choice(('seen', 'intel', 'found', 'nvp', 'cs', 'housing', 'health')))
    for _ in range(int(rng.uniform(4, 9) * ctx.vol)):
        t = rand_time(rng, net.t0 + days(200), net.t1)
        chosen = rng.sample(core, min(len(core), rng.randrange(1, 4)))
        vs = [v for v in net.victims if vwin[v.key][0] <= t <= vwin[v.key][1]]
        pl = []
        for m, r in chosen:
            pl += sp['places'].get(r, [])
        EP.intel_report(ctx, net, t, chosen, pl, rng.sample(vs, min(len(vs), rng.randrange(0, 3))))
    for _ in range(rng.randrange(1, 4)):
        t = rand_time(rng, net.t0 + days(100), net.t1)
        k = rng.choice([p for r in sp['places'] for p in sp['places'][r]])
        e = ctx.ev(t, rng.choice(('cs', 'mp_intel', 'housing')), [], places=[k], ind=['multiple_adults', 'alcohol_drugs'][:rng.randrange(1, 3)],
                   text=rng.choice(['Anonymous: young girls being taken into {P0} by older men most weekends.',
                                    'Cars parking up at {P0} late at night; young people getting in and out.',
                                    'Concern about groups of young people at {P0} after dark.']),
                   cse=True, kind='place', grade=0.2)
        ctx.decide(e, 'police_cse', p_decided=0.5)
        net.events.append(e) if e else None
    EP.operation(ctx, S, net, vwin)
