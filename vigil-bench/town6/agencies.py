"""The agencies of Kelbridge: their names over time, id formats, clocks, staff and writing habits."""
import datetime as dt
from world import D, wchoice, chance, first_name, surname, pick_group


class Agency:
    def __init__(self, key, names, idfmt, times, style, period=(D(2005, 1, 1), D(2020, 12, 31)),
                 roles=('officer',), staff=8, idstaff='{p}-{n:04d}', prefix='x', grading=None,
                 decfmt=None, adult_style=None):
        self.key = key
        self.names = names              # [(from_year, name), ...]
        self.idfmt = idfmt              # callable(t, n) -> id
        self.times = times              # {style: weight}
        self.style = style              # name-form weights for a name known in full
        self.adult_style = adult_style or style
        self.period = period
        self.roles = roles
        self.nstaff = staff
        self.idstaff = idstaff
        self.prefix = prefix
        self.grading = grading          # None, 'intel'
        self.decfmt = decfmt            # callable(t, n) -> decision id
        self.staff = []                 # [(id, name, role, start, end)]
        self.counter = {}

    def name_at(self, t):
        nm = self.names[0][1]
        for y, n in self.names:
            if t.year >= y:
                nm = n
        return nm

    def active(self, t):
        return self.period[0] <= t <= self.period[1]

    def next_id(self, rng, t, fmt=None, scope=None):
        fmt = fmt or self.idfmt
        sc = scope(t) if scope else 'all'
        n = self.counter.get((fmt, sc))
        if n is None:
            n = rng.randrange(20, 900)
        n += 1 + (rng.randrange(12) if chance(rng, 0.6) else 0)
        self.counter[(fmt, sc)] = n
        return fmt(t, n)

    def author(self, rng, t):
        pool = [s for s in self.staff if s[3] <= t < s[4]] or self.staff
        if not pool:
            return {'id': f'{self.prefix}-duty', 'name': 'Duty desk', 'role': 'duty'}
        sid, name, role, _, _ = rng.choice(pool)
        return {'id': sid, 'name': name, 'role': role}

    def add_person_staff(self, p, role, start, end, n):
        sid = self.idstaff.format(p=self.prefix, n=n)
        nm = f'{p.first[0]}. {p.last}' if n % 3 else f'{p.first} {p.last}'
        self.staff.append((sid, nm, role, start, end))


def _staff(rng, ag, titles):
    """Generic professionals (not people in the town's truth: they only author records)."""
    t0, t1 = ag.period
    span = (t1 - t0).days
    for i in range(ag.nstaff):
        g = pick_group(rng)
        sex = 'F' if chance(rng, 0.55) else 'M'
        fn = first_name(rng, g, sex, 1975)
        sn = surname(rng, g)
        a = t0 + dt.timedelta(days=rng.randrange(max(1, span)) if i >= 3 else 0)
        b = a + dt.timedelta(days=rng.randrange(700, 3600))
        role = rng.choice(ag.roles)
        ttl = titles.get(role, '')
        nm = wchoice(rng, [(f'{ttl}{fn[0]}. {sn}', 4), (f'{ttl}{fn} {sn}', 3), (f'{sn.upper()} {fn[0]}', 1)])
        num = rng.randrange(1000, 9999)
        ag.staff.append((ag.idstaff.format(p=ag.prefix, n=num), nm.strip(), role, a, b))


def y(t):
    return t.year


