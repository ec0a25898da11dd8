"""How things get written down: names, phones, registrations, dates of birth, ages and times.

Every function takes the generator's random.Random so output depends only on the seed."""
import datetime as dt
import unicodedata
from names import VARIANT_SETS
from world import uk_offset_hours, wchoice, chance

_VAR = {}
for _s in VARIANT_SETS:
    for _w in _s:
        _VAR.setdefault(_w, [x for x in _s if x != _w])


def strip_accents(s):
    s = s.replace('Ł', 'L').replace('ł', 'l')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def typo(rng, w):
    if len(w) < 4:
        return w + w[-1]
    i = rng.randrange(1, len(w) - 1)
    k = rng.randrange(5)
    if k == 0:
        return w[:i] + w[i] + w[i:]             # doubled letter
    if k == 1:
        return w[:i] + w[i + 1:]                 # dropped letter
    if k == 2 and i < len(w) - 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]   # swapped letters
    if k == 3:
        for a, b in (('ph', 'f'), ('ie', 'ei'), ('ey', 'y'), ('ee', 'ea'), ('oo', 'u'), ('y', 'i'),
                     ('ck', 'k'), ('ll', 'l'), ('ss', 's'), ('sh', 'ch'), ('a', 'e'), ('ou', 'o')):
            if a in w[1:]:
                return w[0] + w[1:].replace(a, b, 1)
    return w[:i] + w[i + 1:]


def misspell_word(rng, w):
    if w in _VAR and chance(rng, 0.75):
        return rng.choice(_VAR[w])
    if w != strip_accents(w) and chance(rng, 0.5):
        return strip_accents(w)
    return typo(rng, w)


def used_first(p):
    """The first name a person goes by (a middle name, for men registered as Mohammed X Y)."""
    if p.middle and p.first in ('Mohammed', 'Muhammad') and p.aliases and p.aliases[0].startswith(p.middle):
        return p.middle
    return p.first


def _full_variants(rng, p):
    uf = used_first(p)
    if uf != p.first:
        return wchoice(rng, [(f'{uf} {p.last}', 5), (f'{p.first} {uf} {p.last}', 3),
                             (f'{p.first} {p.last}', 1)])
    if p.middle and chance(rng, 0.2):
        return f'{p.first} {p.middle} {p.last}'
    return f'{p.first} {p.last}'


def render_name(rng, p, level, style):
    """Return (name or None, form).  level: full | first | nick | alias | username | none.
    style: weights of the ways this agency writes a name it knows in full."""
    if level == 'none':
        return None, 'none'
    uf = used_first(p)
    if level == 'username':
        u = [a for a in p.nick if '_' in a or any(ch.isdigit() for ch in a)]
        if u:
            return rng.choice(u), 'username'
        level = 'nick'
    if level == 'alias':
        al = [a for a in p.aliases if not a.startswith(p.middle or '\x00')] or p.aliases
        if al:
            return rng.choice(al), 'alias'
        level = 'nick'
    if level == 'nick':
        nk = [a for a in p.nick if '_' not in a and not any(ch.isdigit() for ch in a)]
        if nk:
            n = rng.choice(nk)
            return wchoice(rng, [(n, 8), (f"'{n}'", 1), (n.upper(), 1), (f'{n} (nickname)', 1)]), 'nickname'
        level = 'first'
    if level == 'first':
        if p.dims and chance(rng, 0.35):
            return rng.choice(p.dims), 'diminutive'
        if chance(rng, 0.1):
            return misspell_word(rng, uf), 'misspelling'
        if chance(rng, 0.1):
            return f'{uf} {p.last[0]}', 'first'
        return uf, 'first'
    # full knowledge, agency style
    form = wchoice(rng, list(style.items()))
    full = _full_variants(rng, p)
    if form == 'full':
        if p.nick and chance(rng, 0.08):
            parts = full.split(' ')
            return f"{' '.join(parts[:-1])} '{rng.choice(p.nick)}' {parts[-1]}", 'full'
        if '-' in p.last and chance(rng, 0.3):
            return f'{uf} {rng.choice(p.last.split("-"))}', 'hyphen_part'
        if full != strip_accents(full) and chance(rng, 0.4):
            return strip_accents(full), 'ascii'
        return full, 'full'
    if form == 'upper':
        return full.upper(), 'upper'
    if form == 'surname_first':
        rest = full.rsplit(' ', 1)[0]
        return wchoice(rng, [(f'{p.last.upper()}, {rest}', 4), (f'{p.last}, {rest}', 3),
                             (f'{p.last.upper()} {rest}', 3), (f'{p.last.upper()} {rest.upper()}', 1)]), 'surname_first'
    if form == 'initials':
        return wchoice(rng, [(f'{uf[0]}. {p.last}', 4), (f'{uf[0]}{p.last[0]}', 2),
                             (f'{uf[0]}.{p.last[0]}.', 2), (f'{uf} {p.last[0]}.', 2)]), 'initials'
    if form == 'title':
        t = p.title or ('Mr' if p.sex == 'M' else rng.choice(('Mrs', 'Ms', 'Miss')))
        return wchoice(rng, [(f'{t} {p.last}', 4), (f'{t} {uf[0]} {p.last}', 2), (f'{t} {uf} {p.last}', 2)]), 'title'
    if form == 'misspelling':
        parts = full.split(' ')
        i = rng.randrange(len(parts))
        parts[i] = misspell_word(rng, parts[i])
        s = ' '.join(parts)
        return (s, 'misspelling') if s != full else (full, 'full')
    if form == 'first':
        return render_name(rng, p, 'first', style)
    if form == 'surname':
        return p.last.upper() if chance(rng, 0.5) else p.last, 'surname'
    return full, 'full'


