#!/usr/bin/env python3
"""Town 3: a synthetic town ("Calderby", 2005-2016) of about 3,000 concerns in Vigil's interchange format,
with ground truth, modelled loosely on what the Rotherham, Rochdale and Telford inquiries describe.

usage: python3 gen.py SEED OUTDIR      -> OUTDIR/town.jsonl, OUTDIR/truth.json

Everyone is synthetic. Names are drawn from one pool for offenders and for benign adults alike, so a name
carries no signal. Truth: every mention -> person id; every person -> kind (child / offender / benign adult
of a given kind / other adult); vehicles and places -> owner or whether offenders use them.
"""
import datetime as dt
import json
import random
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1
OUT = sys.argv[2] if len(sys.argv) > 2 else "."
R = random.Random(SEED)
START = dt.datetime(2005, 1, 1)
END = dt.datetime(2016, 12, 31)

# ---------------------------------------------------------------- name pools (one pool for all adults)
MALE = ("David Stephen Mark Paul Darren Lee Gary Wayne Imran Asif Tariq Zaheer Arshad Sajid Kamran Mohammed Adil "
        "Basharat Shabir Tony Kevin Craig Jason Dean Ryan Ali Hussain Umar Raja Aziz Karim Sanjay Vikram Jatinder "
        "Marek Tomasz Florin Liam Shaun Neil Carl Ian Kieran Jamal Tyrone Delroy Nadeem Shahid Qadir Graham "
        "Martin Steven Andrew Michael Simon Robert Peter Gareth Mustafa Yusuf Bilal Zafar Arif Rizwan").split()
FEMALE_ADULT = ("Susan Karen Julie Tracey Janet Angela Jackie Sharon Lorraine Mandy Nicola Claire Joanne Helen "
                "Rachel Sarah Amanda Dawn Shazia Nasreen Farah Yasmin Gillian Pauline Carol Wendy Denise "
                "Lisa Michelle Bev Sue Jan Ruth Anne").split()
GIRLS = ("Kayleigh Jade Chelsea Stacey Danielle Amy Leanne Sophie Chantelle Jodie Kirsty Gemma Holly Charlotte "
         "Rebecca Shannon Courtney Lauren Megan Bethany Tasha Demi Paige Casey Aimee Jasmine Ellie Keeley Shauna "
         "Toni Nikita Samira Aisha Zara Ruby Kelsey Hayley Natalie Emma Sarah Laura Katie Abbie Georgia Tegan Mia "
         "Lacey Chloe Jessica Amber Kerry Tiffany Brooke Leah Rhiannon Sian Jodie").split()
BOYS = ("Jordan Callum Kyle Connor Brandon Reece Liam Jake Kieran Tyler Ryan Josh Bradley Dylan Aaron Nathan "
        "Ashley Luke Adam Zain Hamza Bilal Declan Mason Ethan Lewis").split()
SURNAMES = ("Marsh Hall Wilson Barker Holmes Shaw Taylor Walker Wright Hughes Turner Jackson Green Wood Hill "
            "Clarke Roberts Cooper Ward Morris Baker Harrison Kaur Khan Hussain Ahmed Akhtar Iqbal Ali Begum "
            "Singh Patel Sharma Kowalski Nowak Popescu Lewis Robinson Thompson White Edwards Bailey Kelly "
            "Fletcher Booth Hirst Sykes Ackroyd Beaumont Crowther Dyson Haigh Lockwood Mellor Naylor Pickles "
            "Ramsden Senior Stringer Tattersall Uttley Whiteley Brook Heaton Firth Mahmood Rashid Aslam "
            "Butt Dar Malik Mirza Qureshi Sadiq Shah Yousaf Chaudhry Nawaz Farooq").split()
NICKS = ("Mo Bully Tiger Saj Boss Ash Kaz Shaz Mango Biggie Chubbs Taz Jock Smudge Spider Tank Rocky Max Dodge "
         "Bash Kingy Yaz Zed Dazza Mick Scouse Dabs Blue Ginge Jay Kash Az Rocket Prince Ace Slim Bigman Dino "
         "Nas Rizzy Shab Tez Gaz Baz Tel Coco Boxer").split()
VARIANTS = {"Kayleigh": ["Kayley", "Kaleigh", "Kaley"], "Chantelle": ["Shantelle", "Chantel"],
            "Jodie": ["Jody"], "Leanne": ["Lianne", "Leann"], "Stacey": ["Stacy"], "Aimee": ["Amy"],
            "Demi": ["Demmi"], "Keeley": ["Keely", "Keighley"], "Shauna": ["Shona"], "Toni": ["Tony"],
            "Kirsty": ["Kirstie"], "Tasha": ["Natasha"], "Rhiannon": ["Rianne"], "Sian": ["Shan"],
            "Mohammed": ["Mohammad", "Muhammad", "Mohamed"], "Stephen": ["Steven"], "Shaun": ["Shawn", "Sean"],
            "Sajid": ["Sajjid", "Saj"], "Imran": ["Imraan"], "Tariq": ["Tarik"], "Zaheer": ["Zahir"],
            "Kamran": ["Kamron"], "Basharat": ["Basharet"], "Hussain": ["Hussein", "Husain"],
            "Darren": ["Daren"], "Kieran": ["Keiran"], "Jamal": ["Jamaal"], "Arshad": ["Arshid"],
            "Yusuf": ["Yousef", "Yusef"], "Rizwan": ["Rizwaan"], "Callum": ["Calum"], "Reece": ["Rees"]}
STREETS = ("Ferham Rd|Wellgate|Moorgate Rd|Eastwood Lane|Clifton Tce|Broom Rd|Herringthorpe Valley Rd|"
           "Masbrough St|Kimberworth Rd|Doncaster Gate|Canklow Rd|Dalton Lane|Thrybergh Tce|Greasbrough Rd|"
           "Wath Rd|Rawmarsh Hill|Park St|Mill Lane|Victoria St|Chapel Walk|Station Rd|Albert Rd|"
           "Oakwood Rd|Fenton Rd|Laughton Rd|Badsley Moor Lane|Godstone Rd|Psalters Lane").split("|")


def postcode():
    return f"CB{R.randint(1, 9)} {R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def address():
    return f"{R.randint(1, 160)} {R.choice(STREETS)}, {postcode()}"


def misspell(s):
    if len(s) < 4:
        return s
    i = R.randrange(1, len(s) - 1)
    op = R.random()
    if op < 0.3:
        return s[:i] + s[i + 1:]
    if op < 0.6:
        return s[:i] + s[i] + s[i:]
    if op < 0.85 and i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + R.choice("aeiouy") + s[i + 1:]


# ---------------------------------------------------------------- people, vehicles, places
PEOPLE = {}
MENTIONS = {}
VEHICLES = {}   # canonical vrm -> {"owner": pid, "offender": bool}
PLACES = {}     # place id -> dict