def build_agencies(rng):
    A = {}

    def add(a):
        A[a.key] = a

    police_style = {'upper': 3, 'surname_first': 4, 'full': 3, 'misspelling': 1}
    add(Agency('mp_inc', [(2005, 'Marlshire Police')],
               lambda t, n: f'MP/INC/{t:%y%m%d}/{n % 10000:04d}', {'z': 1}, police_style,
               roles=('police officer', 'call handler', 'missing person coordinator'), staff=30,
               idstaff='mp{n}', prefix='mp', decfmt=lambda t, n: f'MP-DEC-{n:07d}'))
    add(Agency('mp_crime', [(2005, 'Marlshire Police')],
               lambda t, n: f'CR{t:%y}/{n:05d}', {'z': 1}, police_style,
               roles=('police officer', 'detective constable'), staff=25, idstaff='mp{n}', prefix='mp'))
    add(Agency('mp_intel', [(2005, 'Marlshire Police Intelligence'), (2013, 'Marlshire Police')],
               lambda t, n: f'IR-{t:%Y}-{n:06d}', {'z': 3, 'zms': 1},
               {'upper': 4, 'surname_first': 3, 'full': 2, 'misspelling': 1},
               roles=('intelligence officer', 'analyst', 'police officer'), staff=14, idstaff='mp{n}',
               prefix='mp', grading='intel'))
    add(Agency('nvp', [(2005, 'Northvale Police')],
               lambda t, n: f'NVP{t:%Y}{n:06d}', {'offset': 1}, {'full': 4, 'upper': 2, 'surname_first': 2},
               roles=('police officer', 'detective constable'), staff=12, idstaff='nv-{n}', prefix='nv',
               grading='intel', decfmt=lambda t, n: f'NVP-OUT-{n:06d}'))
    add(Agency('csc', [(2005, 'Kelbridge MBC Social Services'), (2008, "Kelbridge Children's Social Care"),
                       (2014, "Kelbridge Children's Services")],
               lambda t, n: f'CSC-{n:07d}', {'offset': 3, 'offset_min': 1},
               {'full': 7, 'title': 1, 'misspelling': 1}, adult_style={'full': 4, 'title': 3, 'first': 1},
               roles=('social worker', 'senior practitioner', 'duty worker'), staff=0, idstaff='csc{n:05d}',
               prefix='csc', decfmt=lambda t, n: f'CSC-OUT-{n:07d}'))
    add(Agency('mash', [(2013, 'Kelbridge MASH')], lambda t, n: f'MASH-{t:%Y}-{n:05d}', {'offset': 1},
               {'full': 6, 'upper': 1}, period=(D(2013, 9, 1), D(2020, 12, 31)),
               roles=('MASH officer', 'MASH social worker'), staff=6, idstaff='mash{n}', prefix='mash',
               decfmt=lambda t, n: f'MASH-D-{n:05d}'))
    add(Agency('rcs', [(2005, "Ravensmoor Children's Services")], lambda t, n: f'RCS/{t:%Y}/{n:04d}',
               {'offset': 1}, {'full': 6, 'title': 1}, roles=('social worker',), staff=6, idstaff='rcs{n}',
               prefix='rcs', decfmt=lambda t, n: f'RCS/D/{n:05d}'))
    add(Agency('ed', [(2005, 'Kelbridge Royal Infirmary A&E'), (2011, 'Kelbridge Royal Infirmary Emergency Department')],
               lambda t, n: f'KRI-ED-{t:%Y%m%d}-{n % 1000:03d}', {'zms': 1},
               {'full': 5, 'upper': 1, 'misspelling': 1}, roles=('nurse', 'doctor', 'safeguarding nurse'),
               staff=12, idstaff='kri{n}', prefix='kri', decfmt=lambda t, n: f'KRI-SG-{n:05d}'))
    add(Agency('sh', [(2005, 'Hope Street Sexual Health Clinic'), (2015, 'Kelbridge Sexual Health Service')],
               lambda t, n: f'SHC{t:%y}-{n:04d}', {'local_as_z': 1}, {'initials': 5, 'first': 3, 'full': 2},
               roles=('sexual health nurse', 'health adviser'), staff=0, idstaff='shc{n}', prefix='shc',
               decfmt=lambda t, n: f'SHC-D-{n:05d}'))
    add(Agency('gp', [(2005, 'Moor End Medical Practice')], lambda t, n: f'MEMP-{n:06d}', {'offset': 1},
               {'full': 5, 'title': 2}, roles=('GP', 'practice nurse'), staff=6, idstaff='gp{n}', prefix='gp'))
    for key, nm, fmt, pre in (
            ('sch_academy', 'Kelbridge Academy', lambda t, n: f'KA/SG/{t:%Y}/{n:03d}', 'ka'),
            ('sch_staidans', "St Aidan's Catholic High School", lambda t, n: f'SAH-{t:%Y}-{n:04d}', 'sah'),
            ('sch_thornfield', 'Thornfield High School', lambda t, n: f'THS{t:%y}{n:04d}', 'ths'),
            ('sch_pru', 'Brackley Road PRU', lambda t, n: f'PRU-{n:04d}', 'pru'),
            ('sch_primary', 'Hollins Lane Primary', lambda t, n: f'HLP{n:04d}', 'hlp')):
        add(Agency(key, [(2005, nm)], fmt, {'midnight': 2, 'offset_min': 1}, {'full': 8, 'first': 1},
                   adult_style={'title': 4, 'full': 3, 'first': 1}, roles=('designated safeguarding lead',
                                                                          'teacher', 'head of year'),
                   staff=0, idstaff='{p}-{n:03d}', prefix=pre, decfmt=lambda t, n, pre=pre: f'{pre.upper()}-D{n:04d}'))
    add(Agency('yot', [(2005, 'Marlshire Youth Offending Team')], lambda t, n: f'YOT-{t:%Y}-{n:04d}',
               {'offset': 1}, {'full': 5, 'surname_first': 2}, roles=('YOT officer',), staff=6,
               idstaff='yot{n}', prefix='yot'))
    add(Agency('ys', [(2005, 'Kelbridge Youth Service')], lambda t, n: f'KYS{t:%Y}{n:04d}', {'local_as_z': 1},
               {'first': 5, 'full': 4, 'nick': 1}, roles=('youth worker', 'detached youth worker'), staff=0,
               idstaff='kys{n:03d}', prefix='kys', decfmt=lambda t, n: f'KYS-D{n:04d}'))
    add(Agency('shp', [(2005, 'Safe Haven Project')], lambda t, n: f'SHP/{t:%y}/{n:03d}', {'offset_min': 1},
               {'first': 5, 'full': 3}, period=(D(2005, 1, 1), D(2011, 9, 30)),
               roles=('project worker', 'outreach worker'), staff=0, idstaff='shp{n:02d}', prefix='shp',
               decfmt=lambda t, n: f'SHP/D/{n:04d}'))
    add(Agency('rhi', [(2014, 'Horizons Missing Service')], lambda t, n: f'HZ-RHI-{n:05d}', {'offset': 1},
               {'full': 6, 'first': 2}, period=(D(2014, 4, 1), D(2020, 12, 31)),
               roles=('return interview worker',), staff=6, idstaff='hz{n}', prefix='hz'))
    add(Agency('housing', [(2005, 'Kelbridge Homes')], lambda t, n: f'KH-ASB-{t:%Y}-{n:04d}',
               {'midnight': 1, 'offset': 1}, {'full': 5, 'title': 3, 'upper': 1},
               roles=('housing officer', 'ASB officer'), staff=6, idstaff='kh{n}', prefix='kh',
               decfmt=lambda t, n: f'KH-D-{n:05d}'))
    add(Agency('lic', [(2005, 'Kelbridge Council Licensing')], lambda t, n: f'LIC/TX/{t:%Y}/{n:03d}',
               {'offset': 1}, {'full': 6, 'upper': 2, 'title': 1}, roles=('licensing officer',), staff=4,
               idstaff='lic{n}', prefix='lic', decfmt=lambda t, n: f'LIC-D-{n:05d}'))
    add(Agency('lado', [(2005, 'Marlshire LADO'), (2012, 'Kelbridge LADO (Designated Officer)')],
               lambda t, n: f'LADO-{t:%y}-{n:03d}', {'offset': 1}, {'full': 8, 'title': 1},
               roles=('LADO', 'designated officer'), staff=3, idstaff='lado{n}', prefix='lado',
               decfmt=lambda t, n: f'LADO-OUT-{n:04d}'))
    add(Agency('ceop', [(2006, 'CEOP'), (2013, 'NCA-CEOP')], lambda t, n: f'CEOP-{t:%Y}-{n:06d}', {'z': 1},
               {'full': 4, 'upper': 2}, period=(D(2006, 4, 1), D(2020, 12, 31)), roles=('referral officer',),
               staff=5, idstaff='ceop{n}', prefix='ceop', grading='intel'))
    add(Agency('bh', [(2005, 'Brackley House (Evergreen Care)')], lambda t, n: f'EVG-BH-{n:05d}',
               {'z_min': 1}, {'full': 6, 'first': 2}, adult_style={'first': 3, 'full': 3},
               roles=('residential care worker', 'home manager'), staff=0, idstaff='evg{n:03d}', prefix='evg'))
    add(Agency('ol', [(2005, 'Oak Lodge Children\'s Home')], lambda t, n: f'OL/{t:%Y}/{n:03d}',
               {'offset': 1}, {'full': 6, 'first': 2}, adult_style={'first': 3, 'full': 3},
               roles=('residential care worker', 'registered manager'), staff=0, idstaff='ol{n:03d}', prefix='ol'))
    add(Agency('ifa', [(2005, 'Brightpath Fostering')], lambda t, n: f'BPF-{n:04d}', {'offset': 1},
               {'full': 6, 'first': 1}, roles=('supervising social worker',), staff=4, idstaff='bpf{n}',
               prefix='bpf'))
    add(Agency('cs', [(2005, 'Crimestoppers (via Marlshire Police)')], lambda t, n: f'CS{t:%Y}{n:06d}', {'z': 1},
               {'full': 3, 'upper': 2, 'first': 2}, roles=('anonymous caller',), staff=1, idstaff='crimestoppers',
               prefix='cs', grading='intel'))
    for key, op, pre, t0 in (('op_heron', 'Operation Heron', 'OPH', D(2013, 6, 1)),
                             ('op_linnet', 'Operation Linnet', 'OPL', D(2015, 9, 1)),
                             ('op_vortex', 'Operation Vortex', 'OPV', D(2018, 3, 1))):
        add(Agency(key, [(2005, f'Marlshire Police - {op}')], lambda t, n, pre=pre: f'{pre}-{n:05d}',
                   {'z': 2, 'offset': 1}, {'full': 6, 'upper': 3, 'surname_first': 2},
                   period=(t0, D(2020, 12, 31)), roles=('detective constable', 'detective sergeant', 'analyst'),
                   staff=8, idstaff='mp{n}', prefix='mp', grading='intel',
                   decfmt=lambda t, n, pre=pre: f'{pre}-D-{n:05d}'))
    titles = {'police officer': 'PC ', 'detective constable': 'DC ', 'detective sergeant': 'DS '}
    for a in A.values():
        if a.nstaff:
            _staff(rng, a, titles)
    A['cs'].staff = [('crimestoppers', 'Crimestoppers', 'anonymous reporting line', D(2005, 1, 1), D(2021, 1, 1))]
    return A


def grading(rng, ag, t, strength):
    """An intelligence grading as the agency of the day would give it.  strength 0..1."""
    legacy = t.year < 2014 or (t.year < 2017 and chance(rng, 0.45 if t.year < 2016 else 0.2))
    if ag.key == 'nvp':
        legacy = t.year < 2012
    if legacy:
        s = 'ABCDE'[min(4, max(0, int(round((1 - strength) * 4 + rng.gauss(0, 0.8)))))]
        i = str(min(5, max(1, int(round((1 - strength) * 4 + 1 + rng.gauss(0, 0.8))))))
        h = wchoice(rng, [('1', 6), ('2', 1), ('3', 1), ('4', 1), ('5', 1)])
        return {'scheme': '5x5x5', 'source': s, 'intelligence': i, 'handling': h}
    s = str(min(3, max(1, int(round((1 - strength) * 2 + 1 + rng.gauss(0, 0.6))))))
    i = 'ABCDE'[min(4, max(0, int(round((1 - strength) * 4 + rng.gauss(0, 0.9)))))]
    g = {'source': s, 'intelligence': i, 'handling': 'P' if chance(rng, 0.85) else 'C'}
    if chance(rng, 0.3):
        g = {'scheme': '3x5x2', **g}
    return g
