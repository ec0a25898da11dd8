#!/usr/bin/env python3
"""Town 5 ("Ashmoor"): an independent synthetic safeguarding town for judging Vigil.

usage: gen.py SEED OUTDIR [--concerns N]
writes OUTDIR/town.jsonl, OUTDIR/truth.jsonl, OUTDIR/expected_rejects.jsonl
All people, phones (Ofcom drama ranges) and postcodes (outward codes starting with Q,
which no UK postcode area uses) are synthetic. Deterministic per seed.
"""
import argparse, json, os, random, datetime as dt

UTC = dt.timezone.utc
START, END = dt.datetime(2011, 1, 1, tzinfo=UTC), dt.datetime(2022, 12, 31, tzinfo=UTC)

# ---------------------------------------------------------------- name pools (one pool for every kind)
FIRST_M = ["Mohammed", "Darren", "Tariq", "Kyle", "Jamal", "Liam", "Adeel", "Craig", "Imran", "Connor",
           "Shaun", "Arif", "Wayne", "Dean", "Kamran", "Ryan", "Asif", "Lee", "Zubair", "Jordan", "Bilal",
           "Nathan", "Hassan", "Jake", "Sajid", "Callum", "Omar", "Reece", "Tyrone", "Marek", "Tomasz",
           "Kwame", "Ali", "Aaron", "Luke", "Yusuf", "Gary", "Paul", "Danny", "Shane", "Kieran", "Ahmed",
           "Scott", "Emre", "Jason", "Rashid", "Kevin", "Łukasz", "Seán", "Stephen"]
FIRST_F = ["Kayleigh", "Chloe", "Amy", "Jade", "Leah", "Aisha", "Shannon", "Megan", "Holly", "Sadia",
           "Courtney", "Bethany", "Nadia", "Paige", "Stacey", "Zara", "Lauren", "Emma", "Jodie", "Amira",
           "Kelly", "Natalie", "Samira", "Gemma", "Hannah", "Ruby", "Olivia", "Tia", "Demi", "Mariam",
           "Kasia", "Abigail", "Chantelle", "Faith", "Precious", "Ellie", "Lucy", "Sophie", "Rebecca",
           "Yasmin", "Nicola", "Sarah", "Joanne", "Tracey", "Lisa", "Donna", "Claire", "Zoë", "Renée", "Julie"]
SURNAMES = ["Marsh", "Hussain", "Smith", "Khan", "Walker", "Ahmed", "Taylor", "Ali", "Hall", "Begum",
            "Wright", "Shah", "Brown", "Iqbal", "Wood", "Akhtar", "Robinson", "Mahmood", "Thompson", "Rashid",
            "Green", "Nowak", "Clarke", "Okafor", "Jackson", "Kowalski", "Hughes", "Mensah", "Turner", "Malik",
            "Lee", "Patel", "Harrison", "Mirza", "Cooper", "Osei", "Ward", "Yilmaz", "Bennett", "Kaur", "Hill",
            "Fletcher", "Szymański", "Parkin", "Dunne", "Qureshi", "O'Neill", "McBride", "Fitzgerald", "Sutcliffe"]
NICKS = ["Smiler", "Tiny", "Bash", "Bubbles", "Ace", "Chief", "Dizzy", "Lulu", "Bear", "Rocky", "Tink",
         "Sparky", "Jinx", "Blue", "Red", "Kid", "Magic", "Spud", "Dodger", "Bibi", "Bugsy", "Midge", "Zed"]
SHORT = {"Mohammed": ["Mo", "Moh"], "Darren": ["Daz", "Dazza"], "Tariq": ["Taz"], "Kamran": ["Kam"],
         "Imran": ["Immy"], "Zubair": ["Zubi"], "Jordan": ["Jord"], "Nathan": ["Nate"], "Callum": ["Cal"],
         "Tyrone": ["Ty"], "Daniel": ["Dan"], "Kayleigh": ["Kay"], "Chloe": ["Clo"], "Rebecca": ["Becky", "Bex"],
         "Natalie": ["Nat"], "Abigail": ["Abi", "Abbie"], "Stephen": ["Steve"], "Bethany": ["Beth"],
         "Samira": ["Sami"], "Nicola": ["Nicky"], "Jodie": ["Jo"], "Gemma": ["Gem"], "Shannon": ["Shan"]}
VARIANT = {"Mohammed": ["Mohammad", "Muhammad", "Mohamed", "Mohammod"], "Hussain": ["Hussein", "Husain"],
           "Ahmed": ["Ahmad", "Ahmet"], "Kayleigh": ["Kayley", "Kaylee", "Kaleigh"], "Chloe": ["Cloe"],
           "Shannon": ["Shanon"], "Darren": ["Daren"], "Tariq": ["Tarik", "Tarique"], "Zara": ["Zarah"],
           "Megan": ["Meghan"], "Amira": ["Ameera"], "Yasmin": ["Yasmine", "Jasmin"], "Łukasz": ["Lukasz"],
           "Seán": ["Sean", "Shaun"], "Zoë": ["Zoe"], "Renée": ["Renee"], "Szymański": ["Szymanski"],
           "O'Neill": ["ONeill", "O Neill", "O'Neil"], "Okafor": ["Okafur"], "Qureshi": ["Kureshi"],
           "Mahmood": ["Mahmud", "Mehmood"], "Kowalski": ["Kowalsky"], "Rashid": ["Rasheed"], "Iqbal": ["Iqbaal"],
           "Jodie": ["Jody"], "Natalie": ["Nathalie"], "Stacey": ["Stacy"], "Courtney": ["Courtenay"]}
STREETS = ["Heron Walk", "Canal St", "Mill St", "Dale Rd", "Wellgate Lane", "Station Rd", "Brook Terrace",
           "Kingsway", "Hollins Rd", "Oak Crescent", "Birch Grove", "Tannery Close", "Victoria Parade",
           "Chapel Row", "Quarry Bank", "Foundry Way", "Larch Drive", "Marsh Lane", "Cobden St", "Peel Ave"]
CARS = ["silver Vauxhall Astra", "black BMW 3 series", "white Toyota Prius", "grey Audi A3", "red VW Golf",
        "blue Ford Focus", "black Mercedes C class", "silver Skoda Octavia", "white Ford Transit van",
        "black Range Rover Evoque", "green Nissan Micra", "silver Peugeot 308", "white Vauxhall Corsa"]
INDIC = ["missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "taxi", "hotel",
         "multiple_adults", "sexual_health", "pregnancy", "injury", "school_absence", "online_contact",
         "money", "threats", "trafficked_elsewhere"]

# ---------------------------------------------------------------- agencies and their habits
AG = {
    "AMP": ("Ashmoor Metropolitan Police", "police officer"),
    "KC": ("Kelderfield Constabulary", "police officer"),
    "NWP": ("Northwold Police", "detective constable"),
    "CSC": ("Ashmoor Children's Social Care", "social worker"),
    "ED": ("Ashmoor General Hospital - Emergency Department", "ED nurse"),
    "SH": ("Ashmoor Sexual Health (Brook St clinic)", "sexual health nurse"),
    "GP": ("Canal Street Medical Practice", "GP"),
    "SN": ("Ashmoor School Nursing Service", "school nurse"),
    "SCH": ("Ashmoor Academy", "teacher"),
    "YS": ("Ashmoor Youth Service", "youth worker"),
    "RHI": ("Ashmoor Return Home Interview Team", "return interview worker"),
    "HSG": ("Ashmoor Homes", "housing officer"),
    "LIC": ("Ashmoor Council Licensing", "licensing officer"),
    "VOL": ("Safe Harbour Project", "project worker"),
    "LADO": ("Ashmoor LADO", "LADO"),
}
SCHOOLS = [("Ashmoor Academy", "90213"), ("St Bede's RC High", "90377"), ("Kingsway School", "90415"),
           ("Hollins Park Academy", "90588")]
POLICE = ("AMP", "KC", "NWP")
NFA_POLICE = ["victim did not support a prosecution", "lifestyle choice; no complaint made",
              "insufficient evidence", "consensual relationship per victim", "no crime disclosed",
              "victim declined to engage with officers", "CPS advice: no realistic prospect of conviction",
              "suspect not identified", "intelligence logged, no further action at this time",
              "victim returned safe and well; no disclosure"]
NFA_OTHER = ["threshold for intervention not met", "family declined support", "no further concerns identified",
             "closed: advice given", "information shared with police; no further role",
             "young person declined service"]


class P:
    __slots__ = ("pid", "kind", "occ", "net", "sex", "first", "last", "nick", "alias", "dob", "phones",
                 "vehicles", "addr", "title", "carer", "school", "incare", "mentions", "agebias")

    def __init__(s, **k):
        for a in P.__slots__:
            setattr(s, a, k.get(a))
        s.mentions = []