class Person:
    def __init__(self, kind, sub, sex, born, first, last, nicks=(), phones=(), vehicles=(), addr=None):
        self.pid = f"T{len(PEOPLE) + 1:05d}"
        self.kind, self.sub, self.sex, self.born = kind, sub, sex, born
        self.first, self.last, self.nicks = first, last, list(nicks)
        self.phones, self.vehicles, self.addr = list(phones), list(vehicles), addr or address()
        self.places = []
        PEOPLE[self.pid] = self

    def age(self, t):
        return int((t - self.born).days // 365.25)

    def truth(self):
        return {"kind": self.kind, "sub": self.sub, "name": f"{self.first} {self.last}", "nicks": self.nicks,
                "born": self.born.date().isoformat(), "sex": self.sex}


_used_phones = set()


def new_phone():
    while True:
        p = f"07700 9{R.randint(0, 99999):05d}" if R.random() < 0.5 else f"07{R.choice('4589')}{R.randint(10, 99)} {R.randint(100000, 999999)}"
        if p not in _used_phones:
            _used_phones.add(p)
            return p


def render_phone(p):
    d = p.replace(" ", "")
    if R.random() < 0.04:  # a digit miscopied
        i = R.randrange(5, 11)
        d = d[:i] + str((int(d[i]) + 1) % 10) + d[i + 1:]
    f = R.random()
    if f < 0.3:
        return d[:5] + " " + d[5:]
    if f < 0.5:
        return d
    if f < 0.62:
        return "+44" + d[1:]
    if f < 0.72:
        return "+44 " + d[1:5] + " " + d[5:8] + " " + d[8:]
    if f < 0.84:
        return d[:4] + " " + d[4:7] + " " + d[7:]
    if f < 0.94:
        return d[:5] + "-" + d[5:]
    return "(" + d[:5] + ") " + d[5:8] + " " + d[8:]


CARS = ["silver Vauxhall Astra", "black VW Passat", "grey Toyota Avensis", "white Skoda Octavia",
        "silver Toyota Prius", "blue Ford Focus", "black BMW 3 series", "red Vauxhall Corsa",
        "silver Mercedes C class", "white Ford Transit van", "black Audi A4", "green Nissan Primera",
        "silver Peugeot 406", "maroon Honda Accord", "black Vauxhall Vectra", "silver VW Golf"]


def new_vrm(year):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    yy = year % 100
    age_id = R.choice([yy, yy + 50]) if year >= 2002 else R.randint(51, 99)
    if age_id > 99:
        age_id = yy
    return f"{R.choice('YSKLMN')}{R.choice(L)}{age_id:02d} {R.choice(L)}{R.choice(L)}{R.choice(L)}"


def new_vehicle(owner, year, offender, desc=None):
    v = {"vrm": new_vrm(year), "description": desc or R.choice(CARS)}
    VEHICLES[v["vrm"]] = {"owner": owner.pid, "offender": offender, "description": v["description"]}
    owner.vehicles.append(v)
    return v


def render_vrm(vrm, clean=False):
    s = vrm
    if not clean:
        f = R.random()
        chars = list(s)
        if f < 0.35:  # partial: 1-3 unknown characters
            idx = [i for i, c in enumerate(chars) if c != " "]
            for i in R.sample(idx, R.choice([1, 1, 2, 3])):
                chars[i] = "?"
            s = "".join(chars)
        elif f < 0.45:
            s = s.replace(" ", "")
        elif f < 0.52:
            s = s.lower()
        elif f < 0.56:  # misread O/0, I/1, S/5
            tr = {"O": "0", "0": "O", "I": "1", "S": "5", "5": "S", "B": "8"}
            i = R.randrange(len(chars))
            chars[i] = tr.get(chars[i], chars[i])
            s = "".join(chars)
    return s


def render_desc(desc):
    w = desc.split()
    f = R.random()
    if f < 0.4:
        return desc
    if f < 0.7:
        return w[0] + " " + w[-1] if len(w) > 2 else desc
    if f < 0.85:
        return (w[0] + " car").lower()
    return desc.lower()


class Place:
    def __init__(self, kind, name, addr, hotspot=False):
        self.id = f"L{len(PLACES) + 1:03d}"
        self.kind, self.name, self.addr, self.hotspot = kind, name, addr, hotspot
        PLACES[self.id] = self

    def render(self):
        n = self.name
        f = R.random()
        if f < 0.15 and self.kind == "takeaway":
            n = n + "s" if not n.endswith("s") else n[:-1]
        elif f < 0.25:
            n = n.lower()
        elif f < 0.32:
            n = "the " + n
        d = {"kind": self.kind, "name": n}
        if R.random() < 0.6:
            d["address"] = self.addr if R.random() < 0.7 else self.addr.split(",")[0]
        return d


def mk_places():
    tk = ["Star Pizza", "Kebab King", "Mario's Pizzeria", "Golden Fry", "Tasty Chicken", "Shalimar Balti",
          "Pizza Express Calderby", "Dixy Grill", "Spice Garden", "Big Bite"]
    tx = ["Calder Cars", "A1 Taxis", "Speedline Private Hire", "Central Cabs", "Town Cars", "Apollo Taxis"]
    ho = ["Travel Stop Calderby", "Park View Hotel", "Station Hotel", "Grand Guest House"]
    cp = ["Forge Island car park", "Drummond St car park", "Retail park car park", "Moorgate multi-storey"]
    pk = ["Clifton Park", "Boston Castle park", "Ferham Park", "the rec on Broom Rd"]
    sc = ["Calderby Academy", "Oakwood High", "Wath Comprehensive", "Thrybergh School", "St Bede's RC High",
          "Rawmarsh Community School", "Wingfield Academy", "Brinsworth High"]
    ch = ["Hollybank children's home", "Silverwood House", "The Willows residential unit", "Eastwood Lodge"]
    sh = ["Nisa Local Wellgate", "Park St off-licence", "Costcutter Masbrough", "the phone shop on Doncaster Gate"]
    o = {"takeaway": [Place("takeaway", n, address()) for n in tk],
         "taxi_firm": [Place("taxi_firm", n, address()) for n in tx],
         "hotel": [Place("hotel", n, address()) for n in ho],
         "car_park": [Place("car_park", n, address()) for n in cp],
         "park": [Place("park", n, address()) for n in pk],
         "school": [Place("school", n, address()) for n in sc],
         "care_home": [Place("care_home", n, address()) for n in ch],
         "shop": [Place("shop", n, address()) for n in sh]}
    o["club"] = [Place("other", n, address()) for n in ["Calderby Juniors FC", "Eastwood Boxing Club",
                                                         "Calderby Swimming Club", "Oakwood Youth Centre"]]
    return o


PL = mk_places()

# ---------------------------------------------------------------- agencies and authors
AGENCIES = {
    "police": ("Calderby Police", "WP", "police officer", ["DC", "PC", "DS"]),
    "intel": ("Calderby Police Intelligence", "INT", "intelligence officer", ["DC", "PC"]),
    "missing": ("Missing Persons Team", "MP", "missing persons coordinator", [""]),
    "social": ("Calderby Children's Social Care", "SC", "social worker", [""]),
    "youth": ("Calderby Youth Project", "YP", "youth worker", [""]),
    "school": ("Education Safeguarding", "ED", "designated safeguarding lead", ["Mr", "Mrs", "Ms"]),
    "sexual_health": ("Sexual Health Service", "SH", "sexual health nurse", [""]),
    "ae": ("Calderby General A&E", "AE", "staff nurse", [""]),
    "licensing": ("Calderby Taxi Licensing", "TL", "licensing officer", [""]),
    "lado": ("Local Authority Designated Officer", "LA", "LADO", [""]),
}
AUTHORS = {}
for k, (ag, pre, role, titles) in AGENCIES.items():
    AUTHORS[k] = []
    for i in range(R.randint(4, 9) if k not in ("licensing", "lado") else 2):
        first = R.choice(MALE + FEMALE_ADULT)
        AUTHORS[k].append({"id": f"{pre.lower()}-{i + 1:02d}",
                           "name": (R.choice(titles) + " " if R.choice(titles) else "") + f"{first[0]}. {R.choice(SURNAMES)}",
                           "role": role})
SEQ = {}
CONCERNS = []
DECISIONS = []


def rt(a, b):
    """random time between a and b"""
    a, b = max(a, START), min(b, END)
    if b <= a:
        return a
    return a + dt.timedelta(seconds=R.randrange(int((b - a).total_seconds())))


class Concern:
    def __init__(self, agency_key, t, author=None):
        ag, pre, role, _ = AGENCIES[agency_key]
        SEQ[(pre, t.year)] = SEQ.get((pre, t.year), 0) + 1
        self.key = agency_key
        self.id = f"{pre}-{t.year}-{SEQ[(pre, t.year)]:05d}"
        self.t = t.replace(microsecond=0)
        self.agency = ag
        self.author = author or R.choice(AUTHORS[agency_key])
        self.subjects, self.places, self.ind, self.off, self.narr = [], [], set(), [], []
        self.place_refs = {}
        self.grading = None
        self.truth = {}  # ref -> pid
        self.kind = ""

    def place(self, pl):
        if pl.id not in self.place_refs:
            ref = f"p{len(self.places) + 1}"
            d = {"ref": ref}
            d.update(pl.render())
            self.places.append(d)
            self.place_refs[pl.id] = ref
        return self.place_refs[pl.id]

    def add(self, p, role, name=None, aliases=None, dob=None, age=None, sex=True, addr=False, phones=(),
            vehicles=(), places=()):
        ref = f"s{len(self.subjects) + 1}"
        s = {"ref": ref, "role": role}
        if name:
            s["name"] = name
        if aliases:
            s["aliases"] = aliases
        if dob:
            s["born"] = dob
        if age is not None:
            s["age"] = age
        if sex and p.sex:
            s["sex"] = p.sex
        if addr:
            s["address"] = addr if isinstance(addr, str) else p.addr
        if phones:
            s["phones"] = [render_phone(x) for x in phones]
        if vehicles:
            s["vehicles"] = vehicles
        if places:
            s["places"] = [self.place(pl) for pl in places]
        self.subjects.append(s)
        self.truth[ref] = p.pid
        return s

    def emit(self):
        d = {"type": "concern", "id": self.id, "received": self.t.isoformat() + "Z", "agency": self.agency,
             "author": self.author, "subjects": self.subjects}
        if self.places:
            d["places"] = self.places
        if self.ind:
            d["indicators"] = sorted(self.ind)
        if self.off:
            d["offences"] = self.off
        if self.grading:
            d["grading"] = self.grading
        if self.narr:
            d["narrative"] = " ".join(self.narr)
        CONCERNS.append((d, self))
        for ref, pid in self.truth.items():
            MENTIONS[f"{self.id}/{ref}"] = pid
        return d


# ---------------------------------------------------------------- rendering people as agencies write them
def child_name(c, formal=True):
    first = c.first
    if first in VARIANTS and R.random() < (0.1 if formal else 0.3):
        first = R.choice(VARIANTS[first])
    if c.nicks and R.random() < (0.03 if formal else 0.12):
        first = c.nicks[0]
    if not formal and R.random() < 0.35:
        return first
    last = c.last if R.random() > (0.06 if formal else 0.15) else misspell(c.last)
    return f"{first} {last}"


def child_dob(c, key):
    d = c.born
    if key in ("social", "school", "police", "missing") and R.random() < 0.85:
        return d.date().isoformat()
    if key in ("youth", "sexual_health") and R.random() < 0.5:
        return d.strftime("%Y-%m")
    if R.random() < 0.2:
        return d.strftime("%Y")
    return None


def add_child(cn, c, role="victim", formal=None):
    formal = cn.key in ("social", "school", "police", "missing", "lado") if formal is None else formal
    dob = child_dob(c, cn.key)
    age = c.age(cn.t) if (dob is None or R.random() < 0.5) else None
    addr = c.home_at(cn.t) if R.random() < (0.6 if formal else 0.2) else False
    phones = [c.phones[0]] if c.phones and R.random() < 0.15 else ()
    return cn.add(c, role, name=child_name(c, formal), dob=dob, age=age, addr=addr, phones=phones)


def offender_name(o, key, level):
    """level: 0 nickname/first only, 1 first+surname, 2 full with alias"""
    if level == 0:
        if o.nicks and R.random() < 0.6:
            return R.choice(o.nicks), None
        f = o.first if R.random() > 0.2 else R.choice(VARIANTS.get(o.first, [o.first]))
        return f, None
    last = o.last if R.random() > 0.15 else misspell(o.last)
    f = o.first if R.random() > 0.15 else R.choice(VARIANTS.get(o.first, [o.first]))
    if level == 2 and o.nicks:
        return f"{f} {last}", [R.choice(o.nicks)]
    return f"{f} {last}", None


def add_offender(cn, o, role="suspect", level=None, show_vehicle=0.35, show_phone=0.2, places=(), est=True):
    if level is None:
        level = {"police": R.choice([0, 0, 1, 2]), "intel": R.choice([0, 1, 2, 2]), "licensing": 1,
                 "lado": 1}.get(cn.key, R.choice([0, 0, 0, 1]))
    name, aliases = offender_name(o, cn.key, level)
    age = None
    dob = None
    if level >= 1 and cn.key in ("police", "intel", "licensing", "lado") and R.random() < 0.6:
        dob = o.born.date().isoformat()
    elif est and R.random() < 0.7:
        age = max(18, o.age(cn.t) + R.randint(-6, 6))
    vehicles = []
    if o.vehicles and R.random() < show_vehicle:
        v = R.choice(o.vehicles)
        vv = {}
        if R.random() < 0.85:
            vv["vrm"] = render_vrm(v["vrm"], clean=cn.key in ("licensing",))
        vv["description"] = render_desc(v["description"])
        vehicles.append(vv)
    phones = [R.choice(o.phones)] if o.phones and R.random() < show_phone else ()
    addr = o.addr if level >= 1 and R.random() < 0.3 else False
    return cn.add(o, role, name=name, aliases=aliases, dob=dob, age=age, addr=addr, phones=phones,
                  vehicles=vehicles, places=places)


def add_unknown(cn, o, vehicle=True):
    """an unidentified adult: 'unknown male', maybe with the car"""
    vehicles = []
    if vehicle and o.vehicles:
        v = R.choice(o.vehicles)
        vv = {"description": render_desc(v["description"])}
        if R.random() < 0.7:
            vv["vrm"] = render_vrm(v["vrm"])
        vehicles.append(vv)
    name = R.choice(["unknown male", "UK male", "older male", None, "unknown adult male"])
    return cn.add(o, "suspect", name=name, age=max(18, o.age(cn.t) + R.randint(-8, 8)) if R.random() < 0.5 else None,
                  vehicles=vehicles)


def prof_name(b):
    f = R.random()
    if f < 0.35:
        return f"{b.first} {b.last}"
    if f < 0.55:
        return f"{'Mr' if b.sex == 'M' else R.choice(['Mrs', 'Ms'])} {b.last}"
    if f < 0.75:
        return f"{b.first[0]}. {b.last}"
    if f < 0.9:
        return b.first
    return f"{b.first} {misspell(b.last)}"


def add_benign(cn, b, role, phone=0.5, addr=0.2, vehicle=0.0, places=()):
    vehicles = []
    if b.vehicles and R.random() < vehicle:
        v = R.choice(b.vehicles)
        vehicles.append({"vrm": render_vrm(v["vrm"], clean=R.random() < 0.7), "description": render_desc(v["description"])})
    return cn.add(b, role, name=prof_name(b), age=b.age(cn.t) if R.random() < 0.1 else None,
                  phones=[R.choice(b.phones)] if b.phones and R.random() < phone else (),
                  addr=b.addr if R.random() < addr else False, vehicles=vehicles, places=places)


# ---------------------------------------------------------------- decisions
NFA_POLICE = ["lifestyle choice; no complaint made", "victim not engaging; no further action",
              "relationship appears consensual; no offences disclosed", "insufficient evidence",
              "YP refused to provide statement", "no offences identified", "returned safe and well; no concerns raised",
              "intelligence only; filed", "no complaint from child or parent", "suspect not identified",
              "CPS advice: no realistic prospect of conviction", "child says she is in a relationship; not pursued",
              "filed pending further information"]
NFA_OTHER = ["no role for social care; advice given", "threshold not met", "parent managing; closed",
             "information only", "concerns not substantiated", "family declined support"]
DSEQ = [0]


def decide(cn, outcome, delay_days=None, reason=None, by=None):
    DSEQ[0] += 1
    if delay_days is None:
        delay_days = R.expovariate(1 / 9) if R.random() < 0.85 else R.uniform(45, 400)
    at = (cn.t + dt.timedelta(days=delay_days, minutes=R.randint(5, 600))).replace(microsecond=0)
    if at > END + dt.timedelta(days=200):
        return
    d = {"type": "decision", "id": f"D-{at.year}-{DSEQ[0]:06d}", "concern": cn.id, "at": at.isoformat() + "Z",
         "by": by or R.choice(AUTHORS["police" if cn.key in ("police", "intel", "missing") else cn.key]),
         "outcome": outcome}
    if outcome == "no_further_action":
        d["reason"] = reason or R.choice(NFA_POLICE if cn.key in ("police", "intel", "missing") else NFA_OTHER)
    elif reason:
        d["reason"] = reason
    DECISIONS.append(d)


def decide_default(cn, serious=False, late_success=False):
    if R.random() < 0.09:  # never decided
        return
    if cn.key in ("police", "intel", "missing", "licensing"):
        if late_success:
            decide(cn, R.choice(["arrest", "investigation", "charge", "crime_recorded"]))
        elif R.random() < 0.85:
            decide(cn, "no_further_action")
        else:
            decide(cn, R.choice(["crime_recorded", "investigation", "referred", "other"]))
    elif cn.key == "social":
        f = R.random()
        if f < 0.45:
            decide(cn, "no_further_action")
        else:
            decide(cn, R.choice(["referred", "strategy_meeting", "safeguarding_plan"]) if serious else R.choice(
                ["referred", "safeguarding_plan", "other"]))
    elif cn.key == "lado":
        decide(cn, "no_further_action", reason=R.choice(["allegation unsubstantiated", "within policy; advice given",
                                                          "allegation unfounded", "no further action; training need identified"]))
    else:
        decide(cn, R.choice(["referred", "referred", "other", "no_further_action"]))


# ---------------------------------------------------------------- population
def born_for(age_at, t):
    return t - dt.timedelta(days=age_at * 365.25 + R.randint(0, 364))


def new_adult(kind, sub, sex=None, age_range=(25, 55), year=2005):
    sex = sex or R.choice("MF")
    first = R.choice(MALE if sex == "M" else FEMALE_ADULT)
    b = born_for(R.randint(*age_range), dt.datetime(year, 1, 1))
    return Person(kind, sub, sex, b, first, R.choice(SURNAMES))


class Child(Person):
    def __init__(self, t_active, sex=None):
        sex = sex or ("F" if R.random() < 0.88 else "M")
        first = R.choice(GIRLS if sex == "F" else BOYS)
        super().__init__("child", "child", sex, born_for(R.randint(11, 14), t_active), first, R.choice(SURNAMES))
        if R.random() < 0.1:
            self.nicks = [first[:3] if len(first) > 4 else first + "y"]
        if R.random() < 0.5:
            self.phones = [new_phone()]
        self.homes = [(START, self.addr)]
        self.school = R.choice(PL["school"])
        self.carer = None
        self.transport = None

    def home_at(self, t):
        a = self.homes[0][1]
        for since, addr in self.homes:
            if since <= t:
                a = addr
        return a


# benign adults
FOSTER = []
for i in range(14):
    f = new_adult("benign", "foster_carer", "F", (35, 58))
    if R.random() < 0.6:
        f.phones = [new_phone()]
    if R.random() < 0.3:
        new_vehicle(f, 2004, False, R.choice(["blue Vauxhall Zafira", "silver Ford Galaxy", "red Citroen Picasso"]))
    f.places = []
    FOSTER.append(f)
CARE_STAFF = []
for home in PL["care_home"]:
    for i in range(3):
        s = new_adult("benign", "residential_worker", None, (22, 55))
        s.addr = home.addr
        s.places = [home]
        s.phones = [new_phone()] if R.random() < 0.4 else []
        CARE_STAFF.append(s)
TRANSPORT = []
for i in range(10):
    d = new_adult("benign", "school_transport_driver", "M" if R.random() < 0.85 else "F", (30, 62))
    d.phones = [new_phone()]
    new_vehicle(d, R.randint(2002, 2010), False, R.choice(["silver Toyota Prius", "white Ford Tourneo", "black Skoda Superb",
                                                           "silver VW Sharan", "white Peugeot Expert minibus"]))
    d.places = [R.choice(PL["taxi_firm"])]
    d.route_school = R.choice(PL["school"])
    TRANSPORT.append(d)
YOUTHW = []
for i in range(9):
    y = new_adult("benign", "youth_worker", "F" if R.random() < 0.7 else "M", (24, 50))
    y.phones = [new_phone()]
    YOUTHW.append(y)
TEACHERS = {}
for sc in PL["school"]:
    TEACHERS[sc.id] = []
    for i in range(2):
        tch = new_adult("benign", "teacher", None, (28, 58))
        tch.phones = [new_phone()] if R.random() < 0.3 else []
        tch.places = [sc]
        TEACHERS[sc.id].append(tch)
COACHES = []
for club in PL["club"]:
    for i in range(2):
        co = new_adult("benign", "coach", "M" if R.random() < 0.8 else "F", (25, 60))
        co.phones = [new_phone()]
        co.places = [club]
        if R.random() < 0.5:
            new_vehicle(co, 2006, False, R.choice(["white Ford Transit minibus", "silver VW Touran", "blue Ford Focus"]))
        COACHES.append(co)
HOTEL_STAFF = [new_adult("benign", "witness_staff", None, (20, 60)) for _ in PL["hotel"]]
for h, s in zip(PL["hotel"], HOTEL_STAFF):
    s.places = [h]
DISPATCHERS = [new_adult("benign", "witness_staff", None, (25, 60)) for _ in PL["taxi_firm"]]
for h, s in zip(PL["taxi_firm"], DISPATCHERS):
    s.places = [h]
    s.phones = [new_phone()]
SHOPSTAFF = [new_adult("benign", "witness_staff", None, (20, 60)) for _ in PL["shop"]]
for h, s in zip(PL["shop"], SHOPSTAFF):
    s.places = [h]
BENIGN_TRUSTED = FOSTER + CARE_STAFF + TRANSPORT + YOUTHW + [t for v in TEACHERS.values() for t in v] + COACHES


def parent_of(c):
    if not hasattr(c, "parent"):
        p = new_adult("benign", "parent", "F" if R.random() < 0.8 else "M", (30, 50))
        p.last = c.last if R.random() < 0.7 else p.last
        p.addr = c.addr
        p.phones = [new_phone()] if R.random() < 0.6 else []
        c.parent = p
    return c.parent


def place_in_care(c, t):
    if R.random() < 0.55:
        f = R.choice(FOSTER)
        c.carer = f
        c.homes.append((t, f.addr))
    else:
        home = R.choice(PL["care_home"])
        c.carer = R.choice([s for s in CARE_STAFF if s.places[0] is home])
        c.homes.append((t, home.addr))
        c.home_place = home


# ---------------------------------------------------------------- offenders
OFFENDERS = []


def new_offender(sub, year, age=(19, 45), nveh=None, taxi=False):
    o = new_adult("offender", sub, "M", age, year)
    o.nicks = R.sample(NICKS, R.choice([0, 1, 1, 1, 2]))
    o.phones = [new_phone() for _ in range(R.choice([1, 1, 2, 3]))]
    for _ in range(R.choice([0, 1, 1, 2]) if nveh is None else nveh):
        new_vehicle(o, R.randint(max(2001, year - 6), year + 1), True, "silver Toyota Prius taxi" if taxi and not o.vehicles else None)
    OFFENDERS.append(o)
    return o


NETWORKS = []
for n in range(6):
    year = R.randint(2005, 2011)
    span = (dt.datetime(year, R.randint(1, 12), 1), dt.datetime(min(2016, year + R.randint(3, 6)), R.randint(1, 12), 28))
    size = R.randint(3, 7)
    members = [new_offender("network", year) for _ in range(size)]
    tk = R.choice(PL["takeaway"])
    tk.hotspot = True
    firm = R.choice(PL["taxi_firm"]) if R.random() < 0.6 else None
    if firm:
        firm.hotspot = True
        for m in members[:R.randint(1, 2)]:
            m.taxi = firm
            if not m.vehicles:
                new_vehicle(m, year, True, "silver Toyota Prius")
    hot = [tk] + ([firm] if firm else []) + ([R.choice(PL["hotel"])] if R.random() < 0.5 else []) + [R.choice(PL["car_park"] + PL["park"])]
    for h in hot:
        h.hotspot = True
    # one shared "group phone" and a shared car, as the inquiries describe
    if R.random() < 0.5:
        ph = new_phone()
        for m in R.sample(members, 2):
            m.phones.append(ph)
    if R.random() < 0.5 and members[0].vehicles:
        members[1].vehicles.append(members[0].vehicles[0])
    for m in members:
        m.places = [tk] + ([firm] if getattr(m, "taxi", None) else [])
    # some members are peripheral: named rarely
    weights = [R.choice([5, 4, 3, 2, 1, 0.4]) for _ in members]
    weights[0] = 6
    NETWORKS.append({"members": members, "weights": weights, "span": span, "hot": hot, "tk": tk, "firm": firm})

LONE = []
for i in range(5):
    year = R.randint(2005, 2013)
    o = new_offender(R.choice(["lone_boyfriend", "lone_online", "lone_takeaway"]), year, (20, 40))
    LONE.append((o, year))
# offenders in positions of trust, each with an ordinary professional life too
TRUST = []
o = new_offender("trust_transport_driver", 2007, (35, 55), nveh=0)
new_vehicle(o, 2006, True, "silver VW Sharan")
o.places = [R.choice(PL["taxi_firm"])]
o.route_school = R.choice(PL["school"])
TRUST.append(o)
o = new_offender("trust_youth_worker", 2008, (25, 40), nveh=1)
TRUST.append(o)
o = new_offender("trust_foster_carer", 2006, (40, 55), nveh=1)
o.addr = address()
TRUST.append(o)
o = new_offender("trust_coach", 2009, (28, 45), nveh=1)
o.places = [PL["club"][0]]
TRUST.append(o)
for o in TRUST:
    o.nicks = []  # known by their own names

CHILDREN = []


# ---------------------------------------------------------------- episode writers
def cse_indicators(k=None):
    base = ["older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "multiple_adults", "money", "online_contact",
            "threats"]
    return set(R.sample(base, k or R.choice([1, 2, 2, 3])))


def who_named(net):
    ms, ws = net["members"], net["weights"]
    k = R.choice([1, 1, 1, 2, 2, 3])
    out = []
    for _ in range(k):
        m = R.choices(ms, ws)[0]
        if m not in out:
            out.append(m)
    return out


def missing_report(c, t, reporter, with_offender=None, net=None, return_info=True):
    cn = Concern("missing" if R.random() < 0.6 else "police", t)
    cn.kind = "missing"
    add_child(cn, c)
    cn.ind.add("missing")
    if reporter is not None:
        role = "reporter"
        add_benign(cn, reporter, role, phone=0.6, addr=0.4 if reporter.sub in ("foster_carer", "parent") else 0.0,
                   places=reporter.places[:1] if reporter.sub == "residential_worker" and R.random() < 0.5 else ())
    cn.narr.append(f"Reported missing by {reporter.sub.replace('_', ' ') if reporter else 'school'}.")
    if with_offender is not None and return_info:
        f = R.random()
        if f < 0.45:
            add_unknown(cn, with_offender)
            cn.ind.add("vehicle_pickup")
            cn.narr.append("Seen getting into a car with an older male.")
        elif f < 0.8:
            add_offender(cn, with_offender)
            cn.ind |= cse_indicators(1)
            cn.narr.append("Located with adult male; returned home.")
        else:
            cn.ind.add(R.choice(["alcohol_drugs", "hotel", "trafficked_elsewhere"]))
            if net and R.random() < 0.5:
                cn.place(R.choice(net["hot"]))
            cn.narr.append("Returned intoxicated; would not say where she had been.")
    cn.emit()
    decide_default(cn)
    return cn


def return_interview(c, t, net, offenders):
    cn = Concern("youth" if R.random() < 0.6 else "missing", t)
    cn.kind = "return_interview"
    add_child(cn, c)
    cn.ind |= {"missing"} | cse_indicators()
    yw = c.youth_worker
    if cn.key == "youth" and R.random() < 0.55:
        add_benign(cn, yw, "reporter", phone=0.5)
    for o in offenders:
        if R.random() < 0.75:
            add_offender(cn, o, places=[net["tk"]] if R.random() < 0.3 else ())
    if R.random() < 0.3:
        cn.place(R.choice(net["hot"]))
    cn.narr.append("Return interview: says she was with friends and older lads; given alcohol and lifts.")
    cn.emit()
    decide_default(cn)


def cse_concern(c, t, net, offenders, key=None):
    key = key or R.choices(["police", "social", "school", "youth", "sexual_health", "ae", "intel"],
                           [22, 16, 14, 16, 10, 8, 14])[0]
    cn = Concern(key, t)
    cn.kind = "cse"
    add_child(cn, c)
    cn.ind |= cse_indicators()
    named = 0
    if key == "school":
        cn.ind |= {"school_absence", "vehicle_pickup"}
        if R.random() < 0.6:
            add_benign(cn, R.choice(TEACHERS[c.school.id]), "reporter", phone=0.3, places=[c.school])
        o = offenders[0]
        if R.random() < 0.5:
            add_unknown(cn, o)
        else:
            add_offender(cn, o, show_vehicle=0.6)
        cn.narr.append("Collected at the school gates by older males in cars.")
    elif key == "sexual_health":
        cn.ind |= {"sexual_health", "older_partner"}
        if R.random() < 0.15:
            cn.ind.add("pregnancy")
        add_offender(cn, offenders[0], role=R.choice(["suspect", "associate"]), show_vehicle=0.1, show_phone=0.3)
        cn.narr.append("Attended for emergency contraception; partner much older.")
    elif key == "ae":
        cn.ind |= {"alcohol_drugs"} | ({"injury"} if R.random() < 0.4 else set())
        if R.random() < 0.6:
            add_offender(cn, offenders[0], role=R.choice(["suspect", "associate", "other"]), level=0)
        cn.narr.append("Brought in intoxicated by an adult male who left before details taken.")
    elif key == "youth":
        if R.random() < 0.7:
            add_benign(cn, c.youth_worker, "reporter", phone=0.5)
        for o in offenders:
            add_offender(cn, o, places=[net["tk"]] if R.random() < 0.4 else ())
        cn.narr.append("YP disclosed a 'boyfriend' who buys her phone credit and drives her around with his friends.")
    elif key == "intel":
        cn.grading = grading(t)
        for o in offenders:
            add_offender(cn, o, show_vehicle=0.6, show_phone=0.4, places=[R.choice(net["hot"])] if R.random() < 0.5 else ())
        cn.ind.add(R.choice(["multiple_adults", "vehicle_pickup", "hotel", "taxi"]))
        cn.narr.append("Intelligence: female under 16 seen in company of named males.")
    else:
        for o in offenders:
            if R.random() < 0.85:
                add_offender(cn, o, places=[R.choice(net["hot"])] if R.random() < 0.25 else ())
        if c.carer and R.random() < 0.4:
            add_benign(cn, c.carer, R.choice(["reporter", "other"]), addr=0.4)
        elif not c.carer and R.random() < 0.3:
            add_benign(cn, parent_of(c), "reporter", addr=0.5)
        if key == "police" and R.random() < 0.4:
            cn.off.append(R.choice(["19C", "22B", "70", "88A", "19E", "73"]))
        cn.narr.append("Concerns for YP's association with older males; believed to be sexually exploited.")
    if getattr(c, "transport", None) and R.random() < 0.15:
        add_benign(cn, c.transport, "witness", phone=0.3, vehicle=0.4)
    if R.random() < 0.15 and net.get("firm"):
        cn.ind.add("taxi")
        cn.place(net["firm"])
    cn.emit()
    return cn


def grading(t):
    if t.year < 2015:
        return {"scheme": "5x5x5", "source": R.choice("ABBCCCE"), "intelligence": R.choice("12233"),
                "handling": R.choice("11114")}
    return {"source": R.choice("122"), "intelligence": R.choice("ABCCD"), "handling": R.choice("PPPC")}


def run_victim(c, net, t0):
    t1 = t0 + dt.timedelta(days=R.randint(120, 900))
    t1 = min(t1, net["span"][1] + dt.timedelta(days=120))
    boyfriend = R.choices(net["members"], net["weights"])[0]
    c.youth_worker = R.choice(YOUTHW)
    if R.random() < 0.35:
        place_in_care(c, t0 - dt.timedelta(days=R.randint(30, 700)))
    reporter = c.carer or parent_of(c)
    n_missing = R.choice([0, 1, 2, 3, 4, 6, 8, 12])
    n_cse = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    for _ in range(n_missing):
        t = rt(t0, t1)
        offs = who_named(net)
        if boyfriend not in offs and R.random() < 0.5:
            offs = [boyfriend] + offs[:1]
        mr = missing_report(c, t, reporter if R.random() < 0.85 else None,
                            with_offender=offs[0] if R.random() < 0.45 else None, net=net)
        if R.random() < 0.3:
            return_interview(c, t + dt.timedelta(days=R.randint(1, 10)), net, offs)
    for _ in range(n_cse):
        t = rt(t0, t1)
        offs = who_named(net)
        if R.random() < 0.6 and boyfriend not in offs:
            offs = [boyfriend] + offs[:1]
        late = t > net["span"][1] - dt.timedelta(days=200) and R.random() < 0.5
        cn = cse_concern(c, t, net, offs)
        decide_default(cn, serious=True, late_success=late)


def intel_report(net, t):
    cn = Concern("intel", t)
    cn.kind = "intel"
    cn.grading = grading(t)
    m = R.choices(net["members"], net["weights"])[0]
    f = R.random()
    pl = R.choice(net["hot"])
    if f < 0.4:
        add_offender(cn, m, show_vehicle=0.9, show_phone=0.4, places=[pl])
        cn.narr.append(f"{m.vehicles[0]['description'] if m.vehicles else 'Car'} seen with young females, believed under 16.")
    elif f < 0.7:
        add_unknown(cn, m)
        cn.place(pl)
        cn.narr.append("Vehicle seen collecting young girls.")
    else:
        add_offender(cn, m, show_vehicle=0.3, show_phone=0.6, places=[pl])
        if R.random() < 0.5:
            add_offender(cn, R.choice(net["members"]), show_vehicle=0.3, show_phone=0.3, places=[pl])
        cn.narr.append(f"Young girls congregating at {pl.name} late at night with older males.")
    cn.ind |= {R.choice(["multiple_adults", "vehicle_pickup", "alcohol_drugs", "taxi", "hotel"])}
    # a named girl sometimes, unnamed often
    if R.random() < 0.3 and net.get("victims"):
        add_child(cn, R.choice(net["victims"]), formal=False)
    if R.random() < 0.15:
        add_benign(cn, R.choice(SHOPSTAFF + HOTEL_STAFF + DISPATCHERS), "witness", phone=0.2,
                   places=[])
    cn.emit()
    decide_default(cn)


def licensing_report(o, t, kids=()):
    cn = Concern("licensing", t)
    cn.kind = "licensing"
    add_offender(cn, o, level=1, show_vehicle=0.95, show_phone=0.3, places=[getattr(o, "taxi", None) or o.places[0]] if o.places else ())
    for k in kids:
        add_child(cn, k, formal=False)
    cn.ind |= {"taxi"} | ({"vehicle_pickup", "gifts"} if kids else set())
    if not kids:
        cn.ind.add(R.choice(["alcohol_drugs", "multiple_adults"]))
    cn.narr.append("Complaint: licensed driver seen with young girls in vehicle outside school hours.")
    cn.emit()
    decide(cn, "no_further_action", reason=R.choice(["no evidence of licensing breach", "driver denies; no further action",
                                                     "complainant would not give statement"]))


# ---------------------------------------------------------------- benign life of the town
def benign_child_concerns(c):
    n = R.choice([1, 1, 1, 2, 2, 3, 4])
    for _ in range(n):
        t = rt(c.born + dt.timedelta(days=11 * 365), c.born + dt.timedelta(days=17 * 365))
        what = R.choices(["neglect", "domestic", "absence", "missing", "selfharm", "peer", "online", "drink", "bully",
                          "sport", "transport"], [10, 10, 12, 16, 6, 8, 5, 6, 6, 3, 4])[0]
        key = {"neglect": "social", "domestic": "police", "absence": "school", "missing": "missing", "selfharm": "ae",
               "peer": "sexual_health", "online": "school", "drink": "ae", "bully": "school", "sport": "social",
               "transport": "school"}[what]
        if what == "missing":
            rep = c.carer or parent_of(c)
            missing_report(c, t, rep)
            continue
        cn = Concern(key, t)
        cn.kind = "benign_" + what
        add_child(cn, c, role=R.choice(["victim", "victim", "other"]))
        if what == "neglect":
            cn.ind.add(R.choice(["school_absence", "injury"]) if R.random() < 0.5 else "alcohol_drugs")
            add_benign(cn, parent_of(c), "other", addr=0.6)
            if R.random() < 0.4:
                add_benign(cn, R.choice(TEACHERS[c.school.id]), "reporter", places=[c.school])
        elif what == "domestic":
            add_benign(cn, parent_of(c), "victim", addr=0.7)
            cn.ind.add("injury") if R.random() < 0.3 else None
        elif what == "absence":
            cn.ind.add("school_absence")
            add_benign(cn, R.choice(TEACHERS[c.school.id]), "reporter", phone=0.3, places=[c.school])
        elif what == "selfharm":
            cn.ind |= {"injury"} | ({"alcohol_drugs"} if R.random() < 0.5 else set())
        elif what == "peer":
            cn.ind.add("sexual_health")
            bf = Child(t, "M")
            bf.born = c.born - dt.timedelta(days=R.randint(0, 700))
            add_child(cn, bf, role="associate", formal=False)
        elif what == "online":
            cn.ind.add("online_contact")
            add_benign(cn, R.choice(TEACHERS[c.school.id]), "reporter", places=[c.school])
        elif what == "drink":
            cn.ind.add("alcohol_drugs")
        elif what == "bully":
            add_benign(cn, R.choice(TEACHERS[c.school.id]), "reporter", places=[c.school])
            cn.ind.add("threats") if R.random() < 0.3 else None
        elif what == "sport":
            co = R.choice(COACHES)
            add_benign(cn, co, "reporter", phone=0.6, places=co.places)
            cn.ind.add(R.choice(["injury", "school_absence", "money"]))
            cn.narr.append("Coach concerned about bruising / YP not eating / family finances.")
        elif what == "transport":
            d = c.transport or R.choice(TRANSPORT)
            add_benign(cn, d, R.choice(["reporter", "witness"]), phone=0.5, vehicle=0.5, places=d.places)
            cn.ind.add(R.choice(["school_absence", "injury", "threats"]))
            cn.narr.append("School transport driver reports YP distressed / not at pickup point.")
        if c.carer and R.random() < 0.3:
            add_benign(cn, c.carer, "other", addr=0.5)
        cn.emit()
        decide_default(cn)


def benign_professional_noise():
    """concerns in which trusted adults appear legitimately, including unfounded allegations against them"""
    for d in TRANSPORT:
        route = [c for c in CHILDREN if getattr(c, "transport", None) is d]
        for _ in range(R.randint(2, 7)):
            if not route:
                break
            c = R.choice(route)
            t = rt(c.born + dt.timedelta(days=11 * 365), c.born + dt.timedelta(days=16 * 365))
            cn = Concern(R.choice(["school", "social", "police"]), t)
            cn.kind = "benign_transport"
            add_child(cn, c)
            add_benign(cn, d, R.choice(["reporter", "witness"]), phone=0.5, vehicle=0.6, places=d.places)
            cn.ind |= set(R.sample(["vehicle_pickup", "missing", "school_absence", "threats", "multiple_adults"], R.choice([1, 2])))
            cn.narr.append("Contracted school transport driver reports YP not at pickup; seen getting into another car.")
            cn.emit()
            decide_default(cn)
    for b in BENIGN_TRUSTED:
        if R.random() < 0.22:  # one unfounded allegation (LADO), about one child
            kids = [c for c in CHILDREN if c.carer is b or getattr(c, "transport", None) is b or c.school in b.places
                    or getattr(c, "youth_worker", None) is b] or CHILDREN
            for _ in range(1 if R.random() < 0.85 else 2):
                c = R.choice(kids)
                t = rt(c.born + dt.timedelta(days=11 * 365), c.born + dt.timedelta(days=16 * 365))
                sexual = R.random() < 0.25  # a sexual allegation goes to the police as a crime allegation too
                cn = Concern("police" if sexual else "lado", t)
                cn.kind = "benign_allegation"
                if sexual:
                    cn.off.append(R.choice(["73", "22B", "20"]))
                add_child(cn, c)
                add_benign(cn, b, "suspect", phone=0.3, addr=0.3, vehicle=0.3, places=b.places)
                cn.ind |= {{"foster_carer": "injury", "residential_worker": "injury", "school_transport_driver": "gifts",
                             "youth_worker": "vehicle_pickup", "teacher": "online_contact", "coach": "online_contact"}[b.sub]}
                cn.narr.append("Allegation against professional/carer; LADO consulted.")
                cn.emit()
                decide_default(cn)


def trust_offender_life(o):
    """an offender in a position of trust: an ordinary professional record plus allegations from several children"""
    sub = o.sub
    start = dt.datetime(R.randint(2006, 2011), R.randint(1, 12), 1)
    pool = [c for c in CHILDREN if c.born + dt.timedelta(days=12 * 365) < start + dt.timedelta(days=1500)
            and c.born + dt.timedelta(days=15 * 365) > start]
    legit = R.sample(pool, min(len(pool), R.randint(5, 9)))
    for c in legit:  # ordinary reporting, as his colleagues do
        t = rt(max(start, c.born + dt.timedelta(days=11 * 365)), c.born + dt.timedelta(days=16 * 365))
        key = {"trust_transport_driver": "school", "trust_youth_worker": "youth", "trust_foster_carer": "missing",
               "trust_coach": "social"}[sub]
        cn = Concern(key, t)
        cn.kind = "trust_legit"
        add_child(cn, c)
        role = "witness" if sub == "trust_transport_driver" else "reporter"
        add_benign(cn, o, role, phone=0.5, vehicle=0.5 if sub == "trust_transport_driver" else 0, places=o.places)
        cn.ind |= {"missing"} if sub == "trust_foster_carer" else set(R.sample(["school_absence", "missing", "threats", "alcohol_drugs"], 1))
        cn.emit()
        decide_default(cn)
    victims = R.sample(pool, min(len(pool), R.randint(3, 5)))
    for i, c in enumerate(victims):
        t = rt(start + dt.timedelta(days=200 * i), start + dt.timedelta(days=200 * i + 400))
        for j in range(R.choice([1, 1, 2])):
            key = R.choice(["police", "lado", "social", "school"]) if j == 0 else R.choice(["police", "sexual_health"])
            cn = Concern(key, t + dt.timedelta(days=30 * j))
            cn.kind = "trust_abuse"
            add_child(cn, c)
            add_benign(cn, o, "suspect", phone=0.4, addr=0.3, vehicle=0.4, places=o.places)
            cn.ind |= {"trust_transport_driver": {"gifts", "vehicle_pickup", "taxi"}, "trust_youth_worker": {"gifts", "online_contact", "alcohol_drugs"},
                       "trust_foster_carer": {"injury", "threats", "missing"}, "trust_coach": {"online_contact", "gifts", "money"}}[sub]
            if key == "sexual_health":
                cn.ind.add("sexual_health")
            if key == "police" and R.random() < 0.7:
                cn.off.append(R.choice(["73", "22B", "88A"]))
            cn.narr.append("YP alleges inappropriate sexual contact by adult in position of trust; adult denies.")
            cn.emit()
            decide(cn, "no_further_action", reason=R.choice(["allegation denied; no corroboration", "YP withdrew allegation",
                                                           "insufficient evidence", "allegation unsubstantiated"]))


def lone_offender_life(o, year):
    t0 = dt.datetime(year, R.randint(1, 12), 1)
    nv = R.randint(2, 4)
    for i in range(nv):
        c = Child(t0 + dt.timedelta(days=300 * i))
        CHILDREN.append(c)
        c.youth_worker = R.choice(YOUTHW)
        ts = t0 + dt.timedelta(days=300 * i + R.randint(0, 200))
        for j in range(R.randint(1, 4)):
            t = rt(ts, ts + dt.timedelta(days=300))
            key = R.choice(["police", "social", "sexual_health", "school", "missing"])
            if key == "missing":
                missing_report(c, t, parent_of(c), with_offender=o)
                continue
            cn = Concern(key, t)
            cn.kind = "lone"
            add_child(cn, c)
            add_offender(cn, o, show_vehicle=0.4, show_phone=0.5,
                         places=[R.choice(PL["takeaway"])] if o.sub == "lone_takeaway" and R.random() < 0.5 else ())
            cn.ind |= {"older_partner"} | cse_indicators(1) | ({"online_contact"} if o.sub == "lone_online" else set())
            if key == "sexual_health":
                cn.ind.add("sexual_health")
            cn.emit()
            decide_default(cn, serious=True)


# ---------------------------------------------------------------- build the town
for net in NETWORKS:
    s0, s1 = net["span"]
    nv = R.randint(8, 22)
    net["victims"] = []
    for i in range(nv):
        t0 = rt(s0, s1)
        c = Child(t0)
        CHILDREN.append(c)
        net["victims"].append(c)
        if R.random() < 0.12:
            c.transport = R.choice(TRANSPORT)
        run_victim(c, net, t0)
    for _ in range(R.randint(15, 40)):
        intel_report(net, rt(s0, s1))
    for m in net["members"]:
        if getattr(m, "taxi", None):
            for _ in range(R.randint(1, 4)):
                t = rt(s0, s1)
                kids = [R.choice(net["victims"])] if R.random() < 0.4 else []
                licensing_report(m, t, kids)

for o, year in LONE:
    lone_offender_life(o, year)

# ordinary children: the bulk of the town's concerns
for i in range(620):
    t = rt(START, END - dt.timedelta(days=300))
    c = Child(t)
    CHILDREN.append(c)
    if R.random() < 0.12:
        place_in_care(c, t - dt.timedelta(days=R.randint(0, 900)))
    if R.random() < 0.1:
        c.transport = R.choice(TRANSPORT)
    c.youth_worker = R.choice(YOUTHW)
    benign_child_concerns(c)
    # looked-after runaways go missing repeatedly with no one around
    if c.carer and R.random() < 0.5:
        for _ in range(R.randint(2, 7)):
            missing_report(c, rt(t, t + dt.timedelta(days=700)), c.carer)
    # youth workers report lots of low-level worries
    if R.random() < 0.15:
        cn = Concern("youth", rt(t, t + dt.timedelta(days=500)))
        cn.kind = "benign_youth"
        add_child(cn, c)
        add_benign(cn, c.youth_worker, "reporter", phone=0.5)
        cn.ind |= set(R.sample(["alcohol_drugs", "online_contact", "school_absence", "money", "missing"], R.choice([1, 2])))
        cn.narr.append("Youth worker worried about YP's drinking and who she is spending time with.")
        cn.emit()
        decide_default(cn)

# youth workers and teachers as reporters on exploited children, as the Youth Project did: many children each
for net in NETWORKS:
    for c in net["victims"]:
        if R.random() < 0.5:
            cn = Concern("youth", rt(net["span"][0], net["span"][1]))
            cn.kind = "yw_referral"
            add_child(cn, c)
            add_benign(cn, c.youth_worker, "reporter", phone=0.6)
            cn.ind |= cse_indicators(2)
            cn.narr.append("Referral from youth worker: YP at risk of CSE; 'boyfriend' unknown.")
            cn.emit()
            decide_default(cn, serious=True)

for o in TRUST:
    trust_offender_life(o)
benign_professional_noise()

# amendments: a later record correcting an earlier one (name, vrm or indicators)
records = [x for x in CONCERNS]
for d, cn in R.sample(records, int(len(records) * 0.03)):
    t = cn.t + dt.timedelta(days=R.randint(1, 60))
    na = json.loads(json.dumps(d))
    SEQ[("AM", t.year)] = SEQ.get(("AM", t.year), 0) + 1
    na["id"] = d["id"] + "-A1"
    na["received"] = t.isoformat() + "Z"
    na["amends"] = d["id"]
    if na.get("indicators") is not None and R.random() < 0.5:
        na["indicators"] = sorted(set(na["indicators"]) | {R.choice(["multiple_adults", "money", "alcohol_drugs"])})
    for s in na["subjects"]:
        pid = cn.truth[s["ref"]]
        p = PEOPLE[pid]
        if s["role"] == "suspect" and p.kind == "offender" and R.random() < 0.5:
            s["name"] = f"{p.first} {p.last}"
        for v in s.get("vehicles", []):
            if "?" in v.get("vrm", ""):
                for full in p.vehicles:
                    if len(full["vrm"]) == len(v["vrm"]) and all(a == b or a == "?" for a, b in zip(v["vrm"], full["vrm"])):
                        v["vrm"] = full["vrm"]
        MENTIONS[f"{na['id']}/{s['ref']}"] = pid
    na["narrative"] = (na.get("narrative", "") + " Amended: details corrected.").strip()
    CONCERNS.append((na, None))

lines = [json.dumps(d) for d, _ in CONCERNS] + [json.dumps(d) for d in DECISIONS]
# a few exact re-sends, as exports overlap
lines += R.sample(lines, 5)
R.shuffle(lines)
with open(f"{OUT}/town.jsonl", "w") as f:
    f.write("\n".join(lines) + "\n")
truth = {"seed": SEED, "mentions": MENTIONS, "people": {pid: p.truth() for pid, p in PEOPLE.items()},
         "vehicles": VEHICLES,
         "places": {k: {"kind": v.kind, "name": v.name, "hotspot": v.hotspot} for k, v in PLACES.items()},
         "concerns": {d["id"]: {"received": d["received"], "kind": cn.kind if cn else "amendment",
                                "agency": d["agency"]} for d, cn in CONCERNS},
         "networks": [[m.pid for m in n["members"]] for n in NETWORKS]}
with open(f"{OUT}/truth.json", "w") as f:
    json.dump(truth, f)
n_conc = len(CONCERNS)
kinds = {}
for p in PEOPLE.values():
    kinds[p.sub] = kinds.get(p.sub, 0) + 1
print(f"seed {SEED}: {n_conc} concerns, {len(DECISIONS)} decisions, {len(MENTIONS)} mentions, "
      f"{len(OFFENDERS)} offenders; people by kind {kinds}", file=sys.stderr)