# ---------------------------------------------------------------- phones
def render_phone(rng, num, partial_ok=True):
    if num.startswith('01632'):
        a, b = num[:5], num[5:]
        return wchoice(rng, [(f'{a} {b}', 6), (f'({a}) {b}', 2), (num, 2), (b, 1), (f'+44 {a[1:]} {b}', 1)])
    a, b = num[:5], num[5:]
    forms = [(f'{a} {b}', 10), (num, 6), (f'+44 {a[1:]} {b}', 2), (f'+44{num[1:]}', 2), (f'{a}-{b[:3]}-{b[3:]}', 1),
             (f'({a}) {b}', 1), (f'{num[:4]} {num[4:7]} {num[7:]}', 2), (f'{a} {b[:3]} {b[3:]}', 2),
             (f'44{num[1:]}', 1)]
    if partial_ok:
        forms += [(f'{a} {b[:4]}??', 1), (f'{a} {b[:3]}xxx', 1)]
    return wchoice(rng, forms)


# ---------------------------------------------------------------- vehicles
_MISREAD = {'O': '0', '0': 'O', 'I': '1', '1': 'I', 'B': '8', '8': 'B', 'S': '5', '5': 'S', 'Z': '2',
            'G': '6', 'D': 'O', 'M': 'N', 'N': 'M', 'V': 'Y', 'Y': 'V'}


def render_vrm(rng, vrm, quality):
    """quality: full (as on a licence), seen (witness), glimpse (a child's memory)."""
    sp = f'{vrm[:4]} {vrm[4:]}'
    if quality == 'full':
        return wchoice(rng, [(sp, 8), (vrm, 3), (sp.lower(), 1)])
    s = list(vrm)
    if quality == 'seen':
        k = wchoice(rng, [(0, 5), (1, 4), (2, 2)])
    else:
        k = wchoice(rng, [(1, 3), (2, 4), (3, 3), (4, 1)])
    idx = list(range(7))
    rng.shuffle(idx)
    for i in idx[:k]:
        s[i] = '?'
    if chance(rng, 0.08 if quality == 'seen' else 0.15):     # a misread character, not marked
        i = rng.choice([j for j in range(7) if s[j] != '?'] or [0])
        if s[i] in _MISREAD:
            s[i] = _MISREAD[s[i]]
    out = ''.join(s)
    if quality == 'glimpse' and chance(rng, 0.25):
        out = out[:4] if chance(rng, 0.5) else out[4:]      # only part was remembered
        return out
    out = f'{out[:4]} {out[4:]}' if chance(rng, 0.75) else out
    return out.lower() if chance(rng, 0.1) else out