class Town:
    def __init__(s, seed, n):
        s.r = random.Random(seed)
        s.n = n
        s.scale = max(1, round(n / 3000))
        s.people = []
        s.specs = []
        s.seq = {}
        s.used_phones = set()
        s.used_vrm = set()
        s.staff = {}
        s.places = {}

    # ------------------------------------------------------------ basic helpers
    def ch(s, xs):
        return s.r.choice(xs)

    def pr(s, p):
        return s.r.random() < p

    def phone(s, mobile=True):
        while True:
            num = ("07700 900%03d" % s.r.randrange(1000)) if mobile else \
                  s.ch(["0161 496 0%03d", "0113 496 0%03d", "0114 496 0%03d"]) % s.r.randrange(1000)
            if num not in s.used_phones:
                s.used_phones.add(num)
                return num

    def vrm(s):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        while True:
            v = "%s%s%02d %s%s%s" % (s.ch(L), s.ch(L), s.ch([11, 61, 12, 62, 13, 63, 14, 64, 15, 65, 16, 66, 17, 67]),
                                     s.ch(L), s.ch(L), s.ch(L))
            if v not in s.used_vrm:
                s.used_vrm.add(v)
                return v

    def address(s):
        return "%d %s, Ashmoor Q%s%d %d%s%s" % (s.r.randint(1, 180), s.ch(STREETS), s.ch("KXZ"), s.r.randint(1, 9),
                                               s.r.randint(1, 9), s.ch("ABDEFGHJLNPQRSTUWXYZ"),
                                               s.ch("ABDEFGHJLNPQRSTUWXYZ"))

    def surname(s):
        x = s.r.random()
        if x < 0.07:
            a, b = s.r.sample(SURNAMES, 2)
            return a + "-" + b
        if x < 0.10:
            a, b = s.r.sample(SURNAMES, 2)
            return a + " " + b
        return s.ch(SURNAMES)

    def person(s, kind, occ, net, sex=None, age=(13, 15), at=None, last=None, addr=None):
        sex = sex or s.ch("MF")
        at = at or START
        a = s.r.uniform(*age)
        dob = (at - dt.timedelta(days=a * 365.25)).date()
        first = s.ch(FIRST_M if sex == "M" else FIRST_F)
        nick = None
        if s.pr(0.45):
            nick = s.ch(SHORT.get(first, []) + NICKS[:8] if s.pr(0.5) else NICKS)
        p = P(pid="T%05d" % (len(s.people) + 1), kind=kind, occ=occ, net=net, sex=sex, first=first,
              last=last or s.surname(), nick=nick, dob=dob, phones=[], vehicles=[], addr=addr or s.address(),
              title=("Mr" if sex == "M" else s.ch(["Mrs", "Ms", "Miss"])), incare=False,
              agebias=s.r.choice([-6, -4, -3, 0, 2, 3, 5]))
        p.alias = s.ch(FIRST_M if sex == "M" else FIRST_F) if s.pr(0.3) else None
        if s.pr(0.85):
            p.phones.append(s.phone())
        s.people.append(p)
        return p

    def car(s, p, desc=None):
        v = {"vrm": s.vrm(), "description": desc or s.ch(CARS)}
        p.vehicles.append(v)
        return v

    def place(s, key, kind, names, addr=None):
        s.places[key] = {"kind": kind, "names": names, "addr": addr or s.address()}
        return key

    def active(s, vics, t, lo=11.5, hi=17.5):
        ok = [v for v in vics if lo <= (t.date() - v.dob).days / 365.25 <= hi]
        return s.ch(ok) if ok else min(vics, key=lambda v: abs((t.date() - v.dob).days / 365.25 - 14))

    def childtime(s, c, lo=3, hi=17.5):
        a = max(START, dt.datetime.combine(c.dob, dt.time(), UTC) + dt.timedelta(days=lo * 365.25))
        b = min(END, dt.datetime.combine(c.dob, dt.time(), UTC) + dt.timedelta(days=hi * 365.25))
        return s.when(a, b) if a < b - dt.timedelta(days=30) else None

    def sexoff(s, v, what):
        """HO codes (post-2004): rape of a female child under 16 / 13: 19D / 19E; male: 19G / 19H;
        sexual assault on a female 13+: 20A (under 13: 20B); on a male 13+: 17A (under 13: 17B)."""
        young = (v.dob.year > 0) and s.pr(0.2)
        if what == "rape":
            return ("19E" if young else "19D") if v.sex == "F" else ("19H" if young else "19G")
        return "20A" if v.sex == "F" else "17A"

    def age_at(s, p, t):
        d = t.date()
        return d.year - p.dob.year - ((d.month, d.day) < (p.dob.month, p.dob.day))

    # ------------------------------------------------------------ rendering mess
    def misspell(s, w):
        if w in VARIANT and s.pr(0.8):
            return s.ch(VARIANT[w])
        if len(w) < 4:
            return w
        i = s.r.randrange(1, len(w) - 2)
        op = s.r.randrange(3)
        if op == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == 1:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]

    def name_as(s, p, style):
        last = p.last
        if " " in last or "-" in last:
            if s.pr(0.35):
                last = s.ch(last.replace("-", " ").split(" "))
            elif " " in last and s.pr(0.3):
                last = last.replace(" ", "-")
        if style == "full":
            return "%s %s" % (p.first, last)
        if style == "first":
            return p.first
        if style == "nick":
            return p.nick or s.ch(SHORT.get(p.first, [p.first]))
        if style == "initials":
            return s.ch(["%s.%s." % (p.first[0], last[0]), "%s. %s" % (p.first[0], last), "%s%s" % (p.first[0], last[0])])
        if style == "police":
            return "%s, %s" % (last.upper(), p.first)
        if style == "title":
            return s.ch(["%s %s %s" % (p.title, p.first, last), "%s %s" % (p.title, last)])
        if style == "misspelt":
            return s.ch(["%s %s" % (s.misspell(p.first), last), "%s %s" % (p.first, s.misspell(last))])
        if style == "nickfull":
            return "%s '%s' %s" % (p.first, p.nick or s.ch(NICKS), last)
        if style == "firstinit":
            return "%s %s" % (p.first, last[0])
        if style == "alias":
            return "%s %s" % (p.alias or p.first, last)
        if style == "lower":
            return ("%s %s" % (p.first, last)).lower()
        return "%s %s" % (p.first, last)

    def style_for(s, p, role, ag, told_by_child):
        x = s.r.random()
        if told_by_child and role in ("suspect", "associate"):
            return s.ch(["nick", "nick", "first", "first", "firstinit", "misspelt", "full", "alias"])
        if ag in POLICE:
            return s.ch(["police", "police", "full", "misspelt", "nickfull", "title", "full"] if role != "victim"
                        else ["police", "full", "full", "misspelt"])
        if ag == "SH" and role == "victim":
            return "initials" if x < 0.6 else "full"
        if ag in ("HSG", "LIC", "LADO"):
            return s.ch(["title", "full", "full", "police"])
        if role in ("reporter", "witness") and p.kind in ("benign_adult", "other_adult"):
            return s.ch(["title", "full", "full", "first", "misspelt", "lower"])
        return s.ch(["full"] * 6 + ["misspelt", "first", "nick", "lower"])

    def phone_as(s, num):
        d = num.replace(" ", "")
        if d.startswith("07"):
            return s.ch([num, d, "+44 " + d[1:5] + " " + d[5:], "+44" + d[1:], "(" + d[:5] + ") " + d[5:8] + " " + d[8:],
                         d[:5] + "-" + d[5:8] + "-" + d[8:], "0044 " + d[1:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:]])
        return s.ch([num, d, "(" + d[:4] + ") " + d[4:], "+44 " + d[1:4] + " " + d[4:7] + " " + d[7:]])

    def vrm_as(s, v, partial):
        x = v
        if partial:
            cs = list(v)
            idx = [i for i, c in enumerate(cs) if c != " "]
            for i in s.r.sample(idx, s.r.choice([1, 1, 2, 3])):
                cs[i] = "?"
            x = "".join(cs)
            if s.pr(0.3):
                x = x.split(" ")[0] + " " + "???"[:0] + x.split(" ")[1][:1] + "??"
        r = s.r.random()
        if r < 0.2:
            x = x.replace(" ", "")
        elif r < 0.3:
            x = x.lower()
        return x

    # ------------------------------------------------------------ spec building
    def spec(s, t, ag, subs, ind=(), off=(), places=(), cat="other", narr="", grading=None, decide=None, extra=None):
        s.specs.append(dict(t=t, ag=ag, subs=subs, ind=sorted(set(ind), key=INDIC.index), off=list(off),
                            places=list(places), cat=cat, narr=narr, grading=grading, decide=decide, extra=extra or {}))

    def when(s, a, b):
        lo, hi = a.timestamp(), b.timestamp()
        t = dt.datetime.fromtimestamp(s.r.uniform(lo, hi), UTC).replace(second=0, microsecond=0)
        if t.hour < 7 and s.pr(0.7):
            t = t.replace(hour=s.r.randint(8, 22))
        return t

    def yr(s, y, m=1):
        return dt.datetime(y, m, 1, tzinfo=UTC)

    # ------------------------------------------------------------ the population
    def build(s):
        # benign professionals
        s.foster = []
        for i in range(6 * s.scale):
            last = s.surname()
            hh = [s.person("benign_adult", "foster carer", "foster-%d" % i, sex="F", age=(35, 55), last=last)]
            if s.pr(0.6):
                hh.append(s.person("benign_adult", "foster carer", "foster-%d" % i, sex="M", age=(38, 58), last=last,
                                   addr=hh[0].addr))
            for h in hh:
                if s.pr(0.5):
                    s.car(h)
            s.foster.append(hh)
        s.homes = []
        for i, (nm, alt) in enumerate([("Oakfield House", ["Oakfield", "Oakfield Hse children's home"]),
                                      ("Birch Lodge", ["Birch Lodge CH", "Birch Lodge residential"])][: 2]):
            k = s.place("home%d" % i, "care_home", [nm] + alt)
            staff = [s.person("benign_adult", "residential care worker", "home-%d" % i, age=(23, 55)) for _ in range(4 * s.scale)]
            for w in staff[:2]:
                s.car(w, "white Ford Galaxy (home vehicle)")
            s.homes.append((k, staff))
        s.drivers = [s.person("benign_adult", "school-transport driver", "transport", sex=s.ch("MMMF"), age=(30, 64))
                     for _ in range(5 * s.scale)]
        for d in s.drivers:
            s.car(d, s.ch(["silver Skoda Octavia (private hire)", "white Toyota Prius (private hire)", "black Ford Galaxy"]))
        s.youthw = [s.person("benign_adult", "youth worker", "youth-service", age=(22, 55)) for _ in range(4 * s.scale)]
        s.teachers = {u: [s.person("benign_adult", s.ch(["teacher", "designated safeguarding lead", "head of year"]),
                                   "school-" + u, age=(26, 60)) for _ in range(3)] for _, u in SCHOOLS}
        s.coaches = [s.person("benign_adult", "football coach", "sport", sex="M", age=(25, 55)) for _ in range(2 * s.scale)]
        s.rhiw = [s.person("benign_adult", "return-interview worker", "rhi", age=(24, 58)) for _ in range(3)]
        s.nurses = [s.person("benign_adult", "school nurse", "school-nursing", sex="F", age=(28, 60)) for _ in range(2)]
        s.volw = [s.person("benign_adult", "project worker", "safe-harbour", age=(24, 58)) for _ in range(2)]
        for _, u in SCHOOLS:
            s.place("sch" + u, "school", [n for n, uu in SCHOOLS if uu == u] + ["the academy", "school"])
        s.place("pizza", "takeaway", ["Pizza Palace", "Pizza Palace, Kingsway", "the pizza place on Kingsway"])
        s.place("park", "park", ["Brook Park", "Brookside park", "the park by the canal"])
        s.place("youth", "other", ["Eastside Youth Centre", "Eastside youth club"])
        s.place("bus", "other", ["Ashmoor Interchange", "the bus station", "bus station"])
        s.children = []   # every child: victims and others
        s.others = [s.child("other_child", "", s.when(START, END), age=(4, 15)) for _ in range(max(40, s.n // 12))]

    def child(s, kind, net, at, sex=None, age=(12, 15)):
        c = s.person(kind, "pupil", net, sex=sex, age=age, at=at)
        c.school = s.ch(SCHOOLS)[1]
        if s.pr(0.35 if kind == "victim" else 0.12):
            c.incare = True
            if s.pr(0.5):
                c.carer = s.ch(s.foster)
            else:
                k, staff = s.ch(s.homes)
                c.carer = staff
                c.addr = s.places[k]["addr"]
        else:
            par = s.person("other_adult", "parent", "", sex=s.ch("FFM"), age=(30, 50), at=at, last=c.last, addr=c.addr)
            c.carer = [par]
        s.children.append(c)
        return c

    # ------------------------------------------------------------ generic concern pieces
    def sub(s, p, role, **o):
        return (p, role, o)

    def carer_sub(s, c, t):
        g = s.ch(c.carer)
        return s.sub(g, "reporter", phone=s.pr(0.3), vehicle=(g.vehicles and s.pr(0.15)))

    def missing(s, c, t, offs=(), pl=None, veh_of=None):
        ag = s.ch(["AMP"] * 5 + ["KC", "CSC"])
        subs = [s.sub(c, "victim", dob=s.pr(0.6))]
        if s.pr(0.8):
            subs.append(s.carer_sub(c, t))
        ind = ["missing"]
        for o in offs:
            subs.append(s.sub(o, s.ch(["associate", "associate", "suspect", "other"]), told=True, phone=s.pr(0.3)))
        if veh_of:
            subs.append(s.sub(veh_of, "suspect", unnamed=s.pr(0.5), vehicle=True, partial=s.pr(0.7), told=True))
            ind.append("vehicle_pickup")
        if s.pr(0.25):
            ind.append("alcohol_drugs")
        if c.incare and c.carer[0].occ == "residential care worker" and s.pr(0.2):
            g = s.ch(c.carer)
            if g.vehicles:
                subs.append(s.sub(g, "other", vehicle=True))
        pls = [pl] if pl else []
        s.spec(t, ag, subs, ind, places=pls, cat="missing", narr="missing from placement/home; %s" %
               ("seen near " + s.places[pl]["names"][0] if pl else "whereabouts unknown"))
        if s.pr(0.55):
            t2 = t + dt.timedelta(days=s.r.randint(2, 10), hours=s.r.randint(0, 8))
            rs = [s.sub(c, "victim", dob=s.pr(0.8))]
            rind = ["missing"]
            for o in offs:
                if s.pr(0.6):
                    rs.append(s.sub(o, "associate", told=True))
                    rind += s.r.sample(["gifts", "alcohol_drugs", "multiple_adults", "older_partner", "money"], 2)
            s.spec(t2, "RHI", rs, rind, places=pls if s.pr(0.6) else [], cat="rhi",
                   narr="return interview; young person %s" % s.ch(["engaged", "declined to discuss where they were",
                                                                     "said they were 'with mates'"]))

    # ------------------------------------------------------------ exploitation networks
    def network_group(s, tag, t0, t1, n_off, n_vic, n_conc, place_keys, taxi=False):
        """takeaway/shisha/car-wash style group: core men, regulars, peripheral; shared cars and phones."""
        offs = []
        for i in range(n_off):
            occ = s.ch(["takeaway worker", "car wash worker", "taxi driver", "unemployed", "shisha bar manager",
                        "market trader"]) if not taxi else s.ch(["taxi driver", "taxi driver", "hotel night porter",
                                                                  "unemployed"])
            o = s.person("offender", occ, tag, sex="M", age=(21, 42), at=t0)
            for _ in range(s.r.choice([1, 1, 2])):
                s.car(o)
            if s.pr(0.4):
                o.phones.append(s.phone())
            offs.append(o)
        if s.pr(0.7) or taxi:
            f = s.person("offender", "recruiter", tag, sex="F", age=(18, 24), at=t0)
            offs.append(f)
        shared = offs[0].vehicles[0]
        for o in offs[1:3]:
            o.vehicles.append(shared)  # the same car used by several men
        w = [6, 5, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1][:len(offs)] + [1] * max(0, len(offs) - 12)
        vics = [s.child("victim", tag, t0 + (t1 - t0) * s.r.random() * 0.6, sex=s.ch("FFFFFM"), age=(12, 15))
                for _ in range(n_vic)]
        bystanders = [s.person("other_adult", s.ch(["takeaway worker", "taxi driver", "hotel receptionist"]), "",
                               sex="M", age=(20, 60)) for _ in range(3)]
        for _ in range(n_conc):
            t = s.when(t0, t1)
            v = s.active(vics, t)
            k = s.r.choices(range(len(offs)), weights=w, k=s.r.choice([1, 1, 2, 3]))
            os_ = list(dict.fromkeys(offs[i] for i in k))
            pl = s.ch(place_keys)
            tmpl = s.r.choices(["missing", "police", "intel", "ae", "sh", "school", "youth", "csc", "housing",
                                "licensing", "vol", "gp"],
                               weights=[22, 14, 9, 6, 6, 8, 6, 7, 3, 4 if taxi else 2, 5, 3])[0]
            s.expl(tmpl, t, v, os_, pl, tag, bystanders, taxi)
        # peripheral men: named once or twice by a child, a few only identified by the late operation
        periph = []
        for _ in range(n_off // 2):
            o = s.person("offender", s.ch(["unemployed", "takeaway worker", "taxi driver", "student"]), tag, sex="M",
                         age=(19, 45), at=t0)
            if s.pr(0.5):
                s.car(o)
            periph.append(o)
            for _ in range(s.r.choice([1, 1, 2, 3])):
                t = s.when(t0, t1)
                s.expl(s.ch(["police", "vol", "rhi_named", "ae", "sh"]), t, s.active(vics, t), [o] + ([offs[0]] if s.pr(0.3) else []),
                       s.ch(place_keys), tag, bystanders, taxi)
        offs = offs + periph
        # the late operation: convictions years after the first reports
        ot = s.when(t1 + dt.timedelta(days=400), min(END, t1 + dt.timedelta(days=2200)))
        named = [o for o in offs if s.pr(0.85)] or offs[:1]
        for o in named:
            vs = s.r.sample(vics, min(len(vics), s.r.randint(1, 3)))
            subs = [s.sub(o, "suspect", style="police", aliases=True, dob=True, phone=True, vehicle=True)] + \
                   [s.sub(v, "victim", dob=True) for v in vs]
            s.spec(ot + dt.timedelta(days=s.r.randint(0, 60)), "AMP", subs, ["multiple_adults", "alcohol_drugs", "hotel"],
                   off=s.r.sample([s.sexoff(vs[0], "rape"), "22B", "71", "88A", "36"], 2), cat="operation",
                   narr="Operation %s: historic CSE investigation" % s.ch(["Kestrel", "Linden", "Harbour", "Sable"]),
                   grading="strong", decide="conviction" if s.pr(0.8) else "charge_nfa")
        return offs, vics

    def expl(s, tmpl, t, v, os_, pl, tag, bystanders, taxi=False):
        o = os_[0]
        sub = s.sub
        if tmpl == "missing":
            s.missing(v, t, offs=os_ if s.pr(0.35) else (), pl=pl if s.pr(0.5) else None,
                      veh_of=o if (o.vehicles and s.pr(0.25)) else None)
        elif tmpl == "police":
            ag = s.ch(["AMP", "AMP", "AMP", "KC"])
            subs = [sub(v, "victim", dob=s.pr(0.5))] + [sub(x, "suspect", told=s.pr(0.6), phone=s.pr(0.4),
                                                              vehicle=s.pr(0.3), partial=s.pr(0.5)) for x in os_]
            if s.pr(0.3):
                subs.append(s.carer_sub(v, t))
            ind = ["older_partner"] + s.r.sample(["gifts", "alcohol_drugs", "vehicle_pickup", "multiple_adults", "hotel",
                                                  "missing", "taxi" if taxi else "money"], s.r.randint(1, 3))
            s.spec(t, ag, subs, ind, off=[s.ch(["22B", s.sexoff(v, "rape"), "71", s.sexoff(v, "assault")])], places=[pl] if s.pr(0.5) else [],
                   cat="police_expl", narr="report of sexual exploitation")
        elif tmpl == "intel":
            ag = s.ch(["AMP", "AMP", "KC", "NWP"])
            subs = [sub(x, "suspect", phone=s.pr(0.7), vehicle=s.pr(0.6), partial=s.pr(0.3), aliases=s.pr(0.3),
                        dob=s.pr(0.4)) for x in os_]
            if s.pr(0.5):
                subs.append(sub(v, "victim"))
            s.spec(t, ag, subs, s.r.sample(["multiple_adults", "hotel", "taxi", "alcohol_drugs", "vehicle_pickup"], 2),
                   places=[pl], cat="intel", grading="any", narr="intelligence: young females seen with males at %s"
                   % s.places[pl]["names"][0])
        elif tmpl == "ae":
            subs = [sub(v, "victim", dob=True)]
            if s.pr(0.6):
                subs.append(sub(o, "associate", told=True, phone=s.pr(0.5), fakename=s.pr(0.3)))
            s.spec(t, "ED", subs, ["alcohol_drugs"] + (["injury"] if s.pr(0.5) else []) + (["older_partner"] if s.pr(0.4) else []),
                   cat="health", narr="attended intoxicated, accompanied by adult male who left before triage")
        elif tmpl == "sh":
            subs = [sub(v, "victim", dob=s.pr(0.7))]
            if s.pr(0.7):
                subs.append(sub(o, s.ch(["other", "suspect"]), told=True, agest=True))
            s.spec(t, "SH", subs, ["sexual_health", "older_partner"] + (["pregnancy"] if s.pr(0.15) else []),
                   cat="health", narr="STI screen; partner described as older")
        elif tmpl == "school":
            u = v.school
            subs = [sub(v, "victim", dob=True), sub(s.ch(s.teachers[u]), "reporter")]
            ind = ["school_absence"]
            if s.pr(0.4):
                subs.append(sub(o, "suspect", told=True, unnamed=s.pr(0.4), vehicle=bool(o.vehicles), partial=True))
                ind.append("vehicle_pickup")
            if s.pr(0.3):
                f = s.ch(s.others)
                if f is not v:
                    subs.append(sub(f, "witness"))
            if s.pr(0.25):
                d = s.ch(s.drivers)
                subs.append(sub(d, "witness", vehicle=True))
            if s.pr(0.4):
                ind.append("gifts")
            s.spec(t, "SCH", subs, ind, places=["sch" + u], cat="school",
                   narr="seen getting into a car near the gates; new phone and clothes", extra={"school": u})
        elif tmpl == "youth":
            yw = s.ch(s.youthw)
            subs = [sub(v, "victim"), sub(yw, s.ch(["reporter", "witness"]))] + \
                   [sub(x, "associate", told=True) for x in os_ if s.pr(0.6)]
            s.spec(t, "YS", subs, ["multiple_adults", "alcohol_drugs"] + (["gifts"] if s.pr(0.5) else []),
                   places=[pl], cat="youth", narr="young person seen with older males at %s" % s.places[pl]["names"][0],
                   extra={"author_person": yw})
        elif tmpl == "csc":
            subs = [sub(v, "victim", dob=True), s.carer_sub(v, t)] + [sub(x, "suspect", phone=s.pr(0.3)) for x in os_]
            s.spec(t, "CSC", subs, ["missing", "older_partner", "alcohol_drugs"], cat="csc",
                   narr="CSE risk assessment: high", decide="strategy")
        elif tmpl == "housing":
            nb = s.person("other_adult", "neighbour", "", age=(30, 75))
            subs = [sub(o, s.ch(["other", "suspect"]), addr=True), sub(nb, "reporter")]
            s.spec(t, "HSG", subs, ["multiple_adults", "alcohol_drugs"], cat="housing",
                   narr="neighbour complains of young girls visiting the flat late at night")
        elif tmpl == "licensing":
            subs = [sub(o, "suspect", dob=True, vehicle=True, badge=True)]
            if s.pr(0.4):
                subs.append(sub(v, "victim"))
            if s.pr(0.3):
                subs.append(sub(s.ch(bystanders), "witness"))
            s.spec(t, "LIC", subs, ["taxi", "vehicle_pickup"], cat="licensing",
                   narr="complaint: driver seen with schoolgirls in the vehicle, no fare recorded")
        elif tmpl == "vol":
            subs = [sub(v, "victim")] + [sub(x, "suspect", told=True) for x in os_]
            s.spec(t, "VOL", subs, ["multiple_adults", "gifts", "alcohol_drugs"] + (["hotel"] if s.pr(0.4) else []),
                   places=[pl], cat="vol", narr="disclosure to project worker about 'parties'")
        elif tmpl == "rhi_named":
            s.spec(t, "RHI", [sub(v, "victim")] + [sub(x, "associate", told=True) for x in os_],
                   ["missing", "multiple_adults", "alcohol_drugs"], places=[pl] if s.pr(0.5) else [], cat="rhi",
                   narr="says she was at a 'party' with men she did not know, one called %s" % (o.nick or o.first))
        elif tmpl == "gp":
            subs = [sub(v, "victim", dob=True)]
            if s.pr(0.4):
                subs.append(sub(o, "other", told=True))
            s.spec(t, "GP", subs, ["sexual_health"] + (["pregnancy"] if s.pr(0.3) else ["older_partner"]), cat="health",
                   narr="request for emergency contraception; says boyfriend is 'older'")
        if tmpl in ("police", "intel", "vol") and bystanders and s.pr(0.15):
            s.spec(t + dt.timedelta(hours=s.r.randint(1, 48)), "AMP", [sub(s.ch(bystanders), "witness")],
                   ["multiple_adults"], places=[pl], cat="intel", narr="staff member spoken to; saw nothing", grading="any")

    def boyfriend(s, tag, t0, t1, n_vic, per):
        o = s.person("offender", s.ch(["unemployed", "delivery driver", "mechanic", "bouncer"]), tag, sex="M",
                     age=(19, 27), at=t0)
        s.car(o)
        vics = []
        span = (t1 - t0) / n_vic
        for i in range(n_vic):
            a, b = t0 + span * i, t0 + span * (i + 1)
            v = s.child("victim", tag, a, sex="F", age=(13, 15))
            vics.append(v)
            if i and s.pr(0.5):
                o.vehicles.append({"vrm": s.vrm(), "description": s.ch(CARS)})
            for _ in range(per):
                t = s.when(a, b)
                tmpl = s.r.choices(["missing", "police", "sh", "school", "csc", "gp", "ae", "vol"],
                                   weights=[30, 15, 12, 12, 8, 6, 5, 4])[0]
                s.expl(tmpl, t, v, [o], "park", tag, [], False)
        return [o], vics

    def online(s, tag, t0, t1, n_vic, per, occ):
        o = s.person("offender", occ, tag, sex="M", age=(25, 50), at=t0)
        handle = s.ch(["jay_x", "kingtaz", "dk_", "lilbear", "mr.smiles", "rj_official"]) + str(s.r.randint(7, 99))
        vics = [s.child("victim", tag, s.when(t0, t1), sex=s.ch("FFFM"), age=(11, 14)) for _ in range(n_vic)]
        for v in vics:
            for j in range(per):
                t = s.childtime(v, 11, 17.5) or s.when(t0, t1)
                ag = s.ch(["AMP", "KC", "NWP", "SCH", "CSC", "SN", "VOL"])
                so = dict(handle=handle if s.pr(0.6) else None, told=True, phone=s.pr(0.35))
                subs = [s.sub(v, "victim", dob=s.pr(0.7)), s.sub(o, "suspect", **so)]
                if ag == "SCH":
                    subs.append(s.sub(s.ch(s.teachers[v.school]), "reporter"))
                elif s.pr(0.4):
                    subs.append(s.carer_sub(v, t))
                s.spec(t, ag, subs, ["online_contact"] + s.r.sample(["threats", "gifts", "money", "older_partner"], 1),
                       off=["88A"] if ag in POLICE else [], cat="police_expl" if ag in POLICE else "online",
                       narr="adult contact on social media asking for images", extra={"school": v.school})
        if occ == "football coach":   # legitimate appearances under his real name
            for _ in range(4):
                c = s.ch(s.children)
                s.spec(s.when(t0, t1), s.ch(["ED", "SCH"]), [s.sub(c, "victim"), s.sub(o, "reporter")], ["injury"],
                       cat="benign", narr="injured at training; coach brought to ED", extra={"school": c.school})
        t = s.when(t1, min(END, t1 + dt.timedelta(days=700)))
        s.spec(t, "AMP", [s.sub(o, "suspect", style="police", dob=True, phone=True, handle=handle)] +
               [s.sub(v, "victim", dob=True) for v in vics[:3]], ["online_contact", "threats"], off=["88A", "86"],
               cat="operation", narr="devices seized; images of %d children" % len(vics), grading="strong",
               decide="conviction")
        return [o], vics

    def county_lines(s, tag, t0, t1, n_vic, n_conc):
        boss = s.person("offender", "line holder", tag, sex="M", age=(22, 30), at=t0)
        lts = [s.person("offender", s.ch(["unemployed", "line runner (adult)"]), tag, sex="M", age=(18, 24), at=t0)
               for _ in range(2)]
        for o in [boss] + lts:
            s.car(o, s.ch(["black Mercedes C class", "grey Audi A3", "white Vauxhall Corsa (hire)"]))
        deal = s.phone()
        boss.phones.append(deal)
        cuck = s.person("other_adult", "vulnerable adult (cuckooed tenant)", "", age=(35, 60))
        trap = s.place("trap-" + tag, "address", [cuck.addr, "flat on " + cuck.addr.split(",")[0].split(" ", 1)[1]], cuck.addr)
        vics = [s.child("victim", tag, s.when(t0, t1), sex=s.ch("MMMMF"), age=(13, 16)) for _ in range(n_vic)]
        offs = [boss] + lts
        for _ in range(n_conc):
            t = s.when(t0, t1)
            v = s.active(vics, t)
            o = s.r.choices(offs, weights=[3, 2, 2])[0]
            tm = s.r.choices(["found", "stop", "missing", "ae", "intel", "school", "rhi", "housing"],
                             weights=[15, 12, 25, 6, 12, 8, 10, 4])[0]
            if tm == "missing":
                s.missing(v, t, offs=[o] if s.pr(0.2) else ())
            elif tm == "found":
                subs = [s.sub(v, "victim", dob=True, dealphone=deal if s.pr(0.6) else None),
                        s.sub(cuck, s.ch(["associate", "other"]), addr=True)]
                if s.pr(0.4):
                    subs.append(s.sub(o, "suspect", told=True))
                s.spec(t, s.ch(["AMP", "KC", "NWP"]), subs, ["missing", "trafficked_elsewhere", "money", "alcohol_drugs"],
                       off=["92A", "106"], places=[trap], cat="police_expl", narr="child found in address with drugs and cash")
            elif tm == "stop":
                subs = [s.sub(v, "victim", dealphone=deal if s.pr(0.5) else None)]
                if s.pr(0.3):
                    subs.append(s.sub(o, "suspect", vehicle=True, partial=s.pr(0.5), told=True))
                s.spec(t, s.ch(["AMP", "KC"]), subs, ["money", "trafficked_elsewhere"] + (["threats"] if s.pr(0.3) else []),
                       off=["92A"], cat="police_expl", narr="stop and search: cash and two phones")
            elif tm == "ae":
                subs = [s.sub(v, "victim", dob=True)]
                s.spec(t, "ED", subs, ["injury", "threats"], cat="health", narr="stab wound to leg; will not say how")
            elif tm == "intel":
                subs = [s.sub(x, "suspect", phone=True, vehicle=s.pr(0.5), aliases=s.pr(0.4), told=s.pr(0.3))
                        for x in s.r.sample(offs, s.r.randint(1, 2))]
                if s.pr(0.5):
                    subs.append(s.sub(v, "associate"))
                s.spec(t, s.ch(["NWP", "NWP", "AMP"]), subs, ["trafficked_elsewhere", "money", "threats"], places=[trap],
                       cat="intel", grading="any", narr="deal line %s supplying Ashmoor; local juveniles running"
                       % s.phone_as(deal))
            elif tm == "school":
                s.spec(t, "SCH", [s.sub(v, "victim", dob=True), s.sub(s.ch(s.teachers[v.school]), "reporter")],
                       ["school_absence", "money", "gifts"], places=["sch" + v.school], cat="school",
                       narr="new trainers and cash; absent for days", extra={"school": v.school})
            elif tm == "rhi":
                subs = [s.sub(v, "victim")] + ([s.sub(o, "associate", told=True)] if s.pr(0.4) else [])
                s.spec(t, "RHI", subs, ["missing", "trafficked_elsewhere", "money"], cat="rhi",
                       narr="found in Northwold; says he 'owed' someone")
            elif tm == "housing":
                s.spec(t, "HSG", [s.sub(cuck, "other", addr=True)], ["multiple_adults", "alcohol_drugs"], places=[trap],
                       cat="housing", narr="ASB: visitors at all hours, young lads")
        t = s.when(t1, min(END, t1 + dt.timedelta(days=500)))
        s.spec(t, "NWP", [s.sub(x, "suspect", style="police", dob=True, phone=True) for x in offs] +
               [s.sub(v, "victim", dob=True) for v in vics[:2]], ["trafficked_elsewhere", "threats"], off=["92A", "106"],
               cat="operation", grading="strong", decide="conviction", narr="line closed: warrants executed")
        return offs, vics

    def relative(s, tag, t0, t1, n_vic, n_conc):
        friend = s.child("other_child", "", t0, sex="F", age=(13, 15))
        o = s.person("offender", s.ch(["scaffolder", "unemployed", "warehouse operative"]), tag, sex="M",
                     age=(28, 45), at=t0, last=friend.last, addr=friend.addr)
        vics = [s.child("victim", tag, s.when(t0, t1), sex="F", age=(12, 15)) for _ in range(n_vic)]
        for _ in range(n_conc):
            t = s.when(t0, t1)
            v = s.active(vics, t)
            tm = s.ch(["missing", "police", "party", "party", "school", "sh"])
            if tm in ("missing", "police", "school", "sh"):
                s.expl(tm, t, v, [o], "park", tag, [], False)
            else:
                subs = [s.sub(v, "victim"), s.sub(friend, s.ch(["associate", "witness"])),
                        s.sub(o, s.ch(["suspect", "associate", "other"]), told=True, addr=s.pr(0.5))]
                s.spec(t, s.ch(["AMP", "CSC", "YS", "VOL"]), subs, ["alcohol_drugs", "older_partner"] +
                       (["missing"] if s.pr(0.4) else []), cat="police_expl",
                       narr="party at friend's house; friend's uncle gave them vodka")
        return [o], vics

    def opportunist(s, tag):
        """a lone man who meets a missing child once or twice (bus station, park): little paper trail."""
        o = s.person("offender", s.ch(["unemployed", "chef", "security guard"]), tag, sex="M", age=(25, 55))
        v = s.ch([c for c in s.children if c.kind == "victim"])
        t = s.childtime(v, 12, 16.5) or s.when(START, END)
        s.expl(s.ch(["police", "ae", "rhi_named"]), t, v, [o], s.ch(["bus", "park"]), tag, [], False)
        if s.pr(0.6):
            t2 = t + dt.timedelta(days=s.r.randint(5, 200))
            s.expl(s.ch(["police", "missing", "vol"]), t2, v, [o], s.ch(["bus", "park"]), tag, [], False)

    # ------------------------------------------------------------ non-exploitation life of the borough
    def background(s, n):
        others = s.others
        da = [s.person("other_adult", s.ch(["unemployed", "labourer", "HGV driver"]), "", sex="M", age=(25, 45))
              for _ in range(max(3, n // 400))]
        da_kids = {d.pid: s.r.sample(others, 3) for d in da}
        for d in da:
            k0 = da_kids[d.pid][0]
            for k in da_kids[d.pid][1:]:
                k.dob = k0.dob + dt.timedelta(days=s.r.randint(300, 2500))
        for d in da:
            for c in da_kids[d.pid]:
                c.carer = c.carer + [d]
        crooks = [s.person("other_adult", s.ch(["unemployed", "mechanic", "scrap dealer"]), "", sex="M", age=(18, 40))
                  for _ in range(max(6, n // 150))]
        for c in crooks:
            if s.pr(0.7):
                s.car(c)
        taxis = [s.person("other_adult", "taxi driver", "", sex="M", age=(25, 60)) for _ in range(12)]
        accused = set()
        for c in taxis:
            s.car(c, "private hire " + s.ch(CARS))
        kids = [c for c in s.children]
        in_care = [c for c in kids if c.incare] or kids
        sub = s.sub
        target = len(s.specs) + n
        while len(s.specs) < target:
            c = s.ch(others)
            t = s.childtime(c)
            if t is None:
                continue
            kind = s.r.choices(["da", "neglect", "absence", "missing_care", "injury", "peer", "crime", "asb", "taxi",
                                "youth", "health", "false", "transport", "lado", "empty"],
                               weights=[12, 12, 10, 12, 6, 5, 10, 5, 3, 6, 7, 0.15, 3, 0.25, 0.6])[0]
            if kind == "da":
                d = s.ch(da)
                cs = da_kids[d.pid]
                t = s.childtime(cs[-1], 1, 17) or s.childtime(cs[0], 1, 17)
                if t is None:
                    continue
                mum = c.carer[0] if c.carer[0].kind == "other_adult" else s.person("other_adult", "parent", "", sex="F")
                subs = [sub(d, "suspect", phone=s.pr(0.3)), sub(cs[0].carer[0], "victim")] + \
                       [sub(k, s.ch(["other", "witness", "victim"])) for k in cs if s.pr(0.7)]
                s.spec(t, s.ch(["AMP", "AMP", "CSC", "SCH"]), subs, ["injury", "threats"][: s.r.randint(0, 2)],
                       off=["8N"] if s.pr(0.6) else [], cat="police_other", narr="domestic incident, children present",
                       extra={"school": cs[0].school})
            elif kind == "neglect":
                subs = [sub(c, "victim", dob=True), sub(c.carer[0], "other")]
                s.spec(t, s.ch(["CSC", "SCH", "GP", "SN", "HSG"]), subs, ["school_absence"] if s.pr(0.3) else [],
                       cat="neglect", narr="concerns about home conditions", extra={"school": c.school})
            elif kind == "absence":
                s.spec(t, "SCH", [sub(c, "victim", dob=True), sub(s.ch(s.teachers[c.school]), "reporter"),
                                  sub(c.carer[0], "other")], ["school_absence"], places=["sch" + c.school],
                       cat="school", narr="persistent absence", extra={"school": c.school})
            elif kind == "missing_care":
                k = s.ch(in_care)
                if k.kind == "victim":
                    k = s.ch(in_care)
                t = s.childtime(k, 10, 17.5)
                if t is None:
                    continue
                pl = s.ch(["park", "pizza", "bus", None])
                s.missing(k, t, pl=pl)
            elif kind == "injury":
                s.spec(t, "ED", [sub(c, "victim", dob=True), sub(c.carer[0], "other")], ["injury"], cat="health",
                       narr="fall from trampoline, explanation consistent")
            elif kind == "peer":
                t = s.childtime(c, 10, 17.5)
                if t is None:
                    continue
                a = s.active(others, t, 10, 17.5)
                if a is not c:
                    s.spec(t, "SCH", [sub(c, "victim"), sub(a, "suspect"), sub(s.ch(s.teachers[c.school]), "reporter")],
                           ["online_contact"] if s.pr(0.5) else ["threats"], cat="school", places=["sch" + c.school],
                           narr="image shared between pupils", extra={"school": c.school})
            elif kind == "crime":
                cs = s.r.sample(crooks, s.r.choice([1, 1, 2]))
                s.spec(t, s.ch(["AMP", "AMP", "KC"]), [sub(x, "suspect", vehicle=s.pr(0.5), partial=s.pr(0.3),
                                                            phone=s.pr(0.3)) for x in cs],
                       [], off=[s.ch(["28A", "28B", "45", "48", "34B", "58A", "30A"])], cat="police_other",
                       narr="volume crime intelligence", grading="any" if s.pr(0.5) else None)
            elif kind == "asb":
                s.spec(t, s.ch(["HSG", "AMP"]), [sub(c, "other"), sub(s.active(others, t, 8, 17.5), "other"),
                                                 sub(s.person("other_adult", "neighbour", "", age=(30, 80)), "reporter")],
                       [], cat="asb", narr="youths congregating")
            elif kind == "taxi":
                x = s.ch(taxis)
                s.spec(t, "LIC", [sub(x, "suspect", vehicle=True, badge=True),
                                  sub(s.person("other_adult", "passenger", "", age=(20, 80)), "reporter")], [],
                       cat="licensing", narr="overcharging complaint")
            elif kind == "youth":
                yw = s.ch(s.youthw)
                s.spec(t, "YS", [sub(c, "victim"), sub(yw, "reporter")] +
                       ([sub(s.ch(s.coaches), "other")] if s.pr(0.2) else []),
                       s.r.sample(["alcohol_drugs", "school_absence", "missing", "injury"], s.r.randint(0, 2)),
                       places=["youth"], cat="youth", narr="young person low mood, using cannabis",
                       extra={"author_person": yw})
            elif kind == "health":
                s.spec(t, s.ch(["GP", "SN", "SH"]), [sub(c, "victim", dob=True)] +
                       ([sub(s.ch(s.nurses), "reporter")] if s.pr(0.3) else []),
                       s.r.sample(["sexual_health", "alcohol_drugs", "injury"], s.r.randint(0, 1)), cat="health",
                       narr="health concern")
            elif kind in ("false", "lado"):
                b = s.ch(s.drivers + s.coaches + s.youthw + [w for _, st in s.homes for w in st] +
                         [h for hh in s.foster for h in hh] + [x for xs in s.teachers.values() for x in xs])
                if b.pid in accused:
                    continue
                accused.add(b.pid)
                k = s.ch(kids)
                t = s.childtime(k, 5, 17.5)
                if t is None:
                    continue
                ind = {"school-transport driver": ["vehicle_pickup", "taxi"], "football coach": ["online_contact"],
                       "foster carer": ["injury"], "residential care worker": ["injury", "threats"]}.get(b.occ, ["online_contact"])
                s.spec(t, s.ch(["LADO", "LADO", "AMP", "CSC"]), [sub(k, "victim", dob=True),
                                                                  sub(b, "suspect", vehicle=bool(b.vehicles) and s.pr(0.5))],
                       ind, cat="false", decide="unfounded", narr="allegation by young person against professional")
            elif kind == "transport":
                d = s.ch(s.drivers)
                k = s.ch(kids)
                t = s.childtime(k, 5, 17.5)
                if t is None:
                    continue
                s.spec(t, s.ch(["SCH", "LIC", "CSC"]), [sub(k, s.ch(["victim", "other"])), sub(d, s.ch(["reporter", "witness", "other"]),
                                                                                             vehicle=True)],
                       ["vehicle_pickup"] + (["missing"] if s.pr(0.4) else []), cat="school",
                       narr="pupil refused to get into contracted transport", extra={"school": k.school})
            elif kind == "empty":
                s.spec(t, s.ch(["AMP", "VOL"]), [], ["multiple_adults"], places=[s.ch(list(s.places))], cat="intel",
                       grading="any", narr="anonymous call: men and young girls at premises, no names")

    def generate(s):
        s.build()
        sc = s.scale
        for i in range(sc):
            a = s.yr(2011 + s.r.randint(0, 1), s.r.randint(1, 12))
            g1 = s.place("gold%d" % i, "takeaway", ["Gold Grill", "Golden Grill", "Gold Grill Takeaway", "the Grill on Mill St"])
            g2 = s.place("cloud%d" % i, "other", ["Cloud 9 Shisha Lounge", "Cloud Nine", "Cloud 9 shisha", "C9 lounge"])
            g3 = s.place("wash%d" % i, "other", ["Sparkle Hand Car Wash", "Sparkle car wash", "hand car wash on Dale Rd"])
            g4 = s.place("flat%d" % i, "address", ["flat above the Grill", "Flat 2, 41 Mill St"])
            g5 = s.place("hotel%d" % i, "hotel", ["Travel Stop Ashmoor", "Travelstop hotel", "the hotel by the ring road"])
            s.network_group("takeaway-%d" % i, a, a + dt.timedelta(days=365 * 6), 9, 14, s.n * 13 // 100,
                            [g1, g2, g3, g4, g5, "park"])
            b = s.yr(2013 + s.r.randint(0, 2), s.r.randint(1, 12))
            t1 = s.place("ace%d" % i, "taxi_firm", ["Ace Cars", "Ace Taxis", "A1 Ace Cars"])
            t2 = s.place("lodge%d" % i, "hotel", ["Riverside Lodge", "Riverside Lodge Hotel", "the Lodge"])
            t3 = s.place("cp%d" % i, "car_park", ["Foundry Way car park", "Foundry multi-storey"])
            s.network_group("taxi-hotel-%d" % i, b, b + dt.timedelta(days=365 * 4), 5, 7, s.n * 5 // 100, [t1, t2, t3],
                            taxi=True)
            for j in range(3):
                c = s.yr(2011 + 3 * j + s.r.randint(0, 2), s.r.randint(1, 12))
                s.boyfriend("boyfriend-%d-%d" % (i, j), c, c + dt.timedelta(days=365 * 3), 3, max(3, s.n // 320))
            for j, occ in enumerate(["online gamer (unemployed)", "football coach"]):
                c = s.yr(2014 + 3 * j, s.r.randint(1, 12))
                s.online("online-%d-%d" % (i, j), c, c + dt.timedelta(days=365 * 3), 7, 2, occ)
            c = s.yr(2016 + s.r.randint(0, 1), s.r.randint(1, 12))
            s.county_lines("county-lines-%d" % i, c, c + dt.timedelta(days=365 * 4), 10, s.n * 6 // 100)
            for j in range(2):
                c = s.yr(2012 + 4 * j, s.r.randint(1, 12))
                s.relative("relative-%d-%d" % (i, j), c, c + dt.timedelta(days=365 * 3), 4, max(6, s.n // 130))
        for j in range(3 * sc):
            s.opportunist("lone-%d" % j)
        s.background(max(0, s.n - len(s.specs)))


# ---------------------------------------------------------------- turning specs into records
class Writer:
    def __init__(s, town):
        s.T, s.r = town, town.r
        s.cseq, s.dseq = {}, 0
        s.ids = set()

    def iso(s, t, ag):
        # agencies' own habits: Z, local time with offset, milliseconds
        if ag in ("KC", "SCH", "ED", "HSG") or (ag == "CSC" and t.year < 2016):
            y = t.year
            ls = max(dt.datetime(y, 3, d, 1, tzinfo=UTC) for d in range(25, 32) if dt.date(y, 3, d).weekday() == 6)
            lo = max(dt.datetime(y, 10, d, 1, tzinfo=UTC) for d in range(25, 32) if dt.date(y, 10, d).weekday() == 6)
            off = 1 if ls <= t < lo else 0
            lt = t + dt.timedelta(hours=off)
            ms = ".000" if ag == "ED" else ""
            return lt.strftime("%Y-%m-%dT%H:%M:%S") + ms + ("+01:00" if off else "+00:00")
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def cid(s, ag, t, extra):
        y, yy = t.year, t.year % 100
        k = (ag, y if ag != "VOL" else 0, extra.get("school") if ag == "SCH" else None)
        n = s.cseq[k] = s.cseq.get(k, 0) + s.r.randint(1, 9)
        if ag == "AMP":
            return ("CR/%d/%05d" % (y, n)) if y < 2017 else ("AMP-%02d-%06d" % (yy, n))
        return {"KC": "KC%02d/%06d" % (yy, n), "NWP": "NWP-INT-%d-%05d" % (y, n), "CSC": "MASH%d%05d" % (y, n),
                "ED": "ED%02d/%05d" % (yy, n), "SH": "SH-%02d-%04d" % (yy, n), "GP": "GP-CSM-%d-%04d" % (y, n),
                "SN": "SNS/%d/%04d" % (y, n), "SCH": "SCH-%s-%02d-%04d" % (extra.get("school") or "90213", yy, n),
                "YS": "YTH-%d-%04d" % (y, n), "RHI": "RHI-%d-%04d" % (y, n), "HSG": "HSG/%d/%05d" % (y, n),
                "LIC": "LIC/TX/%02d/%04d" % (yy, n), "VOL": "SHP%05d" % n, "LADO": "LADO-%02d-%03d" % (yy, n)}[ag]

    def author(s, ag, sp):
        T = s.T
        p = sp["extra"].get("author_person")
        if ag == "SCH":
            p = T.ch(T.teachers[sp["extra"].get("school") or "90213"])
        elif ag == "RHI":
            p = T.ch(T.rhiw)
        elif ag == "SN":
            p = T.ch(T.nurses)
        elif ag == "VOL":
            p = T.ch(T.volw)
        if p is not None:
            return {"id": "%s-%s" % (ag.lower(), p.pid[1:]), "name": "%s. %s" % (p.first[0], p.last), "role": p.occ}
        pool = T.staff.setdefault(ag, [])
        if len(pool) < 6 or T.pr(0.05):
            f = T.ch(FIRST_M + FIRST_F)
            nm = "%s. %s" % (f[0], T.ch(SURNAMES))
            if ag in POLICE:
                nm = T.ch(["PC ", "DC ", "DS "]) + nm
            pool.append({"id": "%s-%04d" % (ag.lower(), T.r.randint(1000, 9999)), "name": nm, "role": AG[ag][1]})
        return dict(T.ch(pool))

    def subject(s, ref, p, role, o, ag, t, places_ref):
        T = s.T
        d = {"ref": ref, "role": role}
        told = o.get("told")
        if not o.get("unnamed"):
            if o.get("handle"):
                d["name"] = o["handle"]
            elif o.get("fakename"):
                d["name"] = "%s %s" % (T.ch(FIRST_M), T.ch(SURNAMES))
            else:
                d["name"] = T.name_as(p, o.get("style") or T.style_for(p, role, ag, told))
        if o.get("aliases") and (p.nick or p.alias):
            d["aliases"] = [x for x in [p.nick, p.alias and "%s %s" % (p.alias, p.last)] if x]
        age = T.age_at(p, t)
        if o.get("dob") and not told:
            f = T.r.random()
            d["born"] = p.dob.isoformat() if f < 0.6 else (p.dob.strftime("%Y-%m") if f < 0.85 else str(p.dob.year))
        if age < 18:
            if T.pr(0.6):
                d["age"] = age
        elif told or o.get("agest"):
            if T.pr(0.6):
                d["age"] = max(18, age + p.agebias + T.r.randint(-2, 2))
        elif T.pr(0.25):
            d["age"] = age
        if p.sex and T.pr(0.85 if not told else 0.95):
            d["sex"] = p.sex
        if (o.get("addr") or (T.pr(0.25) and not told)) and p.addr:
            a = p.addr
            d["address"] = T.ch([a, a.replace(", Ashmoor", ""), a.upper(), "Flat " + a if T.pr(0.2) else a])
        ph = []
        if o.get("dealphone"):
            ph.append(T.phone_as(o["dealphone"]))
        if o.get("phone") and p.phones:
            ph.append(T.phone_as(T.ch(p.phones)))
        if ph:
            d["phones"] = ph
        if o.get("vehicle") and p.vehicles:
            v = T.ch(p.vehicles)
            d["vehicles"] = [{"vrm": T.vrm_as(v["vrm"], o.get("partial")), "description":
                              T.ch([v["description"], v["description"].split(" ", 1)[-1], v["description"].title()])}]
        if o.get("badge"):
            d["badge_no"] = "PH%04d" % (int(p.pid[1:]) * 7 % 10000)
        if places_ref and role in ("suspect", "associate", "other") and T.pr(0.5):
            d["places"] = places_ref[:1]
        if role == "victim" and p.incare and ag == "CSC" and T.pr(0.5):
            d["looked_after"] = True
        return d

    def grading(s, ag, t, g):
        T = s.T
        if g is None:
            return None
        if ag == "AMP" and t.year < 2016 or ag == "KC" and t.year < 2018:
            sv = T.ch("ABBCCCDE") if g == "any" else "B"
            iv = T.ch("1223344") if g == "any" else "2"
            return {"scheme": "5x5x5", "source": sv, "intelligence": iv, "handling": T.ch("11112345")}
        gr = {"source": T.ch("1223") if g == "any" else "1", "intelligence": T.ch("ABBCCDE") if g == "any" else "B",
              "handling": T.ch("PPPPC")}
        if T.pr(0.1):
            gr = {"scheme": "3x5x2", **gr}
        return gr

    def decisions(s, cid, sp, t, ag):
        T = s.T
        out = []

        def dec(at, outcome, reason=None, by=None):
            s.dseq += 1
            d = {"type": "decision", "id": "DEC-%s-%07d" % (ag, s.dseq * 3 + T.r.randint(0, 2)), "concern": cid,
                 "at": s.iso(at, ag), "by": by or s.author("AMP" if outcome in ("arrest", "charge", "conviction") else ag, sp),
                 "outcome": outcome}
            if reason or outcome == "no_further_action":
                d["reason"] = reason or T.ch(NFA_OTHER)
            out.append((at, d))
        cat, how = sp["cat"], sp["decide"]
        days = lambda a, b: t + dt.timedelta(days=T.r.randint(a, b), hours=T.r.randint(0, 9))
        if how == "conviction" or how == "charge_nfa":
            dec(days(1, 20), "investigation")
            dec(days(30, 200), "arrest")
            dec(days(200, 500), "charge")
            if how == "conviction":
                dec(days(500, 1100), "conviction", "convicted at Crown Court")
            else:
                dec(days(500, 900), "no_further_action", "CPS discontinued: victim unable to give evidence")
            return out
        if how == "unfounded":
            dec(days(3, 40), T.ch(["no_further_action", "other"]), T.ch(["allegation unfounded", "allegation withdrawn by young person",
                                                                        "unsubstantiated following strategy discussion"]))
            return out
        if T.pr(0.08 if cat not in ("intel", "housing") else 0.25):
            return out  # never decided
        if how == "strategy":
            dec(days(1, 7), "strategy_meeting", "multi-agency strategy discussion")
            if T.pr(0.5):
                dec(days(10, 60), "safeguarding_plan", "child protection plan: CSE")
            return out
        if cat == "police_expl" and ag in POLICE:
            x = T.r.random()
            if x < 0.82:
                dec(days(2, 45), "no_further_action", T.ch(NFA_POLICE))
            elif x < 0.92:
                dec(days(1, 10), "crime_recorded", "crime recorded")
                dec(days(30, 200), "no_further_action", T.ch(NFA_POLICE))
            else:
                dec(days(1, 10), T.ch(["investigation", "referred"]), "allocated to CID")
            return out
        if cat == "missing":
            oc = T.ch(["no_further_action", "no_further_action", "referred"])
            dec(days(0, 3), oc, T.ch(["located safe and well", "returned of own accord", "found by officers; returned to placement"])
                + ("; referred for return interview" if oc == "referred" else ""))
            return out
        if ag in POLICE:
            oc = T.ch(["no_further_action"] * 4 + ["crime_recorded", "investigation", "arrest"])
            dec(days(1, 60), oc, T.ch(NFA_POLICE) if oc == "no_further_action" else None)
            return out
        oc = T.ch(["referred", "referred", "no_further_action", "safeguarding_plan", "other"])
        dec(days(1, 30), oc, {"referred": T.ch(["referred to MASH", "shared with CSE team", "referred to early help"]),
                              "safeguarding_plan": "child in need plan", "other": "information shared with partners"}.get(oc,
                              T.ch(NFA_OTHER)))
        return out

    def write(s, outdir):
        T = s.T
        recs = []     # (sort_key, line_obj or raw string, truth-info)
        truth_m = []
        for sp in sorted(T.specs, key=lambda x: x["t"]):
            t, ag = sp["t"], sp["ag"]
            cid = s.cid(ag, t, sp["extra"])
            prs = []
            for k, pk in enumerate(sp["places"]):
                pd = T.places[pk]
                prs.append({"ref": "p%d" % (k + 1), "kind": pd["kind"], "name": T.ch(pd["names"])})
                if T.pr(0.5):
                    prs[-1]["address"] = pd["addr"] if T.pr(0.7) else pd["addr"].split(",")[0]
            pref = [x["ref"] for x in prs]
            subs, mm = [], []
            seen = set()
            for p, role, o in sp["subs"]:
                if p.pid in seen or T.age_at(p, t) < 0:
                    continue
                seen.add(p.pid)
                ref = "s%d" % (len(subs) + 1) if ag not in ("CSC", "ED") else T.ch(["s", "P", "subj"]) + str(len(subs) + 1)
                if any(x["ref"] == ref for x in subs):
                    ref = "s%d" % (len(subs) + 1) + "x"
                subs.append(s.subject(ref, p, role, o, ag, t, pref))
                mm.append((ref, p))
            agency = AG[ag][0]
            if ag == "SCH":
                u = sp["extra"].get("school") or SCHOOLS[0][1]
                agency = [n for n, uu in SCHOOLS if uu == u][0]
            c = {"type": "concern", "id": cid, "received": s.iso(t, ag), "agency": agency,
                 "author": s.author(ag, sp), "subjects": subs}
            if prs:
                c["places"] = prs
            if sp["ind"]:
                c["indicators"] = sp["ind"]
            if sp["off"]:
                c["offences"] = sp["off"]
            g = s.grading(ag, t, sp["grading"])
            if g:
                c["grading"] = g
            names = [x.get("name") for x in subs if x.get("name")]
            c["narrative"] = sp["narr"] + ((" (" + "; ".join(names[:3]) + ")") if names and T.pr(0.7) else "")
            if ag in POLICE and T.pr(0.3):
                c["occurrence_type"] = T.ch(["CSE", "MISPER", "INT", "CRIME"])
            if ag == "CSC" and T.pr(0.3):
                c["legacy"] = {"system": T.ch(["CareFirst", "Liquidlogic"]), "ref": str(T.r.randint(100000, 999999))}
            if ag == "ED" and T.pr(0.5):
                c["triage_category"] = T.r.randint(1, 5)
            recs.append((t, c))
            truth_m.append((cid, t, mm))
            for at, d in s.decisions(cid, sp, t, ag):
                recs.append((at, d))
            # amendments (a corrected spelling / added detail), re-sent duplicates
            if T.pr(0.015) and subs:
                t2 = t + dt.timedelta(days=T.r.randint(1, 12))
                a = json.loads(json.dumps(c))
                a["id"] = cid + "-AMD1"
                a["received"] = s.iso(t2, ag)
                a["amends"] = cid
                k = T.r.randrange(len(subs))
                p = mm[k][1]
                a["subjects"][k]["name"] = "%s %s" % (p.first, p.last)
                a["subjects"][k]["born"] = p.dob.isoformat()
                a["narrative"] = "AMENDMENT: name and DOB corrected. " + c["narrative"]
                recs.append((t2, a))
                truth_m.append((a["id"], t2, mm))
            if T.pr(0.01):
                recs.append((t + dt.timedelta(days=T.r.randint(30, 400)), c))  # re-sent in a later batch
        # file order: quarterly batches per agency, shuffled; decisions may precede their concerns
        def batch(x):
            t, o = x
            return (t.year, (t.month - 1) // 3, T.r.random())
        keyed = [(batch(x), x) for x in recs]
        keyed.sort(key=lambda z: z[0])
        lines = [json.dumps(o, ensure_ascii=False) for _, (_, o) in keyed]
        # a few records arrive long after their batch (late back-record conversion)
        for _ in range(max(3, len(lines) // 200)):
            i = T.r.randrange(len(lines))
            lines.insert(T.r.randrange(i, len(lines)), lines.pop(i))
        for _ in range(3):
            lines.insert(T.r.randrange(len(lines)), "")
        rejects = s.invalid(lines, recs)
        with open(os.path.join(outdir, "town.jsonl"), "w", encoding="utf-8") as f:
            for l in lines:
                f.write(l + "\n")
        with open(os.path.join(outdir, "expected_rejects.jsonl"), "w", encoding="utf-8") as f:
            for ln, why, text in rejects:
                f.write(json.dumps({"line": ln, "why": why, "text": text}, ensure_ascii=False) + "\n")
        # truth
        ment = {}
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
            for cid, t, mm in truth_m:
                for ref, p in mm:
                    f.write(json.dumps({"type": "mention", "mention": "%s/%s" % (cid, ref), "person": p.pid}) + "\n")
                    ment.setdefault(p.pid, []).append(t)
            for p in T.people:
                if p.pid in ment:
                    f.write(json.dumps({"type": "person", "person": p.pid, "kind": p.kind, "occupation": p.occ,
                                        "network": p.net or "", "mentioned": [x.strftime("%Y-%m-%dT%H:%M:%SZ")
                                                                            for x in sorted(ment[p.pid])]},
                                       ensure_ascii=False) + "\n")

    def invalid(s, lines, recs):
        """insert deliberately invalid lines; return (line number, why, text)."""
        T = s.T
        conc = [o for _, o in recs if o["type"] == "concern" and o["subjects"]]
        base = json.loads(json.dumps(T.ch(conc)))
        mk = lambda **kw: json.dumps({**{k: v for k, v in base.items() if k != "id"}, "id": "BAD-%s" % kw.pop("_id"), **kw},
                                     ensure_ascii=False)
        bad = []
        x = json.dumps(T.ch(conc), ensure_ascii=False)
        bad.append(("not valid JSON: line truncated mid-record", x[: len(x) // 2]))
        bad.append(("type 'referral' is not concern or decision", json.dumps({**base, "type": "referral", "id": "BAD-1"})))
        b = dict(base); b.pop("id")
        bad.append(("concern without id", json.dumps(b, ensure_ascii=False)))
        b = dict(base, id="BAD-3"); b.pop("received")
        bad.append(("concern without received", json.dumps(b, ensure_ascii=False)))
        bad.append(("received is not an ISO-8601 time", mk(_id=4, received="14/07/2015 16:20")))
        sj = json.loads(json.dumps(base["subjects"])); sj[0]["role"] = "perpetrator"
        bad.append(("subject role 'perpetrator' not in vocabulary", mk(_id=5, subjects=sj)))
        bad.append(("indicator 'cse' not in vocabulary", mk(_id=6, indicators=["missing", "cse"])))
        sj = json.loads(json.dumps(base["subjects"])); sj[0].pop("role")
        bad.append(("subject without role", mk(_id=7, subjects=sj)))
        bad.append(("place kind 'restaurant' not in vocabulary",
                    mk(_id=8, places=[{"ref": "p1", "kind": "restaurant", "name": "Gold Grill"}])))
        bad.append(("3x5x2 source grade '4' out of range 1-3",
                    mk(_id=9, grading={"source": "4", "intelligence": "B", "handling": "P"})))
        sj = json.loads(json.dumps(base["subjects"])); sj[0]["sex"] = "female"
        bad.append(("sex 'female' is not F, M, X", mk(_id=10, subjects=sj)))
        sj = json.loads(json.dumps(base["subjects"])) * 2 if len(base["subjects"]) == 1 else \
            [dict(x, ref="s1") for x in json.loads(json.dumps(base["subjects"]))]
        bad.append(("subject ref not unique within the concern", mk(_id=11, subjects=sj)))
        sj = json.loads(json.dumps(base["subjects"])); sj[0]["born"] = "2001-13"
        bad.append(("born '2001-13' is not a (partial) date", mk(_id=12, subjects=sj)))
        bad.append(("subjects missing (required)", json.dumps({k: v for k, v in base.items() if k != "subjects"} | {"id": "BAD-13"},
                                                              ensure_ascii=False)))
        bad.append(("line is a JSON array, not an object", json.dumps([base["id"], "concern"])))
        bad.append(("decision no_further_action without reason", json.dumps(
            {"type": "decision", "id": "BAD-D-1", "concern": base["id"], "at": base["received"],
             "by": {"id": "amp-0001", "name": "PC A. Test", "role": "police officer"}, "outcome": "no_further_action"})))
        bad.append(("decision outcome 'closed' not in vocabulary", json.dumps(
            {"type": "decision", "id": "BAD-D-2", "concern": base["id"], "at": base["received"],
             "by": {"id": "amp-0001", "name": "PC A. Test", "role": "police officer"}, "outcome": "closed", "reason": "x"})))
        bad.append(("decision without concern", json.dumps(
            {"type": "decision", "id": "BAD-D-3", "at": base["received"],
             "by": {"id": "amp-0001", "name": "PC A. Test", "role": "police officer"}, "outcome": "referred"})))
        bad.append(("concern without author", json.dumps({k: v for k, v in base.items() if k != "author"} | {"id": "BAD-14"},
                                                         ensure_ascii=False)))
        bad.append(("subject places refers to undefined place ref", mk(_id=15, subjects=[dict(json.loads(json.dumps(base["subjects"][0])), places=["p9"])],
                                                                      places=[])))
        # same id as an earlier concern, different content (must be rejected; the original stays)
        conflict = dict(base, narrative=(base.get("narrative") or "") + " [edited locally]")
        orig_line = json.dumps(base, ensure_ascii=False)
        for why, text in bad:
            lines.insert(T.r.randrange(len(lines) + 1), text)
        lines.insert(T.r.randrange(len(lines) + 1), json.dumps(conflict, ensure_ascii=False))
        # the conflicting copy must come after the original in file order
        ci = lines.index(json.dumps(conflict, ensure_ascii=False))
        oi = next(i for i, l in enumerate(lines) if l.startswith('{"type": "concern", "id": "%s",' % base["id"]) and i != ci)
        if ci < oi:
            l = lines.pop(ci)
            lines.append(l)
        bad.append(("same id as an earlier concern with different content", json.dumps(conflict, ensure_ascii=False)))
        out = []
        want = {t: w for w, t in bad}
        for i, l in enumerate(lines, 1):
            if l in want:
                out.append((i, want[l], l))
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--concerns", type=int, default=3000)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    town = Town(a.seed, a.concerns)
    town.generate()
    Writer(town).write(a.outdir)


if __name__ == "__main__":
    main()
