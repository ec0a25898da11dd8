"""Core objects of town6: time helpers, people, phones, vehicles and places of Kelbridge.

Internal times are naive datetimes meaning UTC.  Nothing here reads the wall clock."""
import datetime as dt
from names import (GROUPS, NAMES, BLOCKED, DIM, STREET_M, STREET_F, STREETS, RV_STREETS,
                   CARS, TAXI_CARS, COLOURS, VRM_AREA, VRM_LET)

D = dt.datetime
START = D(2005, 1, 1)
END = D(2019, 12, 31, 23, 0)


# ---------------------------------------------------------------- time
def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def uk_offset_hours(t):
    """Europe/London offset (0 or 1) at UTC instant t."""
    a = _last_sunday(t.year, 3)
    b = _last_sunday(t.year, 10)
    s = D(a.year, a.month, a.day, 1)
    e = D(b.year, b.month, b.day, 1)
    return 1 if s <= t < e else 0


def iso_z(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def rand_time(rng, a, b):
    """Uniform instant between a and b (whole seconds)."""
    span = int((b - a).total_seconds())
    if span <= 0:
        return a
    return a + dt.timedelta(seconds=rng.randrange(span))


def at_hour(rng, day, hours):
    """An instant on `day` (UTC date-ish) at a local hour drawn from `hours`."""
    h = rng.choice(hours)
    t = D(day.year, day.month, day.day, 0, 0) + dt.timedelta(hours=h, minutes=rng.randrange(60),
                                                             seconds=rng.randrange(60))
    return t - dt.timedelta(hours=uk_offset_hours(t))


def clamp(t):
    return max(START, min(END, t))


def days(n):
    return dt.timedelta(days=n)


# ---------------------------------------------------------------- random helpers
def wchoice(rng, pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------- names
def pick_group(rng):
    return wchoice(rng, GROUPS)


def first_name(rng, group, sex, born_year):
    n = NAMES[group]
    key = 'f' if sex == 'F' else 'm'
    if group == 'wb' and born_year < 1984:
        key = 'fo' if sex == 'F' else 'mo'
    return rng.choice(n[key])


def surname(rng, group):
    return rng.choice(NAMES[group]['s'])


# ---------------------------------------------------------------- people
class Person:
    __slots__ = ('key', 'pid', 'kind', 'sex', 'first', 'middle', 'last', 'born', 'group', 'occupation',
                 'network', 'nick', 'dims', 'aliases', 'phones', 'cars', 'addrs', 'known', 'title',
                 'tags', 'mentions', 'household', 'pnc', 'nhs', 'badge', 'employer', 'school', 'home', 'ident',
                 'twin', 'upn')

    def __init__(self, key, kind, sex, first, last, born, group):
        self.key = key
        self.pid = None
        self.kind = kind
        self.sex = sex
        self.first = first
        self.middle = ''
        self.last = last
        self.born = born            # dt.date or None
        self.group = group
        self.occupation = ''
        self.network = ''
        self.nick = []              # street names / nicknames
        self.dims = list(DIM.get(first, []))
        self.aliases = []           # other full names used (false names, anglicised names)
        self.phones = []            # [number, start, end]
        self.cars = []              # [Vehicle, start, end]
        self.addrs = []             # [address string, start, end]
        self.known = 'full'         # how the community knows him: full, first, nick, car
        self.title = ''
        self.tags = set()
        self.mentions = []          # (concern id, ref, form, received string)
        self.household = None
        self.pnc = ''
        self.nhs = ''
        self.badge = ''
        self.employer = ''
        self.school = None
        self.home = None
        self.ident = None           # from when police can put a full name to him (None: always)
        self.twin = None
        self.upn = ''

    @property
    def full(self):
        return f'{self.first} {self.last}'

    def is_child_at(self, t):
        return self.age(t) < 18

    def age(self, t):
        b = self.born
        a = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
        return a

    def _at(self, lst, t):
        best = None
        for item in lst:
            if item[1] <= t and (item[2] is None or t < item[2]):
                best = item[0]
        return best

    def phone_at(self, t):
        return self._at(self.phones, t)

    def car_at(self, t):
        return self._at(self.cars, t)

    def addr_at(self, t):
        a = self._at(self.addrs, t)
        if a is None and self.addrs:
            a = self.addrs[0][0]
        return a


class Vehicle:
    __slots__ = ('vrm', 'make', 'model', 'colour', 'taxi', 'plate')

    def __init__(self, vrm, make, model, colour, taxi=False, plate=''):
        self.vrm, self.make, self.model, self.colour = vrm, make, model, colour
        self.taxi, self.plate = taxi, plate


class Place:
    __slots__ = ('key', 'kind', 'name', 'address', 'variants', 'alt_kind', 'area')

    def __init__(self, key, kind, name, address, variants=(), alt_kind=None, area='KB'):
        self.key, self.kind, self.name, self.address = key, kind, name, address
        self.variants = list(variants)
        self.alt_kind = alt_kind
        self.area = area


class World:
    """Registry of persons, phones, vehicles, places; one per generated town."""

    def __init__(self, rng, scale):
        self.rng = rng
        self.scale = scale
        self.people = []
        self.used_full = {}
        mob = [f'07700900{n:03d}' for n in range(1000)]
        rng.shuffle(mob)
        self.mobiles = mob
        land = [f'01632960{n:03d}' for n in range(1000)]
        rng.shuffle(land)
        self.landlines = land
        self.vrms = set()
        self.places = {}
        self.house_no = {}

    # -- names
    def new_person(self, kind, sex=None, born=None, age_at=None, group=None, last=None, first=None,
                   occupation=''):
        rng = self.rng
        if sex is None:
            sex = 'F' if chance(rng, 0.5) else 'M'
        if born is None:
            t, a = age_at
            born = dt.date(t.year - a, 1, 1) - dt.timedelta(days=rng.randrange(365))
        if group is None:
            group = pick_group(rng)
        for _ in range(20):
            f = first or first_name(rng, group, sex, born.year)
            s = last or surname(rng, group)
            if (f, s) not in BLOCKED:
                break
        p = Person(len(self.people), kind, sex, f, s, born, group)
        p.occupation = occupation
        if group in ('pk', 'bd') and chance(rng, 0.35) and sex == 'M':
            # many men are registered with a first name they do not use
            p.middle = p.first
            p.first = rng.choice(('Mohammed', 'Muhammad', 'Mohammed'))
            p.aliases.append(f'{p.middle} {p.last}')
        elif chance(rng, 0.25):
            p.middle = first_name(rng, group, sex, born.year)
            if p.middle == p.first:
                p.middle = ''
        self.people.append(p)
        return p

    # -- phones
    def give_mobile(self, p, start, end=None, number=None):
        if number is None:
            if self.mobiles:
                number = self.mobiles.pop()
            else:                       # the drama range is only 1,000 numbers: recycle one
                number = f'07700900{self.rng.randrange(1000):03d}'
        p.phones.append([number, start, end])
        return number

    def landline(self):
        if self.landlines:
            return self.landlines.pop()
        return f'01632960{self.rng.randrange(1000):03d}'

    # -- vehicles
    def new_vrm(self, reg_year, area=None):
        rng = self.rng
        for _ in range(100):
            ar = area or rng.choice(VRM_AREA)
            yy = reg_year % 100
            if rng.random() < 0.5:
                yy += 50
                if yy == 50:
                    yy = 50
            elif reg_year == 2000:
                yy = 51
            v = f'{ar}{yy:02d}{"".join(rng.choice(VRM_LET) for _ in range(3))}'
            if v not in self.vrms:
                self.vrms.add(v)
                return v
        raise RuntimeError('vrm space')

    def new_car(self, acquired, taxi=False, make_model=None, colour=None):
        rng = self.rng
        mk, md = make_model or rng.choice(TAXI_CARS if taxi else CARS)
        col = colour or rng.choice(COLOURS)
        ry = max(2002, acquired.year - rng.randrange(0, 9 if not taxi else 4))
        v = Vehicle(self.new_vrm(ry), mk, md, col, taxi)
        return v

    def lookalike(self, car):
        """A different car whose plate differs by one or two characters, same colour and model."""
        rng = self.rng
        for _ in range(100):
            s = list(car.vrm)
            for _ in range(rng.choice((1, 1, 2))):
                i = rng.choice((0, 1, 4, 5, 6))
                s[i] = rng.choice(VRM_LET)
            v = ''.join(s)
            if v not in self.vrms:
                self.vrms.add(v)
                return Vehicle(v, car.make, car.model, car.colour, car.taxi)
        return self.new_car(START)

    def give_car(self, p, start, end=None, car=None, taxi=False):
        car = car or self.new_car(start, taxi=taxi)
        p.cars.append([car, start, end])
        return car

    # -- addresses
    def address(self, rv=False, flat=None):
        rng = self.rng
        st, pc = rng.choice(RV_STREETS if rv else STREETS)
        n = rng.randrange(1, 140)
        pcode = f'{pc} {rng.randrange(1, 9)}{rng.choice("ABDEFGHJLNPQRSTUWXY")}{rng.choice("ABDEFGHJLNPQRSTUWXY")}'
        if flat or (flat is None and rng.random() < 0.15):
            return f'Flat {rng.randrange(1, 12)}, {n} {st}, {pcode}'
        return f'{n} {st}, {pcode}'

    def give_address(self, p, start, end=None, addr=None):
        addr = addr or self.address()
        p.addrs.append([addr, start, end])
        return addr

    def place(self, key):
        return self.places[key]