def render_vehicle_desc(rng, v, quality):
    if v.taxi and chance(rng, 0.5):
        base = wchoice(rng, [(f'{v.colour} {v.model} taxi', 3), ('taxi', 2), (f'{v.make} {v.model} private hire', 1)])
        if v.plate and quality == 'full':
            base += f', plate {v.plate}'
        return base
    if quality == 'full':
        return wchoice(rng, [(f'{v.colour} {v.make} {v.model}', 5), (f'{v.make} {v.model}, {v.colour}', 3),
                             (f'{v.colour.upper()} {v.make.upper()} {v.model.upper()}', 1)])
    if quality == 'seen':
        return wchoice(rng, [(f'{v.colour} {v.model}', 6), (f'{v.colour} {v.make}', 2), (f'{v.colour} car', 1),
                             (f'{v.make} {v.model}', 1)])
    return wchoice(rng, [(f'{v.colour} car', 4), (f'{v.colour} {v.model}', 3), ('dark car', 1),
                         (f'{v.make}', 1), ('a taxi' if v.taxi else 'a car', 1)])


# ---------------------------------------------------------------- dates of birth and ages
def render_born(rng, born, quality):
    """quality: exact, partial, error, none."""
    if quality == 'none' or born is None:
        return None
    if quality == 'exact':
        return born.isoformat()
    if quality == 'partial':
        return born.strftime('%Y-%m') if chance(rng, 0.6) else str(born.year)
    # a clerical error
    k = rng.randrange(4)
    if k == 0 and born.day <= 12 and born.day != born.month:
        return f'{born.year:04d}-{born.day:02d}-{born.month:02d}'        # day and month swapped
    if k == 1:
        day = 28 if (born.month, born.day) == (2, 29) else born.day  # 29 February of a year without one is no date
        return f'{born.year + rng.choice((-1, 1)):04d}-{born.month:02d}-{day:02d}'
    if k == 2:
        d = born + dt.timedelta(days=rng.choice((-1, 1, 10, -10)))
        return d.isoformat()
    return str(born.year + rng.choice((-1, 0, 1)))


def estimate_age(rng, true_age, who):
    """who: child (told or guessed), adult_est (a child's guess of a man's age), adult_known."""
    if who == 'child':
        return max(10, true_age + wchoice(rng, [(0, 8), (1, 2), (-1, 1)]))
    if who == 'adult_known':
        return true_age
    err = int(round(rng.gauss(-2 if true_age > 30 else 1, 5)))
    return max(16, true_age + err)


# ---------------------------------------------------------------- times
def local(t):
    h = uk_offset_hours(t)
    return t + dt.timedelta(hours=h), h


def render_time(rng, t, style):
    if style == 'z':
        return t.strftime('%Y-%m-%dT%H:%M:%SZ')
    if style == 'zms':
        return t.strftime('%Y-%m-%dT%H:%M:%S') + '.000Z'
    if style == 'z_min':
        return t.strftime('%Y-%m-%dT%H:%MZ')
    lt, h = local(t)
    off = f'+0{h}:00'
    if style == 'offset':
        return lt.strftime('%Y-%m-%dT%H:%M:%S') + off
    if style == 'offset_min':
        return lt.strftime('%Y-%m-%dT%H:%M') + off
    if style == 'local_as_z':        # a system that stamps local clock time with a Z
        return lt.strftime('%Y-%m-%dT%H:%M:%SZ')
    if style == 'midnight':          # a system that holds dates only
        return lt.strftime('%Y-%m-%dT00:00:00') + off
    raise ValueError(style)


def parse_instant(s):
    """UTC naive datetime from an ISO-8601 instant or offset date-time."""
    if s.endswith('Z'):
        body, off = s[:-1], dt.timedelta(0)
    else:
        body, sign, oh = s[:-6], s[-6], s[-5:]
        off = dt.timedelta(hours=int(oh[:2]), minutes=int(oh[3:]))
        if sign == '-':
            off = -off
    if '.' in body:
        body = body.split('.')[0]
    fmt = '%Y-%m-%dT%H:%M:%S' if body.count(':') == 2 else '%Y-%m-%dT%H:%M'
    return dt.datetime.strptime(body, fmt) - off
