#!/usr/bin/env python3
"""Town 4 ("Wexbridge"): a synthetic county town for testing Vigil, with ground truth.

usage: gen.py SEED OUTDIR [--concerns N]

Writes OUTDIR/town.jsonl (concern and decision records in the Vigil interchange format, v1),
OUTDIR/truth.jsonl (mention -> person, and one line per person) and OUTDIR/expected_rejects.jsonl
(the few lines that are deliberately invalid and must be quarantined).
Everyone is synthetic. Phone numbers are in Ofcom's drama ranges; postcodes use the non-existent
"WX" area. Names are drawn from one mixed pool for every kind of adult, so a name carries no signal.
"""
import argparse
import datetime as dt
import json
import os
import random
import string

START = dt.datetime(2008, 1, 1)
END = dt.datetime(2018, 12, 31, 23, 0)
DAY = dt.timedelta(days=1)

# ---------------------------------------------------------------- name pools (shared by every kind)
M_ADULT = ["Daniel", "Mark", "Paul", "Lee", "Craig", "Darren", "Jason", "Wayne", "Stuart", "Gary", "Ryan", "Adam",
           "Shaun", "Dean", "Kevin", "Michael", "James", "David", "Andrew", "Steven", "Imran", "Tariq", "Asif",
           "Shahid", "Adil", "Kamran", "Zahid", "Rizwan", "Naveed", "Sajid", "Mohammed", "Amir", "Hassan", "Omar",
           "Bilal", "Faisal", "Arif", "Aziz", "Jaswinder", "Gurpreet", "Harjit", "Piotr", "Tomasz", "Marek",
           "Andrei", "Florin", "Bogdan", "Kemal", "Mehmet", "Ahmet", "Dilshad", "Rebwar", "Hawre", "Tendai",
           "Kwame", "Emeka", "Tunde", "Delroy", "Marcus", "Leon", "Tyrone", "Jermaine", "Carl", "Simon", "Neil",
           "Ian", "Graham", "Martin", "Tony", "Jamie", "Liam", "Nathan", "Jordan", "Connor", "Kieran", "Ricky",
           "Dale", "Scott", "Sean", "Aaron", "Matthew", "Christopher"]
F_ADULT = ["Sarah", "Lisa", "Claire", "Joanne", "Nicola", "Kelly", "Emma", "Michelle", "Donna", "Karen", "Julie",
           "Tracey", "Samina", "Nasreen", "Shazia", "Rubina", "Aisha", "Fatima", "Parveen", "Agnieszka", "Katarzyna",
           "Ioana", "Elena", "Grace", "Blessing", "Chipo", "Marcia", "Sonia", "Leanne", "Gemma", "Stacey", "Amanda",
           "Helen", "Rachel", "Louise", "Hayley", "Dawn", "Jackie", "Sharon", "Zoe", "Amy", "Jade", "Kirsty"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Hall", "Green", "Wood", "Marsh",
            "Booth", "Hudson", "Parkin", "Ward", "Turner", "Hill", "Clarke", "Harrison", "Barker", "Fletcher",
            "Holmes", "Lister", "Naylor", "Kay", "Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Malik",
            "Shah", "Rashid", "Bashir", "Mahmood", "Butt", "Aslam", "Singh", "Kaur", "Gill", "Sandhu", "Kowalski",
            "Nowak", "Wisniewski", "Popescu", "Ionescu", "Yilmaz", "Demir", "Karim", "Osei", "Mensah", "Okafor",
            "Adeyemi", "Campbell", "Francis", "Grant", "Reid", "Murphy", "Kelly", "O'Brien", "Doyle", "Byrne",
            "McCarthy", "Evans", "Roberts", "Hughes", "Lewis", "Morgan", "Price", "Mitchell", "Bennett", "Cooper"]
F_CHILD = ["Chloe", "Jessica", "Lauren", "Sophie", "Megan", "Charlotte", "Hannah", "Amy", "Kayleigh", "Courtney",
           "Bethany", "Jade", "Shannon", "Paige", "Danielle", "Rebecca", "Stacey", "Leah", "Holly", "Ellie", "Abbie",
           "Molly", "Amber", "Tia", "Kirsty", "Chantelle", "Demi", "Aaliyah", "Zara", "Aisha", "Amina", "Maryam",
           "Simran", "Natalia", "Julia", "Roxana", "Precious", "Shanice", "Keira", "Olivia", "Emily", "Lucy",
           "Georgia", "Mia", "Caitlin", "Jodie", "Nicole", "Katie"]
M_CHILD = ["Jack", "Thomas", "Joshua", "Callum", "Liam", "Kyle", "Connor", "Bradley", "Jordan", "Ryan", "Reece",
           "Jake", "Lewis", "Tyler", "Harry", "Charlie", "Alfie", "Kai", "Ethan", "Mason", "Zain", "Ayaan", "Hamza",
           "Yusuf", "Ibrahim", "Harvey", "Leon", "Jayden", "Kacper", "Filip", "David", "Samuel", "Tayo", "Marcus",
           "Declan", "Dylan", "Owen", "Luke", "Ben", "Sam"]
NICKS = ["Ash", "Bez", "Tiny", "Smudge", "Boss", "Kaz", "Jay", "Rocky", "Wolf", "Sparky", "Big Man", "Shorty", "Mo",
         "Taz", "Dex", "Zed", "Bugsy", "Chef", "Uncle", "Lucky", "Ace", "Bobby", "Spider", "Flash", "Frosty", "Kingy",
         "Rambo", "Slim", "Bear", "Fox", "Tank", "Jimmy", "Mac", "Benny", "Rico", "Zippy", "Coco", "Bruv", "Dee",
         "Gaz", "Sully", "Tommo", "Jonno", "Deano", "Daddy", "Prince", "Sonny", "Bossman", "K", "Snoop"]
CHILD_NICK = {"Jessica": "Jess", "Rebecca": "Becky", "Bethany": "Beth", "Danielle": "Dani", "Charlotte": "Charlie",
              "Kayleigh": "Kay", "Courtney": "Court", "Chantelle": "Chan", "Natalia": "Nat", "Georgia": "George",
              "Caitlin": "Cait", "Nicole": "Nikki", "Abbie": "Abs", "Megan": "Meg", "Shannon": "Shan",
              "Joshua": "Josh", "Thomas": "Tom", "Bradley": "Brad", "Samuel": "Sam", "Callum": "Cal",
              "Ibrahim": "Ibby", "Jayden": "Jay", "Hamza": "Hamz", "Harvey": "H", "Olivia": "Liv"}
SPELL_VARIANTS = {"Kayleigh": ["Kayley", "Kaleigh", "Kaylee"], "Mohammed": ["Mohammad", "Muhammed", "Mohamed"],
                  "Steven": ["Stephen", "Stephan"], "Shaun": ["Shawn", "Sean"], "Sean": ["Shaun", "Shawn"],
                  "Imran": ["Imron"], "Tariq": ["Tarik", "Tareq"], "Zahid": ["Zaheed"], "Sajid": ["Sajjid", "Sajed"],
                  "Piotr": ["Peter", "Pyotr"], "Chloe": ["Cloe", "Khloe"], "Jade": ["Jayde"], "Leah": ["Lea", "Leigh"],
                  "Demi": ["Demmi"], "Aaliyah": ["Aliyah", "Aliya"], "Tia": ["Tiah"], "Shanice": ["Shaniece"],
                  "Naylor": ["Nayler"], "Hussain": ["Hussein", "Husain"], "Mahmood": ["Mahmud", "Mehmood"],
                  "Kowalski": ["Kowalsky"], "McCarthy": ["MacCarthy"], "Clarke": ["Clark"], "Francis": ["Frances"],
                  "Osei": ["Osay"], "Okafor": ["Okafur"], "Gurpreet": ["Gurprit"], "Wisniewski": ["Wisnewski"],
                  "Rebwar": ["Rebar"], "Andrei": ["Andrey"], "Kemal": ["Kamal"], "Mehmet": ["Mehmed"],
                  "Jermaine": ["Germaine"], "Delroy": ["Delray"], "Stacey": ["Stacy", "Staci"], "Paige": ["Page"]}
STREETS = ["Cranmer Rd", "Ferry Lane", "Marsh Lane", "Station Rd", "Kingsway", "Abbey St", "Mill Lane", "Castle Hill",
           "Orchard Way", "Priory Rd", "Brook St", "Church Walk", "Cowfield Rd", "Wharf St", "Victoria Tce",
           "Albert Rd", "Queens Ave", "Larkfield Rd", "Northgate", "Southgate", "Market St", "Canal Side",
           "Heron Close", "Bishops Way", "Elm Grove", "Beech Ave", "Hawthorn Cres", "Tanners Row", "Ropewalk",
           "Moor Lane", "Riverside", "Pit Lane", "Saxon Way", "Willow Dr", "Linden Ct", "Gas St"]
SCHOOLS = ["St Aldhelm's Academy", "Northgate School", "Kingsmead Academy", "Wexbridge College", "Moorside High"]

IND = ["missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "taxi", "hotel", "multiple_adults",
       "sexual_health", "pregnancy", "injury", "school_absence", "online_contact", "money", "threats",
       "trafficked_elsewhere"]
NFA_REASONS = ["lifestyle choice; no complaint made", "victim declined to support a prosecution",
               "no offences disclosed", "insufficient evidence", "relationship appears consensual",
               "child returned safe and well", "parents to manage", "intelligence filed; no further action",
               "CPS advice: no realistic prospect of conviction", "victim not credible (note by DS)",
               "child refused to engage", "no crime", "unable to identify suspect", "complainant withdrew",
               "duplicate of earlier report", "NFA - filed", "not CSE - peer relationship"]
DA_NFA = ["no offences disclosed", "victim did not support", "words only", "advice given", "NFA - filed"]


def zone(t):
    """UK local offset for a naive UTC datetime (approximate BST: last Sun Mar - last Sun Oct)."""
    def last_sun(y, m):
        d = dt.datetime(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    s, e = last_sun(t.year, 3).replace(hour=1), last_sun(t.year, 10).replace(hour=1)
    return 1 if s <= t < e else 0


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Person:
    __slots__ = ("id", "kind", "sex", "first", "last", "nick", "born", "occupation", "network", "phones",
                 "vehicles", "address", "mentioned", "usernames", "extra")

    def __init__(self, pid, kind, sex, first, last, born, occupation="", network=""):
        self.id, self.kind, self.sex, self.first, self.last = pid, kind, sex, first, last
        self.born, self.occupation, self.network = born, occupation, network
        self.nick = None
        self.phones, self.vehicles, self.usernames = [], [], []
        self.address = None
        self.mentioned = []
        self.extra = {}


class Town:
    def __init__(self, seed, n):
        self.r = random.Random(seed)
        self.n = n
        self.scale = n / 3000.0
        self.persons = []
        self.concerns = []      # (record, [(ref, pid, form)])
        self.decisions = []
        self.ids = set()
        self.counters = {}
        self.phone_pool = list(range(900000, 901000))
        self.r.shuffle(self.phone_pool)
        self.land_pool = ["%s %s%03d" % (area, local, i) for (area, local) in
                          (("01632", "960"), ("0113", "496 0"), ("0114", "496 0"), ("0115", "496 0"), ("0116", "496 0"),
                           ("0117", "496 0"), ("0118", "496 0"), ("0121", "496 0"), ("0161", "496 0"), ("020", "7946 0"))
                          for i in range(1000)]
        self.r.shuffle(self.land_pool)
        self.vrms = set()
        self.places = {}
        self.staff = {}
        self.deciders = {}
        self.in_care = {}       # child id -> [(start, end, carer kind, carer id or home key)]
        self.setup_agencies()

    # ------------------------------------------------------------ primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def rand_time(self, a, b):
        if b <= a:
            return a
        s = (b - a).total_seconds()
        return a + dt.timedelta(seconds=int(self.r.random() * s))

    def work_time(self, t, night=False):
        d = dt.datetime(t.year, t.month, t.day)
        if night and self.chance(0.6):
            h = self.pick([19, 20, 21, 22, 23, 0, 1, 2, 3])
        else:
            h = self.r.randint(8, 18)
        return d + dt.timedelta(hours=h, minutes=self.r.randint(0, 59), seconds=self.pick([0, 0, 0, self.r.randint(0, 59)]))

    def clamp(self, t):
        return max(START, min(END, t))

    def new_person(self, kind, sex, born_from, born_to, occupation="", network="", first=None, last=None):
        if first is None:
            if kind in ("victim", "other_child"):
                first = self.pick(F_CHILD if sex == "F" else M_CHILD)
            else:
                first = self.pick(F_ADULT if sex == "F" else M_ADULT)
        if last is None:
            last = self.pick(SURNAMES)
        born = dt.date(self.r.randint(born_from, born_to), self.r.randint(1, 12), self.r.randint(1, 28))
        p = Person("T%05d" % (len(self.persons) + 1), kind, sex, first, last, born, occupation, network)
        if kind in ("victim", "other_child"):
            if first in CHILD_NICK and self.chance(0.5):
                p.nick = CHILD_NICK[first]
        elif self.chance(0.35 if kind != "offender" else 0.8):
            p.nick = self.pick(NICKS) if self.chance(0.8) else first[:3]
        self.persons.append(p)
        return p

    def phone(self, p=None, land=False, key=False):
        """Ofcom drama numbers only: the one mobile range (kept for the people who matter to the story, and for
        a share of everyone else while it lasts) and the geographic drama ranges."""
        if not land and self.phone_pool and (key or len(self.phone_pool) > 450):
            num = "07700 %06d" % self.phone_pool.pop()
        else:
            num = self.land_pool.pop()
        if p is not None:
            p.phones.append(num)
        return num

    def vrm(self, year=None):
        while True:
            y = year or self.r.randint(2001, 2008)
            age = (y % 100) if self.chance(0.5) else (y % 100) + 50
            if y < 2001:
                age = 51
            v = "%s%s%02d %s" % (self.pick("ABCDEFGHKLMNOPRSVWY"), self.pick("ABCDEFGHJKLMNOPRSTUVWXY"), age,
                                 "".join(self.pick("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3)))
            if v not in self.vrms:
                self.vrms.add(v)
                return v

    def vehicle(self, p, desc, taxi=False):
        v = {"vrm": self.vrm(), "description": desc, "taxi": taxi}
        p.vehicles.append(v)
        return v

    def address(self):
        return "%d %s, WX%d %d%s" % (self.r.randint(1, 140), self.pick(STREETS), self.r.randint(1, 9),
                                    self.r.randint(1, 9), "".join(self.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))

    def new_id(self, prefix_fmt, t):
        key = (prefix_fmt, t.year)
        self.counters[key] = self.counters.get(key, 0) + self.r.randint(1, 9)
        rid = prefix_fmt.format(y=t.year, yy=t.year % 100, n=self.counters[key], d=t.strftime("%Y%m%d"))
        while rid in self.ids:
            self.counters[key] += 1
            rid = prefix_fmt.format(y=t.year, yy=t.year % 100, n=self.counters[key], d=t.strftime("%Y%m%d"))
        self.ids.add(rid)
        return rid

    # ------------------------------------------------------------ agencies and staff
    def setup_agencies(self):
        A = {}

        def ag(key, name, fmt, roles, nstaff, idfmt, drole=None):
            A[key] = {"name": name, "fmt": fmt}
            self.staff[key] = []
            for i in range(nstaff):
                sex = self.pick("MF")
                nm = "%s. %s" % (self.pick(string.ascii_uppercase.replace("X", "")), self.pick(SURNAMES))
                if key == "police" and self.chance(0.6):
                    nm = self.pick(["PC ", "DC ", "PS ", "PCSO "]) + nm
                self.staff[key].append({"id": idfmt % self.r.randint(1000, 9999), "name": nm, "role": self.pick(roles)})
            if drole:
                self.deciders[key] = [{"id": idfmt % self.r.randint(100, 999) + "m", "name": (self.pick(["DS ", "DI ", "", ""]) if key.startswith("police") else "") + "%s. %s" % (self.pick("ABCDEGHJKLMNPRST"), self.pick(SURNAMES)),
                                      "role": drole} for _ in range(3)]
        ag("police", "Wexshire Police", "WXP-{y}-{n:06d}", ["police officer", "intelligence officer", "PCSO",
                                                              "missing persons coordinator"], 30, "wxp-%d", "police officer")
        ag("police_pvp", "Wexshire Police PVP Unit", "PVP/{yy}/{n:05d}", ["detective constable", "DS"], 8, "wxp-%d",
           "detective sergeant")
        ag("csc", "Wexbridge Children's Social Care", "CSC-{y}-{n:05d}", ["social worker", "duty social worker",
                                                                          "team manager"], 14, "csc-%d", "team manager")
        ag("yp", "Wexbridge Young People's Project", "YPP/{y}/{n:04d}", ["youth worker", "outreach worker"], 2,
           "ypp-%02d", "project manager")
        ag("shc", "Wexbridge Integrated Sexual Health", "ISH-{y}-{n:05d}", ["nurse", "health adviser"], 6, "ish-%d",
           "safeguarding lead")
        ag("ed", "Wexbridge General Hospital ED", "ED{d}-{n:04d}", ["ED nurse", "doctor", "paediatric liaison"], 10,
           "ed-%d", "safeguarding nurse")
        ag("school", "Wexshire Schools", "EDU-{y}-{n:05d}", ["attendance officer", "school nurse", "head of year"], 6, "edu-%d", "education welfare officer")
        ag("care", "Wexshire Residential Care", "RC-{yy}-{n:05d}", ["night care officer", "home manager"], 3, "rc-%d",
           "home manager")
        ag("mcs", "Pathways Missing Service", "PMS-{y}-{n:04d}", ["return interview worker"], 5, "pms-%d",
           "service manager")
        ag("lic", "Wexbridge Council Licensing", "LIC/{y}/{n:04d}", ["licensing officer"], 3, "lic-%d",
           "licensing manager")
        ag("btp", "British Transport Police", "BTP-{y}-{n:06d}", ["police officer"], 4, "btp-%d", "police officer")
        ag("nforce", "Mercshire Police", "MP{yy}{n:06d}", ["police officer", "detective constable"], 6, "mer-%d",
           "police officer")
        ag("anon", "Crimestoppers", "CS-{y}-{n:05d}", ["call handler"], 2, "cs-%d", None)
        ag("camhs", "Wexshire CAMHS", "CAMHS-{y}-{n:04d}", ["clinician"], 4, "camhs-%d", "clinical lead")
        ag("housing", "Wexbridge Housing Options", "HO-{y}-{n:05d}", ["housing officer"], 3, "ho-%d", "housing manager")
        ag("lado", "Wexshire LADO", "LADO-{y}-{n:03d}", ["LADO"], 2, "lado-%d", "LADO")
        ag("fost", "Wexshire Fostering Service", "FS-{y}-{n:04d}", ["supervising social worker"], 4, "fs-%d",
           "fostering manager")
        self.agencies = A

    def author(self, key, person=None, role=None):
        if person is not None:
            return {"id": person.extra["staff_id"], "name": self.fmt_author(person), "role": role or person.occupation}
        return dict(self.pick(self.staff[key]))

    def fmt_author(self, p):
        return self.pick(["%s %s" % (p.first, p.last), "%s. %s" % (p.first[0], p.last), "%s %s" % (p.first, p.last)])

    # ------------------------------------------------------------ name rendering
    def misspell(self, s):
        if s in SPELL_VARIANTS and self.chance(0.7):
            return self.pick(SPELL_VARIANTS[s])
        if len(s) < 4:
            return s + s[-1]
        i = self.r.randint(1, len(s) - 2)
        op = self.r.randint(0, 3)
        if op == 0:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if op == 1:
            return s[:i] + s[i + 1:]
        if op == 2:
            return s[:i] + s[i] + s[i:]
        vow = "aeiouy"
        c = s[i]
        return s[:i] + (self.pick(vow.replace(c, "")) if c in vow else c) + s[i + 1:]

    def render_name(self, p, weights):
        """weights: dict form -> weight. Returns (name or None, form, aliases or None)."""
        forms = [f for f in weights if weights[f] > 0]
        if not p.nick:
            forms = [f for f in forms if f != "nickname"]
        if not p.usernames:
            forms = [f for f in forms if f != "username"]
        if not forms:
            forms = ["full"]
        f = self.r.choices(forms, [weights[x] for x in forms])[0]
        aliases = None
        if f == "full":
            name = "%s %s" % (p.first, p.last)
            if p.nick and self.chance(0.15):
                aliases = [p.nick]
        elif f == "upper":
            name = ("%s %s" % (p.first, p.last)).upper()
        elif f == "surname_first":
            name = self.pick(["%s, %s" % (p.last.upper(), p.first), "%s %s" % (p.last.upper(), p.first)])
        elif f == "first":
            name = p.first if self.chance(0.85) else p.first.lower()
        elif f == "nickname":
            name = p.nick if self.chance(0.85) else "'%s'" % p.nick
        elif f == "misspelling":
            if self.chance(0.5):
                name = "%s %s" % (self.misspell(p.first), p.last)
            elif self.chance(0.5):
                name = "%s %s" % (p.first, self.misspell(p.last))
            else:
                name = self.misspell(p.first)
        elif f == "initial":
            name = self.pick(["%s. %s" % (p.first[0], p.last), "%s%s" % (p.first[0], p.last[0]),
                              "%s. %s." % (p.first[0], p.last[0]), "%s %s." % (p.first, p.last[0])])
        elif f == "username":
            name = self.pick(p.usernames)
        elif f == "first_nick":
            name = "%s '%s' %s" % (p.first, p.nick, p.last) if p.nick else "%s %s" % (p.first, p.last)
        else:
            return None, "none", None
        return name, f, aliases

    # ------------------------------------------------------------ subjects
    def age(self, p, t):
        b = p.born
        return t.year - b.year - ((t.month, t.day) < (b.month, b.day))

    def subject(self, p, role, t, names, born=0.3, age=0.6, sex=0.85, phone=0.0, vehicle=None, address=0.0,
                est_age=False, extra=None):
        s = {"ref": None, "role": role}
        nm, form, al = self.render_name(p, names)
        if nm is not None:
            s["name"] = nm
        if al:
            s["aliases"] = al
        if p.usernames and form != "username" and self.chance(0.4):
            s.setdefault("aliases", []).append(self.pick(p.usernames))
        if self.chance(born) and form not in ("none",):
            k = self.r.random()
            b = p.born
            if k < 0.65:
                s["born"] = b.isoformat()
            elif k < 0.85:
                s["born"] = "%04d-%02d" % (b.year, b.month)
            else:
                s["born"] = "%04d" % b.year
            if self.chance(0.04):   # a transposed day/month or a wrong year: real data entry mistakes
                if "-" in s["born"][5:] and b.day <= 12:
                    s["born"] = "%04d-%02d-%02d" % (b.year, b.day, b.month)
                else:
                    s["born"] = str(b.year + self.pick([-1, 1])) + s["born"][4:]
        if self.chance(age):
            a = self.age(p, t)
            if est_age:
                a = max(10, a + self.r.randint(-6, 5))
            elif self.chance(0.08):
                a += self.pick([-1, 1])
            s["age"] = a
        if self.chance(sex) and p.sex:
            s["sex"] = p.sex
        if self.chance(address) and p.address:
            s["address"] = p.address if self.chance(0.7) else p.address.split(",")[0].upper()
        if phone and p.phones and self.chance(phone):
            s["phones"] = [self.fmt_phone(self.pick(p.phones))]
        if vehicle:
            s["vehicles"] = [vehicle]
        if extra:
            s.update(extra)
        if self.chance(0.03):
            s["ethnicity"] = self.pick(["W1", "W2", "W9", "A1", "A2", "A3", "A9", "B1", "B2", "M1", "M9", "O9",
                                        "not stated"])
        return s, form

    def fmt_phone(self, num):
        a, b = num.split(" ", 1)
        k = self.r.randint(0, 9)
        if not a.startswith("07"):
            return self.pick([num, (a + b).replace(" ", ""), "(%s) %s" % (a, b), "+44 %s %s" % (a[1:], b)])
        forms = [num, a + b, "+44 %s %s" % (a[1:], b), "+44%s%s" % (a[1:], b), "%s %s %s" % (a, b[:3], b[3:]),
                 "(%s) %s" % (a, b), "0044 %s %s" % (a[1:], b), "%s-%s-%s" % (a, b[:3], b[3:]),
                 "+44 (0)%s %s" % (a[1:], b), num[:-1] + "?"]
        return forms[k]

    def fmt_vehicle(self, v, partial=0.5, desc=0.8):
        vrm = v["vrm"]
        out = {}
        if self.chance(partial):
            chars = list(vrm)
            idx = [i for i, c in enumerate(chars) if c != " "]
            k = self.r.choices([1, 2, 3], [5, 3, 1])[0]
            if self.chance(0.25):   # only the start seen
                cut = self.r.randint(3, 5)
                chars = chars[:cut] + ["?" if c != " " else c for c in chars[cut:]]
            else:
                for i in self.r.sample(idx, k):
                    chars[i] = "?"
            vrm = "".join(chars)
        elif self.chance(0.06):    # a misread character, not marked as unknown
            sub = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5"}
            chars = list(vrm)
            cand = [i for i, c in enumerate(chars) if c in sub]
            if cand:
                i = self.pick(cand)
                chars[i] = sub[chars[i]]
            vrm = "".join(chars)
        k = self.r.random()
        if k < 0.2:
            vrm = vrm.replace(" ", "")
        elif k < 0.27:
            vrm = vrm.lower()
        out["vrm"] = vrm
        if self.chance(desc):
            d = v["description"]
            if v.get("taxi") and self.chance(0.6):
                d += self.pick([" (taxi)", ", private hire", " - taxi plate seen", " PH"])
            out["description"] = d if self.chance(0.8) else d.upper()
        return out

    # ------------------------------------------------------------ places
    def add_place(self, key, kind, names, address):
        self.places[key] = {"kind": kind, "names": names, "address": address}

    def place_ref(self, key, ref):
        pl = self.places[key]
        d = {"ref": ref, "kind": pl["kind"]}
        if self.chance(0.93):
            d["name"] = self.pick(pl["names"])
        if self.chance(0.6):
            d["address"] = pl["address"] if self.chance(0.7) else pl["address"].split(",")[0]
        if self.chance(0.05) and pl["kind"] != "address":
            d["kind"] = self.pick(["other", "address", "shop"]) if pl["kind"] in ("takeaway", "shop") else pl["kind"]
        return d

    # ------------------------------------------------------------ concern builder
    def concern(self, agency, t, subjects, indicators=(), offences=(), places=(), narrative=None, author=None,
                grading=None, decisions=None, extra=None):
        """subjects: list of (subject dict, form, person). places: list of place keys, referenced from subjects via
        '@place:KEY' entries in subject['places']."""
        t = self.clamp(t)
        a = self.agencies[agency]
        rid = self.new_id(a["fmt"], t)
        rec = {"type": "concern", "id": rid, "received": self.fmt_time(t), "agency": a["name"],
               "author": author or self.author(agency), "subjects": []}
        pref = {}
        plist = []
        for k in places:
            if k not in pref:
                pref[k] = "p%d" % (len(pref) + 1)
                plist.append(self.place_ref(k, pref[k]))
        truth = []
        for i, (s, form, p) in enumerate(subjects):
            s = dict(s)
            s["ref"] = "s%d" % (i + 1)
            if "places" in s:
                s["places"] = [pref[k] for k in s["places"] if k in pref]
                if not s["places"]:
                    del s["places"]
            # key order: ref first
            s = {"ref": s.pop("ref"), **s}
            rec["subjects"].append(s)
            truth.append((s["ref"], p.id, form))
        if plist:
            rec["places"] = plist
        if indicators:
            ind = list(dict.fromkeys(indicators))
            self.r.shuffle(ind)
            rec["indicators"] = ind
        if offences:
            rec["offences"] = list(dict.fromkeys(offences))
        if grading is None and agency in ("police", "police_pvp", "anon", "nforce", "btp") and self.chance(0.5):
            if t.year < 2013 and self.chance(0.7):
                grading = {"scheme": "5x5x5", "source": self.pick("ABCDE"), "intelligence": str(self.r.randint(1, 5)),
                           "handling": str(self.r.randint(1, 5))}
            else:
                grading = {"source": str(self.r.randint(1, 3)), "intelligence": self.pick("ABCDE"),
                           "handling": self.pick("PPPC")}
        if grading:
            rec["grading"] = grading
        if narrative and self.chance(0.93):
            rec["narrative"] = narrative
        if extra:
            rec.update(extra)
        if self.chance(0.12):
            rec[self.pick(["force_ref", "local_ref", "source_system", "team"])] = self.pick(
                ["NICHE", "Mosaic", "SystmOne", "Liquidlogic", "CP-IS", "Athena", "ref %d" % self.r.randint(1, 99999),
                 "East LPA", "MASH"])
        self.concerns.append((rec, truth, t))
        for (s, form, p) in subjects:
            p.mentioned.append(t)
        if decisions is not None:
            self.decide(rec, t, agency, decisions)
        return rec

    def fmt_time(self, t):
        k = self.r.random()
        if k < 0.55:
            return iso_z(t)
        if k < 0.85:
            off = zone(t)
            lt = t + dt.timedelta(hours=off)
            return lt.strftime("%Y-%m-%dT%H:%M:%S") + ("+01:00" if off else self.pick(["+00:00", "+00:00", "Z"]))
        if k < 0.95:
            return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % self.r.randint(0, 999)
        # a partner whose export is in UTC but written with an explicit offset elsewhere (e.g. a neighbouring
        # system set to Central European Time)
        lt = t + dt.timedelta(hours=1 + zone(t))
        return lt.strftime("%Y-%m-%dT%H:%M:%S") + ("+02:00" if zone(t) else "+01:00")

    def decide(self, rec, t, agency, plan):
        """plan: list of (outcome, delay_days, reason or None, decider agency or None)."""
        at = t
        for outcome, delay, reason, dag in plan:
            at = at + dt.timedelta(days=delay, hours=self.r.randint(0, 8), minutes=self.r.randint(0, 59))
            if at > END + dt.timedelta(days=400):
                continue
            dag = dag or agency
            by = dict(self.pick(self.deciders.get(dag) or self.deciders["police"]))
            did = "D-%s-%s" % (rec["id"].replace("/", "-"), len([d for d in self.decisions if d[0]["concern"] == rec["id"]]) + 1) \
                if self.chance(0.5) else "DEC%07d" % (len(self.decisions) + 1)
            while did in self.ids:
                did += "x"
            self.ids.add(did)
            d = {"type": "decision", "id": did, "concern": rec["id"], "at": self.fmt_time(at), "by": by,
                 "outcome": outcome}
            if outcome == "no_further_action":
                d["reason"] = reason or self.pick(NFA_REASONS)
            elif reason and self.chance(0.7):
                d["reason"] = reason
            self.decisions.append((d, at))

    def police_plan(self, cse=True, nfa=0.85, stage_delay=(1, 40)):
        r = self.r.random()
        if r < 0.07:
            return []                     # never decided: overdue
        if self.chance(nfa):
            if self.chance(0.2):
                return [("crime_recorded", self.r.randint(0, 3), None, None),
                        ("no_further_action", self.r.randint(*stage_delay), None, "police")]
            return [("no_further_action", self.r.randint(*stage_delay), None, None)]
        return self.r.choice([[("investigation", self.r.randint(1, 10), "allocated to PVP", None),
                               ("no_further_action", self.r.randint(20, 200), None, "police_pvp")],
                              [("referred", self.r.randint(0, 5), "to MASH", None)],
                              [("strategy_meeting", self.r.randint(1, 7), None, "csc")],
                              [("crime_recorded", self.r.randint(0, 3), None, None)]])

    def agency_plan(self, agency):
        if self.chance(0.08):
            return []
        if agency in ("police", "police_pvp", "btp", "nforce", "anon"):
            return self.police_plan()
        if agency == "csc":
            return self.pick([[("strategy_meeting", self.r.randint(1, 10), None, None),
                               ("safeguarding_plan", self.r.randint(5, 30), None, None)],
                              [("no_further_action", self.r.randint(1, 20), self.pick(
                                  ["threshold not met", "parents engaging", "no role for CSC",
                                   "child's choice; no CSE risk identified"]), None)],
                              [("referred", self.r.randint(1, 15), "early help", None)],
                              [("safeguarding_plan", self.r.randint(3, 40), None, None)]])
        if agency in ("shc", "ed", "school", "yp", "mcs", "camhs", "care", "fost", "housing", "lic"):
            return self.pick([[("referred", self.r.randint(0, 7), "to Children's Social Care", None)],
                              [("referred", self.r.randint(0, 7), "to MASH", None)],
                              [("other", self.r.randint(0, 14), "information shared", None)],
                              [("no_further_action", self.r.randint(1, 20), self.pick(
                                  ["no concerns on review", "managed in service", "parent informed"]), None)]])
        if agency == "lado":
            return [("strategy_meeting", self.r.randint(2, 10), None, None),
                    ("no_further_action", self.r.randint(20, 90), self.pick(
                        ["allegation unfounded", "unsubstantiated", "malicious allegation",
                         "no evidence; practice advice given"]), None)]
        return []

    # ------------------------------------------------------------ people of the town
    def build(self):
        r = self.r
        sc = self.scale
        # ---- places
        self.add_place("larkfield", "care_home", ["Larkfield House", "Larkfield", "LARKFIELD HOUSE CH"], "2 Larkfield Rd, WX3 2LH")
        self.add_place("orchard", "care_home", ["Orchard View", "Orchard View Children's Home", "Orchard Vw"], "61 Orchard Way, WX5 1OV")
        for i, s in enumerate(SCHOOLS):
            self.add_place("school%d" % i, "school", [s, s.upper(), s.split()[0]], self.address())
        self.add_place("stargrill", "takeaway", ["Star Grill", "STAR GRILL KEBABS", "Star Grill & Pizza", "the Star"], "18 Market St, WX1 3MS")
        self.add_place("paradise", "takeaway", ["Paradise Pizza", "Paradise Pizzas", "Paradise takeaway"], "4 Station Rd, WX2 1SR")
        self.add_place("goldenfry", "takeaway", ["Golden Fry", "Golden Fry chippy"], "77 Kingsway, WX4 2KW")
        self.add_place("a1cars", "taxi_firm", ["A1 Cars", "A1 Taxis", "A-1 Cars", "A1 private hire"], "1a Wharf St, WX1 4WS")
        self.add_place("kwik", "taxi_firm", ["Kwik Cabs", "Kwikcabs", "KWIK"], "Unit 3 Canal Side, WX2 9CS")
        self.add_place("brookgh", "hotel", ["The Brook Guest House", "Brook Guest House", "Brook GH", "guest house on Brook St"], "33 Brook St, WX1 2BS")
        self.add_place("kingsway_hotel", "hotel", ["Kingsway Hotel", "Kingsway Lodge"], "120 Kingsway, WX4 3KH")
        self.add_place("riverside_hotel", "hotel", ["Riverside Hotel", "Riverside Inn"], "Riverside, WX6 1RH")
        self.add_place("flat_cranmer", "address", ["Flat 3, 27 Cranmer Rd", "27 Cranmer Rd", "flat on Cranmer Road"], "27 Cranmer Rd, WX1 5CR")
        self.add_place("flat_tanners", "address", ["14b Tanners Row", "Tanners Row flat"], "14b Tanners Row, WX3 3TR")
        self.add_place("cowfield_cp", "car_park", ["Cowfield Rd car park", "Cowfield car park", "Cowfield CP"], "Cowfield Rd, WX1 6CF")
        self.add_place("station_cp", "car_park", ["Station Rd car park", "station car park", "railway station car park"], "Station Rd, WX2 1SR")
        self.add_place("marsh_park", "park", ["Marsh Lane park", "Marsh Park", "the park on Marsh Lane"], "Marsh Lane, WX3")
        self.add_place("party_heron", "address", ["9 Heron Close", "Heron Close", "the party house on Heron Cl"], "9 Heron Close, WX6 2HC")
        self.add_place("party_linden", "address", ["Flat 12 Linden Ct", "Linden Court", "Linden Ct flat 12"], "Flat 12 Linden Ct, WX6 3LC")
        self.add_place("trap_pit", "address", ["22 Pit Lane", "Pit Lane"], "22 Pit Lane, WX7 1PL")
        self.add_place("trap_out", "address", ["flat in Mercton", "Mercton flat", "Flat 4, 8 Dock Rd, Mercton"], "8 Dock Rd, Mercton, MX4 1DR")
        self.add_place("bus_station", "other", ["Wexbridge bus station", "bus station"], "Northgate, WX1")
        self.add_place("shopping", "shop", ["Abbey Walk shopping centre", "Abbey Walk"], "Abbey St, WX1")
        self.add_place("nisa", "shop", ["Marsh Lane Stores", "Marsh Ln shop"], "2 Marsh Lane, WX3")
        self.add_place("footy", "other", ["Wexbridge Juniors FC", "Wexbridge Juniors", "Saxon Way pitches"], "Saxon Way, WX5")
        self.add_place("leisure", "other", ["Wexbridge Leisure Centre", "leisure centre"], "Beech Ave, WX2")

        # ---- benign adults who touch many children
        self.benign = {"foster": [], "res_larkfield": [], "res_orchard": [], "transport": [], "youth": [],
                       "teacher": {}, "coach": [], "mcs": []}
        for i in range(int(10 * max(1, sc ** 0.5))):
            sex = "F" if self.chance(0.7) else "M"
            p = self.new_person("benign_adult", sex, 1950, 1980, "foster carer")
            p.address = self.address()
            self.phone(p, land=self.chance(0.5))
            if self.chance(0.5):
                self.vehicle(p, self.pick(["silver Ford Galaxy", "grey Vauxhall Zafira", "blue Citroen Picasso", "white VW Touran"]))
            self.benign["foster"].append(p)
            if self.chance(0.4):   # a couple: the partner is also an approved carer at the same address
                q = self.new_person("benign_adult", "M" if sex == "F" else "F", 1950, 1980, "foster carer", last=p.last)
                q.address = p.address
                q.phones = list(p.phones)
                self.benign["foster"].append(q)
        for home, key in (("larkfield", "res_larkfield"), ("orchard", "res_orchard")):
            for i in range(5):
                p = self.new_person("benign_adult", self.pick("MFF"), 1955, 1990, "residential care worker")
                p.extra["staff_id"] = "rc-%d" % r.randint(1000, 9999)
                p.extra["home"] = home
                self.phone(p)
                self.benign[key].append(p)
        for i in range(4):
            p = self.new_person("benign_adult", "M" if self.chance(0.8) else "F", 1950, 1982, "school transport driver (contracted)")
            self.phone(p)
            self.vehicle(p, self.pick(["silver Skoda Octavia", "white Toyota Prius", "black Vauxhall Insignia",
                                       "silver VW Sharan", "grey Ford Galaxy"]), taxi=True)
            p.extra["firm"] = "a1cars" if i < 2 else "kwik"
            self.benign["transport"].append(p)
        for i in range(5):
            p = self.new_person("benign_adult", self.pick("MF"), 1965, 1992, "youth worker")
            p.extra["staff_id"] = "ypp-%02d" % (i + 1)
            self.phone(p)
            self.benign["youth"].append(p)
        for i, s in enumerate(SCHOOLS):
            self.benign["teacher"][i] = []
            for j in range(2):
                p = self.new_person("benign_adult", self.pick("MFF"), 1955, 1988, "teacher (DSL)" if j == 0 else "teacher")
                p.extra["staff_id"] = "edu-%d" % r.randint(1000, 9999)
                p.extra["school"] = i
                self.benign["teacher"][i].append(p)
        for i in range(3):
            p = self.new_person("benign_adult", "M" if i < 2 else "F", 1960, 1990, self.pick(["football coach", "boxing coach", "swimming coach"]))
            self.phone(p)
            self.benign["coach"].append(p)
        for i in range(2):
            p = self.new_person("benign_adult", "F", 1970, 1990, "return interview worker")
            p.extra["staff_id"] = "pms-%d" % r.randint(1000, 9999)
            self.benign["mcs"].append(p)

        # ---- background families
        self.families = []
        nfam = int(520 * sc)
        for i in range(nfam):
            last = self.pick(SURNAMES)
            addr = self.address()
            parents = []
            np_ = r.choices([1, 2], [45, 55])[0]
            for j in range(np_):
                sex = "F" if j == 0 else "M"
                p = self.new_person("other_adult", sex, 1958, 1988, "parent", last=last if (j == 0 or self.chance(0.7)) else None)
                p.address = addr
                if self.chance(0.6):
                    self.phone(p)
                if sex == "M" and self.chance(0.3):
                    self.vehicle(p, self.pick(["red Ford Focus", "black BMW 3 series", "blue Vauxhall Corsa", "white Transit van", "silver Peugeot 206"]))
                parents.append(p)
            kids = []
            for j in range(r.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]):
                c = self.new_person("other_child", self.pick("MF"), 1991, 2008, last=last if self.chance(0.85) else None)
                c.address = addr
                c.extra["school"] = r.randrange(len(SCHOOLS))
                if self.chance(0.3):
                    self.phone(c)
                kids.append(c)
            self.families.append({"parents": parents, "kids": kids, "address": addr,
                                  "weight": r.paretovariate(1.3)})
        # ordinary adults: criminals, neighbours, shopkeepers, passers-by
        self.adults = []
        for i in range(int(330 * sc)):
            p = self.new_person("other_adult", "M" if self.chance(0.75) else "F", 1950, 1996)
            p.address = self.address()
            if self.chance(0.5):
                self.phone(p)
            if self.chance(0.3):
                self.vehicle(p, self.pick(["black Audi A3", "silver Ford Mondeo", "blue VW Golf", "white Mercedes Sprinter", "grey Nissan Qashqai", "red Seat Leon"]))
            p.extra["weight"] = r.paretovariate(1.2)
            self.adults.append(p)
        # other taxi / private hire drivers at the same firms (not school transport, not offenders)
        self.drivers = []
        for i in range(8):
            p = self.new_person("other_adult", "M", 1955, 1990, "taxi driver")
            self.phone(p)
            self.vehicle(p, self.pick(["silver Skoda Octavia", "white Toyota Prius", "black Vauxhall Insignia", "silver Toyota Avensis"]), taxi=True)
            p.extra["firm"] = self.pick(["a1cars", "kwik"])
            self.drivers.append(p)
        # a legitimate takeaway owner and staff at the takeaways used by the network
        self.shopkeepers = {}
        for key in ("stargrill", "paradise", "goldenfry"):
            p = self.new_person("other_adult", "M", 1955, 1985, "takeaway owner")
            self.phone(p)
            self.shopkeepers[key] = p
        # background children in care
        self.care_kids = []
        for i in range(int(34 * sc)):
            c = self.new_person("other_child", self.pick("MF"), 1991, 2005)
            c.extra["school"] = r.randrange(len(SCHOOLS))
            mum = self.new_person("other_adult", "F", 1965, 1990, "parent", last=c.last if self.chance(0.7) else None)
            mum.address = self.address()
            if self.chance(0.6):
                self.phone(mum)
            c.extra["mum"] = mum
            if self.chance(0.3):
                uncle = self.new_person("other_adult", "M", 1960, 1992, "relative", last=mum.last)
                uncle.address = self.address()
                c.extra["relative"] = uncle
            self.care_kids.append(c)
            self.place_in_care(c)

    def place_in_care(self, c, start=None, end=None, prefer_home=None):
        """A sequence of placements: foster carers or a children's home."""
        start = start or max(START, dt.datetime(c.born.year + self.r.randint(9, 13), 1, 1))
        end = end or min(END, dt.datetime(c.born.year + 18, c.born.month, 1))
        t = start
        seq = []
        while t < end:
            length = dt.timedelta(days=self.r.randint(120, 900))
            if (prefer_home and self.chance(0.6)) or self.chance(0.35):
                home = prefer_home or self.pick(["larkfield", "orchard"])
                seq.append((t, min(end, t + length), "home", home))
            else:
                seq.append((t, min(end, t + length), "foster", self.pick(self.benign["foster"])))
            t = t + length
        self.in_care[c.id] = seq
        c.extra["in_care"] = True

    def carer_at(self, c, t):
        for (a, b, kind, who) in self.in_care.get(c.id, []):
            if a <= t < b:
                if kind == "home":
                    return kind, who, self.pick(self.benign["res_" + who])
                return kind, None, who
        return None, None, None

    def child_address(self, c, t):
        kind, home, carer = self.carer_at(c, t)
        if kind == "home":
            return self.places[home]["address"]
        if kind == "foster":
            return carer.address
        return c.address

    # ------------------------------------------------------------ common name-weight presets
    W_CHILD_FULL = {"full": 60, "upper": 10, "surname_first": 8, "first": 8, "misspelling": 7, "initial": 4, "nickname": 3}
    W_CHILD_INFORMAL = {"full": 25, "first": 40, "nickname": 12, "misspelling": 10, "initial": 8, "upper": 5}
    W_SUSPECT_INFORMAL = {"nickname": 35, "first": 25, "none": 12, "misspelling": 10, "full": 10, "initial": 3, "first_nick": 5}
    W_SUSPECT_POLICE = {"full": 45, "upper": 15, "surname_first": 15, "first_nick": 8, "misspelling": 8, "nickname": 6, "initial": 3}
    W_PRO = {"full": 55, "first": 10, "initial": 15, "upper": 5, "surname_first": 5, "misspelling": 10}
    W_ADULT = {"full": 55, "upper": 10, "surname_first": 10, "first": 10, "misspelling": 8, "initial": 4, "nickname": 3}

    def vsub(self, v, t, role="victim", names=None, informal=False, in_care_addr=True):
        names = names or (self.W_CHILD_INFORMAL if informal else self.W_CHILD_FULL)
        s, f = self.subject(v, role, t, names, born=0.45, age=0.75, sex=0.9, phone=0.15,
                            address=0.35 if not informal else 0.1)
        if "address" in s and in_care_addr:
            s["address"] = self.child_address(v, t)
        return (s, f, v)

    def osub(self, o, t, role="suspect", police=False, vehicle=None, places=(), phone=0.2, names=None):
        names = names or (self.W_SUSPECT_POLICE if police else self.W_SUSPECT_INFORMAL)
        s, f = self.subject(o, role, t, names, born=0.35 if police else 0.02, age=0.5 if police else 0.45,
                            sex=0.9, phone=phone, address=0.3 if police else 0.03, est_age=not police)
        if vehicle:
            s["vehicles"] = [vehicle]
        if places:
            s["places"] = list(places)
        return (s, f, o)

    def psub(self, p, t, role="reporter", names=None, phone=0.2, vehicle=None, places=()):
        s, f = self.subject(p, role, t, names or self.W_PRO, born=0.02, age=0.05, sex=0.6, phone=phone, address=0.1)
        if vehicle:
            s["vehicles"] = [vehicle]
        if places:
            s["places"] = list(places)
        return (s, f, p)

    def asub(self, p, t, role="other", names=None, phone=0.15, address=0.4):
        s, f = self.subject(p, role, t, names or self.W_ADULT, born=0.3, age=0.5, sex=0.8, phone=phone, address=address)
        return (s, f, p)

    def reporter_for(self, c, t):
        kind, home, carer = self.carer_at(c, t)
        if carer is not None:
            return carer, home
        mum = c.extra.get("mum")
        return mum, None

    # ------------------------------------------------------------ exploitation networks
    def make_offender(self, net, sex, born_from, born_to, occupation="", nvehicles=1, taxi=False):
        o = self.new_person("offender", sex, born_from, born_to, occupation, net)
        o.address = self.address()
        for _ in range(self.r.randint(1, 3)):
            self.phone(o, key=True)
        for _ in range(nvehicles):
            self.vehicle(o, self.pick(["silver Vauxhall Astra", "black BMW 5 series", "silver Skoda Octavia",
                                       "white Toyota Prius", "black Mercedes C class", "red Seat Leon",
                                       "blue Ford Mondeo", "black Audi A4", "grey VW Passat"]), taxi=taxi)
        return o

    def make_victim(self, net, sex, born_from, born_to, care=0.0, family=True):
        v = self.new_person("victim", sex, born_from, born_to, "", net)
        v.address = self.address()
        v.extra["school"] = self.r.randrange(len(SCHOOLS))
        mum = self.new_person("other_adult", "F", v.born.year - 40, v.born.year - 17, "parent",
                              last=v.last if self.chance(0.75) else None)
        mum.address = v.address
        if self.chance(0.7):
            self.phone(mum, key=True)
        v.extra["mum"] = mum
        if self.chance(0.5):
            self.phone(v, key=True)
        if self.chance(care):
            self.place_in_care(v, start=max(START, dt.datetime(v.born.year + self.r.randint(11, 13), 1, 1)))
        return v

    def networks(self):
        sc = self.scale
        r = self.r
        # ---------------- N-OX: county-town pattern (Oxford/Bullfinch style): girls in care, a small group of men,
        # flats and a guest house, an older "boyfriend" recruiter, drugs and violence; 2008-2011, convictions 2013.
        ox = [self.make_offender("N-OX", "M", 1988, 1990, "unemployed")]       # the 'boyfriend' recruiter, ~19
        ox[0].extra["recruiter"] = True
        brothers = r.choice(SURNAMES)
        for i in range(5):
            o = self.make_offender("N-OX", "M", 1968, 1986, self.pick(["", "", "car wash", "mechanic", "market trader"]))
            if i < 2:
                o.last = brothers
                o.address = ox[1].address if i == 1 else o.address
            ox.append(o)
        ox_vict = [self.make_victim("N-OX", "F", 1993, 1997, care=0.75) for _ in range(max(3, int(9 * sc)))]
        self.run_network("N-OX", ox, ox_vict, dt.datetime(2008, 2, 1), dt.datetime(2011, 9, 1),
                         places=["flat_cranmer", "flat_tanners", "brookgh", "cowfield_cp", "marsh_park"],
                         episodes=(9, 20), style="ox")
        self.peripheral("N-OX", ox_vict, ["flat_cranmer", "brookgh"], 3, "ox")
        self.victim_recruiter("N-OX", ox, ox_vict, ["flat_cranmer", "marsh_park"])
        self.operation("N-OX", ox, ox_vict, "Operation Kestrel", dt.datetime(2011, 10, 1), dt.datetime(2012, 5, 1),
                       convict=dt.datetime(2013, 5, 14), convict_frac=0.85)

        # ---------------- N-TF: takeaway and taxi network (Telford/Rochdale/Rotherham style), 2008-2016; most police
        # reports closed NFA; a partial prosecution in 2012 and the rest convicted a decade later (2018).
        tf = []
        o = self.make_offender("N-TF", "M", 1960, 1972, "takeaway owner (Paradise Pizza)")
        o.extra["place"] = "paradise"
        tf.append(o)
        for i in range(2):
            o = self.make_offender("N-TF", "M", 1975, 1988, "takeaway worker")
            o.extra["place"] = self.pick(["stargrill", "paradise"])
            tf.append(o)
        for i in range(3):
            o = self.make_offender("N-TF", "M", 1965, 1984, "taxi driver", taxi=True)
            o.extra["firm"] = "a1cars" if i < 2 else "kwik"
            tf.append(o)
        for i in range(2):
            tf.append(self.make_offender("N-TF", "M", 1970, 1987, ""))
        tf_vict = [self.make_victim("N-TF", "F", 1994, 2001, care=0.25) for _ in range(max(4, int(12 * sc)))]
        self.run_network("N-TF", tf, tf_vict, dt.datetime(2008, 1, 1), dt.datetime(2016, 6, 1),
                         places=["stargrill", "paradise", "a1cars", "kwik", "station_cp", "kingsway_hotel", "goldenfry"],
                         episodes=(7, 16), style="tf")
        self.peripheral("N-TF", tf_vict, ["stargrill", "kingsway_hotel", "station_cp"], 4, "tf")
        self.victim_recruiter("N-TF", tf, tf_vict, ["stargrill", "paradise"])
        part = tf[3:5]
        self.operation("N-TF", part, tf_vict[:3], "Operation Chalk", dt.datetime(2011, 3, 1), dt.datetime(2011, 9, 1),
                       convict=dt.datetime(2012, 11, 20), convict_frac=0.5)
        self.operation("N-TF", tf, tf_vict, "Operation Harrier", dt.datetime(2016, 9, 1), dt.datetime(2017, 8, 1),
                       convict=dt.datetime(2018, 10, 2), convict_frac=0.6, historic=True)

        # ---------------- N-PARTY: Newcastle (Operation Sanctuary) style: parties in flats, drink and drugs, a woman
        # who recruits, vulnerable young women as well as girls; 2014-2017, trial 2018.
        pa = [self.make_offender("N-PARTY", "F", 1982, 1990, "")]
        pa[0].extra["recruiter"] = True
        for i in range(5):
            pa.append(self.make_offender("N-PARTY", "M", 1972, 1992, self.pick(["", "landlord", "takeaway worker", "car valeter"])))
        pa_vict = [self.make_victim("N-PARTY", "F", 1998, 2002, care=0.3) for _ in range(max(3, int(7 * sc)))]
        self.party_adults = []
        for i in range(2):   # vulnerable young women: exploited, but adults (kind other_adult)
            w = self.new_person("other_adult", "F", 1994, 1996, "", "")
            w.address = self.address()
            self.phone(w, key=True)
            self.party_adults.append(w)
        self.run_network("N-PARTY", pa, pa_vict, dt.datetime(2014, 3, 1), dt.datetime(2017, 3, 1),
                         places=["party_heron", "party_linden", "riverside_hotel"], episodes=(6, 13), style="party")
        self.peripheral("N-PARTY", pa_vict, ["party_heron", "party_linden"], 2, "party")
        self.operation("N-PARTY", pa, pa_vict, "Operation Lantern", dt.datetime(2016, 11, 1), dt.datetime(2017, 10, 1),
                       convict=dt.datetime(2018, 8, 1), convict_frac=0.7)

        # ---------------- county lines, 2015-2018: adults using boys and girls to run drugs to Mercton; deal lines
        for net, (no, nv) in (("N-CL1", (3, 6)), ("N-CL2", (2, 4))):
            cl = [self.make_offender(net, "M", 1986, 1998, "") for _ in range(no)]
            deal = "07700 %06d" % self.phone_pool.pop()
            for o in cl:
                o.phones.append(deal)
                o.nick = o.nick or self.pick(NICKS)
            vict = [self.make_victim(net, self.pick("MMMF"), 2000, 2004, care=0.3) for _ in range(max(2, int(nv * sc)))]
            a = dt.datetime(2015, 1, 1) + dt.timedelta(days=r.randint(0, 300))
            self.run_network(net, cl, vict, a, dt.datetime(2018, 10, 1), places=["trap_pit", "trap_out", "bus_station"],
                             episodes=(5, 12), style="cl")
            self.peripheral(net, vict, ["trap_out"], 1, "cl")
            if net == "N-CL1":
                self.operation(net, cl, vict, "Operation Trent", dt.datetime(2018, 3, 1), dt.datetime(2018, 9, 1),
                               convict=None, convict_frac=0)

        # ---------------- online contact: lone offenders with several victims each, known by usernames
        for i, (a, b, nv) in enumerate([(2009, 2012, 4), (2013, 2016, 5), (2016, 2018, 3)]):
            o = self.make_offender("", "M", 1960, 1992, self.pick(["", "IT support", "warehouse operative"]), nvehicles=self.r.randint(0, 1))
            o.usernames = ["%s%s_%d" % (self.pick(["jay", "dan", "mikey", "kaz", "xo", "lil"]), self.pick(["boi", "xx", "luv", "uk", "_b"]), r.randint(80, 99)),
                           "%s.%s%d" % (o.first.lower(), self.pick(["x", "wx", "official"]), r.randint(1, 99))]
            vict = [self.make_victim("", "F" if self.chance(0.8) else "M", a - 15, a - 12, care=0.1) for _ in range(max(2, int(nv * sc)))]
            for v in vict:
                v.network = ""
            self.run_network("", [o], vict, dt.datetime(a, 1, 1), dt.datetime(b, 12, 1), places=["kingsway_hotel", "bus_station"],
                             episodes=(2, 5), style="online")

        # ---------------- lone "boyfriend" offenders with one or two victims
        for i in range(max(2, int(6 * sc))):
            o = self.make_offender("", "M", 1970, 1990, self.pick(["", "", "delivery driver", "labourer"]))
            a = dt.datetime(r.randint(2008, 2016), r.randint(1, 12), 1)
            vict = [self.make_victim("", "F", a.year - 15, a.year - 13, care=0.2) for _ in range(r.choice([1, 1, 2]))]
            self.run_network("", [o], vict, a, a + dt.timedelta(days=r.randint(200, 700)), places=["marsh_park", "shopping"],
                             episodes=(3, 7), style="lone")

    def peripheral(self, net, victims, places, n, style):
        """Men the children were passed to, named once or twice (often by first name only) and never identified."""
        for i in range(max(1, int(round(n * self.scale)))):
            o = self.make_offender(net, "M", 1960, 1992, "", nvehicles=self.r.choice([0, 1]))
            act = [v for v in victims if v.extra.get("active")]
            for _ in range(self.r.choice([1, 1, 2, 2, 3])):
                v = self.pick(act)
                a, b = v.extra["active"]
                t = self.rand_time(a, b)
                k = self.pick({"ox": ["return", "police_found", "crime", "health"], "tf": ["return", "youth", "crime", "anon"],
                               "party": ["return", "police_found", "crime"], "cl": ["cl_found", "return"]}[style])
                getattr(self, "ep_" + k)(style, net, v, [o], self.work_time(t, night=True), self.pick(places), victims)

    def victim_recruiter(self, net, offs, victims, places):
        """An older girl, herself exploited, later named as bringing younger girls (Rochdale, Rotherham): a victim."""
        rv = min(victims, key=lambda v: v.born)
        a = dt.datetime(rv.born.year + 16, rv.born.month, 1)
        younger = [v for v in victims if v is not rv and v.extra.get("active") and v.extra["active"][1] > a]
        for _ in range(self.r.randint(3, 5)):
            if not younger:
                return
            v = self.pick(younger)
            t = self.work_time(self.rand_time(max(a, v.extra["active"][0]), max(a, v.extra["active"][1])), night=True)
            self._t = t
            subs = [self.vsub(v, t, informal=True), self.vsub(rv, t, role=self.pick(["suspect", "associate", "associate"]), informal=True)]
            if self.chance(0.5):
                o = self.pick(offs)
                subs.append(self.osub(o, t, role="suspect"))
            pl = self.pick(places)
            self.concern(self.pick(["mcs", "yp", "police", "csc"]), t, subs,
                         self.r.sample(["missing", "older_partner", "multiple_adults", "alcohol_drugs", "gifts"], 2), places=[pl],
                         narrative="Says an older girl introduced her to the men and takes her to the flat.",
                         decisions=self.police_plan())

    def lookalike(self, o, t):
        """An innocent adult whose car shares most of a network car's registration: a PNC check on a partial
        registration names the wrong keeper."""
        key = "lookalike"
        if key not in o.extra:
            if not o.vehicles:
                return None
            vr = list(o.vehicles[0]["vrm"])
            for i in self.r.sample([0, 1, 2, 3, 5, 6, 7], 1):
                vr[i] = self.pick("0123456789" if vr[i].isdigit() else "ABCDEFGHJKLMNPRSTVWXY")
            p = self.new_person("other_adult", self.pick("MMF"), 1950, 1995)
            p.address = self.address()
            p.vehicles.append({"vrm": "".join(vr), "description": o.vehicles[0]["description"].split()[0] + " " + self.pick(["Vauxhall Astra", "Ford Focus", "Skoda Fabia", "Toyota Yaris"]), "taxi": False})
            o.extra[key] = p
        return o.extra[key]

    def run_network(self, net, offenders, victims, a, b, places, episodes, style):
        r = self.r
        # core offenders are involved more often
        w = [r.paretovariate(1.0) for _ in offenders]
        if offenders and offenders[0].extra.get("recruiter"):
            w[0] *= 3
        for v in victims:
            va = self.rand_time(a, a + (b - a) * 0.6)
            vb = min(b, va + dt.timedelta(days=r.randint(200, 1200)))
            # the abuse starts around 12-14
            lo = dt.datetime(v.born.year + 12, v.born.month, 1)
            va = max(va, lo) if lo < vb else va
            k = r.randint(*episodes)
            times = sorted(self.rand_time(va, vb) for _ in range(k))
            v.extra["active"] = (va, vb)
            for t in times:
                nk = r.choices([1, 2, 3], [55, 30, 15])[0]
                inv = []
                for _ in range(nk):
                    o = r.choices(offenders, w)[0]
                    if o not in inv:
                        inv.append(o)
                self.episode(style, net, v, inv, t, places, victims)

    def episode(self, style, net, v, inv, t, places, victims):
        """One exploitation episode: a cluster of reports from different agencies, each seeing a part."""
        r = self.r
        o = inv[0]
        place = self.pick(places)
        kinds = {
            "ox": ["missing", "missing", "return", "police_found", "health", "ed", "csc", "school", "youth", "crime", "intel_vehicle"],
            "tf": ["missing", "return", "police_found", "health", "school", "youth", "youth", "crime", "intel_vehicle", "anon", "licensing", "taxi_ed", "csc"],
            "party": ["missing", "return", "police_found", "ed", "health", "csc", "crime", "anon", "youth"],
            "cl": ["cl_found", "cl_found", "missing", "btp", "school", "cl_ed", "csc", "return"],
            "online": ["online_school", "online_police", "online_parent", "online_meet"],
            "lone": ["missing", "health", "school", "csc", "crime"],
        }[style]
        first = self.pick(kinds)
        todo = [first]
        if self.chance(0.45):
            todo.append(self.pick(kinds))
        if first == "missing" and self.chance(0.55):
            todo.append("return")
        for k in todo:
            tt = t + dt.timedelta(days=r.randint(0, 6)) if k != todo[0] else t
            getattr(self, "ep_" + k)(style, net, v, inv, self.work_time(tt, night=k in ("missing", "police_found", "intel_vehicle", "btp")), place, victims)

    # ---- episode concern templates
    def maybe_vehicle(self, o, t, partial=0.55):
        if o.vehicles and self.chance(0.7):
            return self.fmt_vehicle(self.pick(o.vehicles), partial=partial)
        return None

    def other_victims(self, v, victims, k=1):
        others = [x for x in victims if x is not v and x.extra.get("active") and x.extra["active"][0] - dt.timedelta(days=60) <= self._t <= x.extra["active"][1] + dt.timedelta(days=60)]
        return self.r.sample(others, min(k, len(others))) if others else []

    def ep_missing(self, style, net, v, inv, t, place, victims):
        self._t = t
        rep, home = self.reporter_for(v, t)
        subs = [self.vsub(v, t)]
        if rep is not None and self.chance(0.85):
            subs.append(self.psub(rep, t, "reporter", phone=0.3))
        ind = ["missing"]
        pl = []
        narr = "%s reported missing; last seen %s." % (subs[0][0].get("name", "child"), self.pick(["leaving placement at 21:00", "getting into a car", "in town with older males", "at the bus station", "after school"]))
        if self.chance(0.45):
            veh = self.maybe_vehicle(inv[0], t)
            if self.chance(0.5):
                subs.append(self.osub(inv[0], t, role=self.pick(["associate", "suspect", "other"]), vehicle=veh))
            elif veh:
                subs[0][0].setdefault("vehicles", []).append(veh)   # the car is recorded against the child
            ind += ["vehicle_pickup"] if veh else []
            if style == "tf" and self.chance(0.4):
                ind.append("taxi")
        if self.chance(0.3):
            pl = [place]
            subs[0][0]["places"] = [place]
        if self.chance(0.25):
            ind.append(self.pick(["older_partner", "alcohol_drugs", "multiple_adults", "gifts"]))
        ag = "care" if home and self.chance(0.4) else "police"
        auth = self.author(ag, rep, "residential care worker") if ag == "care" and rep is not None and "staff_id" in rep.extra else None
        if ag == "care" and auth is None:
            ag = "police"
        self.concern(ag, t, subs, ind, places=pl, narrative=narr, author=auth,
                     decisions=[("no_further_action", self.r.randint(0, 3), "child returned safe and well", "police")] if self.chance(0.8) else [])

    def ep_return(self, style, net, v, inv, t, place, victims):
        self._t = t
        t = t + dt.timedelta(days=self.r.randint(1, 4))
        subs = [self.vsub(v, t, informal=True)]
        disclose = self.chance(0.55)
        ind = ["missing"]
        pl = []
        if disclose:
            for o in inv:
                subs.append(self.osub(o, t, role=self.pick(["suspect", "associate", "associate"]), phone=0.25,
                                      places=[place] if self.chance(0.4) else ()))
            ind += self.r.sample(["older_partner", "gifts", "alcohol_drugs", "multiple_adults", "hotel", "money", "threats"], self.r.randint(1, 3))
            if self.chance(0.5):
                pl.append(place)
            if self.chance(0.3):
                for ov in self.other_victims(v, victims):
                    subs.append(self.vsub(ov, t, role="associate", informal=True))
        narr = "Return interview. %s" % ("YP spoke about 'friends' who give her lifts and vodka." if disclose else "YP would not engage; said she was 'at a mate's'.")
        auth = None
        if self.chance(0.4):
            w = self.pick(self.benign["mcs"])
            auth = self.author("mcs", w, "return interview worker")
        self.concern("mcs", t, subs, ind, places=pl, narrative=narr, author=auth, decisions=self.agency_plan("mcs"))

    def ep_police_found(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        for ov in self.other_victims(v, victims, self.r.choice([0, 1, 1, 2])):
            subs.append(self.vsub(ov, t, role=self.pick(["victim", "associate", "other"])))
        for o in inv:
            veh = self.maybe_vehicle(o, t, partial=0.2)
            subs.append(self.osub(o, t, role=self.pick(["suspect", "associate", "other"]), police=True, vehicle=veh, phone=0.3,
                                  places=[place]))
        if style == "party" and self.chance(0.5):
            w = self.pick(self.party_adults)
            subs.append(self.asub(w, t, role=self.pick(["associate", "victim", "other"])))
        ind = ["missing"] if self.chance(0.6) else []
        ind += self.r.sample(["alcohol_drugs", "multiple_adults", "older_partner", "hotel", "vehicle_pickup"], self.r.randint(1, 3))
        narr = "Found at %s in the company of adult males; %s." % (self.places[place]["names"][0], self.pick(["intoxicated", "returned to placement", "gave false name", "refused to say how she got there"]))
        self.concern("police", t, subs, ind, places=[place], narrative=narr,
                     offences=["71"] if self.chance(0.15) else [], decisions=self.police_plan())

    def ep_health(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t, informal=self.chance(0.5))]
        ind = ["sexual_health"]
        if self.chance(0.55):
            subs.append(self.osub(inv[0], t, role="suspect", names={"first": 40, "nickname": 35, "none": 20, "misspelling": 5}))
            ind.append("older_partner")
        if self.chance(0.2):
            ind.append("pregnancy")
        if self.chance(0.3):
            ind.append("alcohol_drugs")
        self.concern("shc", t, subs, ind, narrative="Attended clinic. Partner described as '%s', older, 'drives'." % self.pick(["much older", "in his 20s", "about 30"]),
                     decisions=self.agency_plan("shc"))

    def ep_ed(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        ind = self.r.sample(["alcohol_drugs", "injury", "sexual_health"], self.r.randint(1, 2))
        if self.chance(0.35):
            subs.append(self.osub(inv[0], t, role=self.pick(["other", "associate"]), names={"first": 40, "none": 30, "full": 15, "misspelling": 15}))
            ind.append("older_partner" if self.chance(0.5) else "multiple_adults")
        self.concern("ed", t, subs, ind, narrative="Brought in %s; heavily intoxicated." % self.pick(["by an adult male who left", "by ambulance from town centre", "by friends"]),
                     decisions=self.agency_plan("ed"))

    def ep_taxi_ed(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        drivers = [o for o in inv if o.vehicles and o.vehicles[0].get("taxi")]
        d = drivers[0] if drivers else inv[0]
        veh = self.maybe_vehicle(d, t)
        subs.append(self.osub(d, t, role="other", vehicle=veh, names={"none": 40, "first": 30, "nickname": 20, "full": 10}))
        self.concern("ed", t, subs, ["alcohol_drugs", "taxi"] + (["injury"] if self.chance(0.3) else []),
                     narrative="Dropped at ED by a taxi driver who did not give details.", decisions=self.agency_plan("ed"))

    def ep_csc(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        mum = v.extra.get("mum")
        if mum is not None and not v.extra.get("in_care") and self.chance(0.6):
            subs.append(self.asub(mum, t, role="other"))
        if v.extra.get("in_care"):
            rep, home = self.reporter_for(v, t)
            if rep is not None and self.chance(0.5):
                subs.append(self.psub(rep, t, "other"))
        ind = self.r.sample(["missing", "older_partner", "gifts", "alcohol_drugs", "school_absence", "money"], self.r.randint(1, 3))
        if self.chance(0.4):
            for o in inv[:2]:
                subs.append(self.osub(o, t, role="suspect", names={"first": 30, "nickname": 30, "full": 20, "misspelling": 10, "none": 10}))
        self.concern("csc", t, subs, ind, narrative="CSE risk assessment. Professionals concerned re older males. Child says they are her friends.",
                     decisions=self.agency_plan("csc"))

    def ep_school(self, style, net, v, inv, t, place, victims):
        self._t = t
        t = self.work_time(t)
        subs = [self.vsub(v, t, informal=self.chance(0.3))]
        sch = v.extra.get("school", 0)
        teacher = self.pick(self.benign["teacher"][sch])
        if self.chance(0.5):
            subs.append(self.psub(teacher, t, "reporter"))
        ind = ["school_absence"]
        pl = ["school%d" % sch] if self.chance(0.4) else []
        if pl:
            subs[0][0]["places"] = list(pl)
        if self.chance(0.5):
            ind.append("vehicle_pickup")
            veh = self.maybe_vehicle(inv[0], t, partial=0.75)
            if self.chance(0.4):
                subs.append(self.osub(inv[0], t, role=self.pick(["other", "associate", "suspect"]), vehicle=veh,
                                      names={"none": 50, "first": 20, "nickname": 20, "misspelling": 10}))
            elif veh:
                subs[0][0].setdefault("vehicles", []).append(veh)
            if style == "tf" and self.chance(0.4):
                ind.append("taxi")
            if self.chance(0.12):
                lk = self.lookalike(inv[0], t)
                if lk is not None:
                    subs.append(self.asub(lk, t, role="suspect", names=self.W_SUSPECT_POLICE))
                    subs[-1][0]["vehicles"] = [{"vrm": lk.vehicles[0]["vrm"]}]
        if self.chance(0.4):
            ind.append("gifts")
        if style in ("online",):
            ind.append("online_contact")
        auth = self.author("school", teacher, teacher.occupation) if self.chance(0.7) else None
        self.concern("school", t, subs, ind, places=pl, author=auth,
                     narrative="Attendance has dropped; new phone, new clothes; seen being collected by a man in a car.",
                     decisions=self.agency_plan("school"))

    def ep_youth(self, style, net, v, inv, t, place, victims):
        self._t = t
        yw = self.pick(self.benign["youth"])
        subs = [self.vsub(v, t, informal=True)]
        for ov in self.other_victims(v, victims, self.r.choice([0, 1, 2])):
            subs.append(self.vsub(ov, t, role="victim", informal=True))
        for o in inv:
            subs.append(self.osub(o, t, role=self.pick(["suspect", "suspect", "associate"]), phone=0.35,
                                  vehicle=self.maybe_vehicle(o, t) if self.chance(0.5) else None,
                                  places=[place] if self.chance(0.5) else (), names={"nickname": 40, "first": 30, "first_nick": 10, "misspelling": 10, "full": 10}))
        if self.chance(0.3):
            subs.append(self.psub(yw, t, "reporter"))
        ind = self.r.sample(["older_partner", "gifts", "alcohol_drugs", "vehicle_pickup", "multiple_adults", "taxi", "money", "threats", "missing"], self.r.randint(2, 4))
        self.concern("yp", t, subs, ind, places=[place], author=self.author("yp", yw, "youth worker"),
                     narrative="Outreach: girls hanging around %s; men in cars offering lifts, food, alcohol." % self.places[place]["names"][0],
                     decisions=self.agency_plan("yp"))

    def ep_crime(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        for o in inv[:2]:
            subs.append(self.osub(o, t, role="suspect", police=self.chance(0.6), phone=0.3, vehicle=self.maybe_vehicle(o, t, 0.3) if self.chance(0.4) else None))
        mum = v.extra.get("mum")
        if mum is not None and self.chance(0.3):
            subs.append(self.asub(mum, t, role="reporter"))
        ind = self.r.sample(["older_partner", "alcohol_drugs", "multiple_adults", "hotel", "threats", "injury"], self.r.randint(1, 3))
        off = [self.pick(["19B", "19C", "22B", "22B", "20A", "71"])]
        self.concern(self.pick(["police", "police", "police_pvp"]), t, subs, ind, offences=off, places=[place] if self.chance(0.5) else [],
                     narrative="Allegation of sexual offences by adult male(s). Victim later declined to provide an ABE.",
                     decisions=self.police_plan(nfa=0.85))

    def ep_intel_vehicle(self, style, net, v, inv, t, place, victims):
        self._t = t
        o = inv[0]
        subs = []
        veh = self.fmt_vehicle(self.pick(o.vehicles), partial=0.15) if o.vehicles else None
        subs.append(self.osub(o, t, role=self.pick(["suspect", "other"]), police=True, vehicle=veh, phone=0.2))
        subs.append(self.vsub(v, t, role=self.pick(["victim", "other", "associate"])))
        for ov in self.other_victims(v, victims, self.r.choice([0, 1])):
            subs.append(self.vsub(ov, t, role=self.pick(["other", "associate"])))
        cp = self.pick(["cowfield_cp", "station_cp"])
        subs[0][0]["places"] = [cp]
        if self.chance(0.2):
            lk = self.lookalike(o, t)
            if lk is not None:
                subs[0][0].pop("vehicles", None)
                subs[0][0]["role"] = "suspect"
                subs[0] = (dict(subs[0][0], name=self.pick(["unknown male", "driver (not identified)"])), "none", o) if "name" in subs[0][0] else subs[0]
                subs.insert(1, self.asub(lk, t, role=self.pick(["suspect", "other"]), names=self.W_SUSPECT_POLICE))
                subs[1][0]["vehicles"] = [{"vrm": lk.vehicles[0]["vrm"], "description": lk.vehicles[0]["description"]}]
        self.concern("police", t, subs, ["vehicle_pickup", "multiple_adults"] if len(subs) > 2 else ["vehicle_pickup"], places=[cp],
                     narrative="Vehicle stop 02:10 in car park. Driver with two females who appeared under 16. Words of advice.",
                     decisions=[("no_further_action", self.r.randint(1, 20), "intelligence filed; no further action", None)] if self.chance(0.85) else self.police_plan())

    def ep_anon(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = []
        for o in inv:
            subs.append(self.osub(o, t, role="suspect", names={"nickname": 40, "first": 30, "none": 15, "full": 15}, phone=0.3,
                                  places=[place], vehicle=self.maybe_vehicle(o, t, 0.7) if self.chance(0.5) else None))
        if self.chance(0.5):
            subs.append(self.vsub(v, t, names={"first": 50, "none": 30, "nickname": 20}))
        self.concern("anon", t, subs, self.r.sample(["multiple_adults", "alcohol_drugs", "gifts", "vehicle_pickup", "taxi"], 2), places=[place],
                     narrative="Caller states men at %s give young girls free food and alcohol and take them off in cars." % self.places[place]["names"][0],
                     decisions=[("no_further_action", self.r.randint(3, 60), "intelligence filed; no further action", "police")] if self.chance(0.8) else [])

    def ep_licensing(self, style, net, v, inv, t, place, victims):
        self._t = t
        drivers = [o for o in inv if o.extra.get("firm")] or [o for o in inv]
        d = drivers[0]
        firm = d.extra.get("firm", "a1cars")
        veh = self.fmt_vehicle(d.vehicles[0], partial=0.1) if d.vehicles else None
        subs = [self.osub(d, t, role="suspect", police=True, vehicle=veh, places=[firm])]
        if self.chance(0.4):
            subs.append(self.vsub(v, t, role="other", names={"none": 40, "first": 40, "full": 20}))
        self.concern("lic", t, subs, ["taxi", "vehicle_pickup"], places=[firm],
                     narrative="Complaint: driver seen picking up schoolgirls off the meter, several times.",
                     decisions=[("no_further_action", self.r.randint(10, 60), "no breach of licence conditions established", None)] if self.chance(0.85) else [("other", 30, "driver warned", None)])

    def ep_cl_found(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        ag = self.pick(["nforce", "police", "nforce"])
        for o in inv:
            if self.chance(0.5):
                s = self.osub(o, t, role=self.pick(["suspect", "associate"]), police=ag == "police", phone=0.6)
                subs.append(s)
        if self.chance(0.35):
            for ov in self.other_victims(v, victims):
                subs.append(self.vsub(ov, t, role=self.pick(["associate", "suspect", "victim"])))
        if self.chance(0.5):
            subs[0][0]["phones"] = [self.fmt_phone(inv[0].phones[-1])]     # the deal line found on the child
        pl = ["trap_out" if ag == "nforce" else "trap_pit"]
        ind = ["missing", "trafficked_elsewhere", "money", "alcohol_drugs"] if ag == "nforce" else ["money", "alcohol_drugs"]
        if self.chance(0.4):
            ind.append("threats")
        self.concern(ag, t, subs, ind, offences=[self.pick(["92A", "92A", "106"])], places=pl,
                     narrative="Found in a flat with class A wraps and cash; phone ringing constantly; would not say who brought him.",
                     decisions=self.police_plan(nfa=0.7))

    def ep_btp(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        if self.chance(0.4):
            subs.append(self.osub(inv[0], t, role="associate", phone=0.6))
        self.concern("btp", t, subs, ["missing", "trafficked_elsewhere", "money"], places=["bus_station"] if self.chance(0.3) else [],
                     narrative="Stopped on train to Mercton without ticket, with £300 cash and two phones.", decisions=self.police_plan(nfa=0.9))

    def ep_cl_ed(self, style, net, v, inv, t, place, victims):
        self._t = t
        subs = [self.vsub(v, t)]
        self.concern("ed", t, subs, ["injury", "threats"], narrative="Stab wound to thigh; says he fell. Mother not aware.",
                     decisions=self.agency_plan("ed"))

    def ep_online_school(self, style, net, v, inv, t, place, victims):
        self._t = t
        o = inv[0]
        subs = [self.vsub(v, t, informal=True), self.osub(o, t, role="suspect", names={"username": 70, "first": 20, "none": 10}, phone=0.3)]
        sch = v.extra.get("school", 0)
        teacher = self.pick(self.benign["teacher"][sch])
        self.concern("school", t, subs, ["online_contact"] + (["gifts"] if self.chance(0.4) else []),
                     author=self.author("school", teacher, teacher.occupation),
                     narrative="Pupil disclosed an online 'boyfriend' who sends credit and asks for pictures.", decisions=self.agency_plan("school"))

    def ep_online_police(self, style, net, v, inv, t, place, victims):
        self._t = t
        o = inv[0]
        subs = [self.vsub(v, t), self.osub(o, t, role="suspect", names={"username": 55, "full": 15, "first": 20, "none": 10}, phone=0.5)]
        self.concern("police", t, subs, ["online_contact"] + self.r.sample(["threats", "money", "gifts"], self.r.randint(0, 2)), offences=["88A"],
                     narrative="Indecent images requested via social media; suspect account identified by username only.",
                     decisions=self.police_plan(nfa=0.75))

    def ep_online_parent(self, style, net, v, inv, t, place, victims):
        self._t = t
        mum = v.extra.get("mum")
        subs = [self.vsub(v, t)]
        if mum is not None:
            subs.append(self.asub(mum, t, role="reporter", phone=0.5))
        subs.append(self.osub(inv[0], t, role="suspect", names={"username": 60, "first": 30, "none": 10}, phone=0.6))
        self.concern("police", t, subs, ["online_contact"], offences=["88A"], narrative="Mother found messages from an adult on daughter's phone.",
                     decisions=self.police_plan(nfa=0.8))

    def ep_online_meet(self, style, net, v, inv, t, place, victims):
        self._t = t
        o = inv[0]
        subs = [self.vsub(v, t), self.osub(o, t, role="suspect", police=True, phone=0.4, vehicle=self.maybe_vehicle(o, t, 0.5))]
        self.concern("police", t, subs, ["online_contact", "missing", "hotel"] if self.chance(0.5) else ["online_contact", "vehicle_pickup"],
                     places=[place] if self.chance(0.6) else [], offences=["88A", "22B"],
                     narrative="Child travelled to meet a man she met online.", decisions=self.police_plan(nfa=0.6))

    def operation(self, net, offs, victs, opname, a, b, convict=None, convict_frac=0.8, historic=False):
        """The later police operation: full names, arrests, charges, convictions (some a decade after the abuse)."""
        r = self.r
        conv_ids = set(o.id for o in r.sample(offs, int(round(len(offs) * convict_frac))))
        for v in victs:
            if self.chance(0.15):
                continue        # never identified by the operation
            t = self.work_time(self.rand_time(a, b))
            subs = [self.vsub(v, t, names={"full": 70, "upper": 10, "surname_first": 15, "misspelling": 5})]
            if historic and "age" in subs[0][0]:
                subs[0][0]["age"] = self.age(v, t)    # now an adult survivor reporting historic abuse
            named = [o for o in offs if self.chance(0.55)] or [self.pick(offs)]
            for o in named:
                subs.append(self.osub(o, t, role="suspect", police=True, phone=0.3))
            plan = [("investigation", r.randint(1, 14), opname, None)]
            if convict and any(o.id in conv_ids for o in named):
                plan += [("arrest", r.randint(10, 90), None, None), ("charge", r.randint(30, 200), None, None)]
                dd = (convict - (t + dt.timedelta(days=sum(x[1] for x in plan)))).days
                if dd > 0:
                    plan.append(("conviction", dd, "convicted at Crown Court", None))
            self.concern("police_pvp", t, subs, self.r.sample(["older_partner", "multiple_adults", "alcohol_drugs", "hotel", "vehicle_pickup", "threats", "gifts", "trafficked_elsewhere"], 4),
                         offences=self.r.sample(["19B", "19C", "22B", "71", "106", "20A"], 2),
                         narrative="%s: ABE interview. %s" % (opname, "Historic disclosure of abuse between the ages of 13 and 15." if historic else "Disclosed abuse by several men."),
                         extra={"operation": opname}, decisions=plan)
        # suspect interviews / arrests: one concern per offender with full details
        for o in offs:
            if self.chance(0.2):
                continue
            t = self.work_time(self.rand_time(a, b))
            veh = self.fmt_vehicle(self.pick(o.vehicles), partial=0.0) if o.vehicles else None
            subs = [self.osub(o, t, role="suspect", police=True, phone=0.8, vehicle=veh, names={"full": 60, "upper": 20, "first_nick": 15, "surname_first": 5})]
            linked = self.r.sample(victs, min(len(victs), self.r.randint(1, 3)))
            for v in linked:
                subs.append(self.vsub(v, t, names={"full": 80, "initial": 20}))
            plan = [("arrest", r.randint(0, 3), opname, None)]
            if convict and o.id in conv_ids:
                plan.append(("charge", r.randint(20, 120), None, None))
                dd = (convict - (t + dt.timedelta(days=sum(x[1] for x in plan)))).days
                if dd > 0:
                    plan.append(("conviction", dd, "convicted", None))
            else:
                plan.append(("no_further_action", r.randint(60, 300), "CPS: insufficient evidence", None))
            self.concern("police_pvp", t, subs, ["multiple_adults", "older_partner"], offences=["71", "22B"],
                         narrative="%s: suspect arrested and interviewed; no comment." % opname, extra={"operation": opname}, decisions=plan)

    # ------------------------------------------------------------ background: the ordinary work of the agencies
    def pick_family(self):
        return self.r.choices(self.families, [f["weight"] for f in self.families])[0]

    def pick_adult(self):
        return self.r.choices(self.adults, [a.extra["weight"] for a in self.adults])[0]

    def kid_at(self, fam, t, lo=5, hi=17):
        ks = [k for k in fam["kids"] if lo <= self.age(k, t) <= hi]
        return self.pick(ks) if ks else None

    def background(self, count):
        r = self.r
        gens = [(self.bg_da, 16), (self.bg_neglect, 10), (self.bg_missing_once, 8), (self.bg_care_missing, 12),
                (self.bg_teen_crime, 9), (self.bg_adult_crime, 12), (self.bg_drugs_intel, 5), (self.bg_selfharm, 5),
                (self.bg_bullying, 5), (self.bg_peer_rel, 5), (self.bg_sexting, 3), (self.bg_coach, 2),
                (self.bg_transport, 3), (self.bg_lado, 2.5), (self.bg_taxi_complaint, 2), (self.bg_housing, 2),
                (self.bg_youth_club, 3), (self.bg_foster_review, 3), (self.bg_shop_witness, 2),
                (self.bg_offlicence, 2), (self.bg_dealer, 2)]
        fns, ws = zip(*gens)
        made = 0
        guard = 0
        while made < count and guard < count * 5:
            guard += 1
            before = len(self.concerns)
            t = self.rand_time(START, END)
            r.choices(fns, ws)[0](t)
            made += len(self.concerns) - before

    def bg_da(self, t):
        fam = self.pick_family()
        if not fam["parents"]:
            return
        t = self.work_time(t, night=True)
        subs = []
        ps = fam["parents"]
        perp = ps[-1]
        vic = ps[0]
        if perp is vic:
            perp = self.pick_adult()
        subs.append(self.asub(perp, t, role="suspect"))
        subs.append(self.asub(vic, t, role="victim", phone=0.4))
        for k in fam["kids"]:
            if 0 <= self.age(k, t) <= 17 and self.chance(0.7):
                s, f = self.subject(k, "other", t, self.W_CHILD_FULL, born=0.5, age=0.7, sex=0.8)
                subs.append((s, f, k))
        ind = ["injury"] if self.chance(0.15) else []
        self.concern("police", t, subs, ind, offences=[self.pick(["8N", "105A", "8L", "58C"])],
                     narrative="Domestic incident; children present in the house.", decisions=self.pick([
                         [("referred", self.r.randint(0, 3), "DA notification to school and CSC", None)],
                         [("no_further_action", self.r.randint(0, 20), self.pick(DA_NFA), None)],
                         [("crime_recorded", 0, None, None), ("charge", self.r.randint(1, 30), None, None)], []]))

    def bg_neglect(self, t):
        fam = self.pick_family()
        t = self.work_time(t)
        kids = [k for k in fam["kids"] if 0 <= self.age(k, t) <= 16]
        if not kids:
            return
        subs = []
        for k in kids:
            s, f = self.subject(k, "victim" if self.chance(0.5) else "other", t, self.W_CHILD_FULL, born=0.6, age=0.7, sex=0.8, address=0.5)
            subs.append((s, f, k))
        for p in fam["parents"]:
            if self.chance(0.7):
                subs.append(self.asub(p, t, role=self.pick(["other", "other", "suspect"])))
        ag = self.pick(["school", "csc", "ed", "housing", "school"])
        auth = None
        pl = []
        if ag == "school":
            sch = kids[0].extra.get("school", 0)
            teacher = self.pick(self.benign["teacher"][sch])
            auth = self.author("school", teacher, teacher.occupation)
            if self.chance(0.4):
                subs.append(self.psub(teacher, t, "reporter"))
            if self.chance(0.3):
                pl = ["school%d" % sch]
        ind = ["school_absence"] if self.chance(0.5) else []
        self.concern(ag, t, subs, ind, places=pl, author=auth, narrative="Concerns about home conditions and hygiene; poor attendance.",
                     decisions=self.agency_plan(ag))

    def bg_missing_once(self, t):
        fam = self.pick_family()
        k = self.kid_at(fam, t, 12, 17)
        if not k:
            return
        t = self.work_time(t, night=True)
        subs = [(lambda s: (s[0], s[1], k))(self.subject(k, "victim" if self.chance(0.3) else "other", t, self.W_CHILD_FULL, born=0.5, age=0.8, sex=0.9, address=0.4))]
        subs[0][0]["role"] = self.pick(["victim", "other", "other"])
        if fam["parents"]:
            subs.append(self.asub(fam["parents"][0], t, role="reporter", phone=0.5))
        if self.chance(0.4):
            f2 = self.pick_family()
            k2 = self.kid_at(f2, t, 12, 17)
            if k2 and k2 is not k:
                s, f = self.subject(k2, "associate", t, self.W_CHILD_INFORMAL, born=0.1, age=0.4)
                subs.append((s, f, k2))
        self.concern("police", t, subs, ["missing"], narrative="Did not return home; found at a friend's house the next morning.",
                     decisions=[("no_further_action", r_int(self, 0, 2), "child returned safe and well", None)] if self.chance(0.85) else [])

    def bg_care_missing(self, t):
        c = self.pick(self.care_kids)
        if c.id not in self.in_care or not self.in_care[c.id]:
            return
        a = self.in_care[c.id][0][0]
        b = self.in_care[c.id][-1][1]
        t = self.work_time(self.rand_time(a, b), night=True)
        rep, home = self.reporter_for(c, t)
        if rep is None:
            return
        subs = [self.vsub(c, t)]
        subs[0] = (dict(subs[0][0], role=self.pick(["victim", "other", "victim"])), subs[0][1], c)
        subs.append(self.psub(rep, t, "reporter", phone=0.4))
        ind = ["missing"]
        narr = "Absconded from placement."
        if self.chance(0.45):
            rel = c.extra.get("relative") if c.extra.get("relative") and self.chance(0.5) else c.extra["mum"]
            subs.append(self.asub(rel, t, role=self.pick(["associate", "other"]), phone=0.3))
            narr = "Absconded; believed to be at family's address, contact not permitted."
        if self.chance(0.2):
            ind.append(self.pick(["alcohol_drugs", "school_absence"]))
        pl = [home] if home and self.chance(0.5) else []
        ag = "police"
        auth = None
        if home and self.chance(0.4) and "staff_id" in rep.extra:
            ag = "care"
            auth = self.author("care", rep, "residential care worker")
        self.concern(ag, t, subs, ind, places=pl, author=auth, narrative=narr,
                     decisions=[("no_further_action", self.r.randint(0, 3), "child returned safe and well", "police")] if self.chance(0.8) else [])
        if self.chance(0.35):
            t2 = t + dt.timedelta(days=self.r.randint(1, 5))
            subs2 = [self.vsub(c, t2, informal=True)]
            self.concern("mcs", t2, subs2, ["missing"], narrative="Return interview: went to see mum.", decisions=self.agency_plan("mcs"))

    def bg_teen_crime(self, t):
        t = self.work_time(t, night=self.chance(0.5))
        kids = []
        for _ in range(self.r.choice([1, 1, 2, 3])):
            f = self.pick_family()
            k = self.kid_at(f, t, 11, 17)
            if k and k not in kids:
                kids.append(k)
        if not kids:
            return
        subs = []
        for k in kids:
            s, f = self.subject(k, "suspect", t, self.W_CHILD_FULL, born=0.7, age=0.8, sex=0.9, address=0.4)
            subs.append((s, f, k))
        pl = [self.pick(["shopping", "nisa", "marsh_park", "bus_station", "leisure"])]
        if self.chance(0.5):
            subs.append(self.asub(self.pick_adult(), t, role=self.pick(["witness", "victim", "reporter"])))
        self.concern("police", t, subs, [], offences=[self.pick(["46", "66", "58C", "105A", "49"])], places=pl,
                     narrative="Group of youths; shoplifting / ASB.", decisions=self.pick([
                         [("no_further_action", self.r.randint(1, 20), "community resolution", None)],
                         [("referred", self.r.randint(1, 10), "youth offending team", None)],
                         [("crime_recorded", 0, None, None)]]))

    def bg_adult_crime(self, t):
        t = self.work_time(t, night=self.chance(0.5))
        subs = []
        for _ in range(self.r.choice([1, 1, 2])):
            a = self.pick_adult()
            veh = self.fmt_vehicle(a.vehicles[0], partial=0.3) if a.vehicles and self.chance(0.3) else None
            s = self.asub(a, t, role="suspect", names=self.W_SUSPECT_POLICE)
            if veh:
                s[0]["vehicles"] = [veh]
            if all(x[2] is not a for x in subs):
                subs.append(s)
        v = self.pick_adult()
        if all(x[2] is not v for x in subs):
            subs.append(self.asub(v, t, role=self.pick(["victim", "witness", "reporter"])))
        self.concern("police", t, subs, [], offences=[self.pick(["28", "30", "8N", "105A", "45", "48", "92D", "37", "58C"])],
                     places=[self.pick(["stargrill", "shopping", "station_cp", "nisa", "kingsway_hotel", "bus_station"])] if self.chance(0.2) else [],
                     narrative="Adult offence.", decisions=self.agency_plan("police"))

    def bg_drugs_intel(self, t):
        t = self.work_time(t, night=True)
        a = self.pick_adult()
        subs = [self.asub(a, t, role="suspect", names=self.W_SUSPECT_INFORMAL, phone=0.6)]
        if a.vehicles and self.chance(0.5):
            subs[0][0]["vehicles"] = [self.fmt_vehicle(a.vehicles[0])]
        if self.chance(0.3):
            b = self.pick_adult()
            if b is not a:
                subs.append(self.asub(b, t, role="associate", names=self.W_SUSPECT_INFORMAL))
        self.concern(self.pick(["police", "anon"]), t, subs, ["alcohol_drugs"] if self.chance(0.3) else [], offences=["92D"],
                     places=[self.pick(["marsh_park", "station_cp", "stargrill", "goldenfry"])] if self.chance(0.4) else [],
                     narrative="Intelligence: dealing cannabis from address/vehicle.",
                     decisions=[("no_further_action", self.r.randint(2, 40), "intelligence filed; no further action", "police")])

    def bg_selfharm(self, t):
        fam = self.pick_family()
        k = self.kid_at(fam, t, 11, 17)
        if not k:
            return
        t = self.work_time(t)
        subs = [(lambda s: (s[0], s[1], k))(self.subject(k, "victim", t, self.W_CHILD_FULL, born=0.6, age=0.8, sex=0.9))]
        if fam["parents"] and self.chance(0.6):
            subs.append(self.asub(fam["parents"][0], t, role="other"))
        self.concern(self.pick(["camhs", "ed", "school"]), t, subs, ["injury"] if self.chance(0.5) else [],
                     narrative="Self-harm; low mood.", decisions=self.agency_plan("camhs"))

    def bg_bullying(self, t):
        kids = []
        for _ in range(self.r.randint(2, 4)):
            f = self.pick_family()
            k = self.kid_at(f, t, 8, 16)
            if k and k not in kids:
                kids.append(k)
        if len(kids) < 2:
            return
        t = self.work_time(t)
        sch = kids[0].extra.get("school", 0)
        teacher = self.pick(self.benign["teacher"][sch])
        subs = []
        for i, k in enumerate(kids):
            s, f = self.subject(k, "victim" if i == 0 else "suspect", t, self.W_CHILD_INFORMAL, born=0.2, age=0.6, sex=0.8)
            subs.append((s, f, k))
        if self.chance(0.4):
            subs.append(self.psub(teacher, t, "reporter"))
        self.concern("school", t, subs, ["online_contact"] if self.chance(0.2) else [], author=self.author("school", teacher, teacher.occupation),
                     narrative="Bullying incident in school.", decisions=self.agency_plan("school"))

    def bg_peer_rel(self, t):
        f = self.pick_family()
        g = self.kid_at(f, t, 13, 15)
        if not g or g.sex != "F":
            return
        f2 = self.pick_family()
        b = self.kid_at(f2, t, 15, 17)
        if not b or b.sex != "M":
            b = None
        t = self.work_time(t)
        subs = [(lambda s: (s[0], s[1], g))(self.subject(g, "victim", t, self.W_CHILD_FULL, born=0.6, age=0.9, sex=0.9))]
        ind = ["sexual_health"]
        if b:
            s, fm = self.subject(b, self.pick(["associate", "suspect", "other"]), t, self.W_CHILD_INFORMAL, born=0.2, age=0.7, sex=0.9)
            subs.append((s, fm, b))
            if self.age(b, t) - self.age(g, t) >= 2:
                ind.append("older_partner")
        if self.chance(0.15):
            ind.append("pregnancy")
        self.concern(self.pick(["shc", "school", "shc"]), t, subs, ind, narrative="Under-16 in a relationship with a peer; Fraser competent.",
                     decisions=self.agency_plan("shc"))

    def bg_sexting(self, t):
        kids = []
        for _ in range(self.r.randint(2, 3)):
            f = self.pick_family()
            k = self.kid_at(f, t, 12, 16)
            if k and k not in kids:
                kids.append(k)
        if len(kids) < 2:
            return
        t = self.work_time(t)
        subs = []
        for i, k in enumerate(kids):
            s, f = self.subject(k, "victim" if i == 0 else self.pick(["suspect", "associate"]), t, self.W_CHILD_INFORMAL, born=0.2, age=0.7, sex=0.9)
            subs.append((s, f, k))
        self.concern(self.pick(["school", "police"]), t, subs, ["online_contact"], narrative="Image shared between pupils.",
                     decisions=self.agency_plan("school"))

    def bg_coach(self, t):
        coach = self.pick(self.benign["coach"])
        kids = []
        for _ in range(self.r.randint(1, 2)):
            f = self.pick_family()
            k = self.kid_at(f, t, 8, 16)
            if k and k not in kids:
                kids.append(k)
        if not kids:
            return
        t = self.work_time(t)
        subs = [self.psub(coach, t, self.pick(["reporter", "reporter", "witness"]), places=["footy"], phone=0.3)]
        for k in kids:
            s, f = self.subject(k, self.pick(["victim", "other"]), t, self.W_CHILD_FULL, born=0.3, age=0.8, sex=0.8)
            subs.append((s, f, k))
        self.concern(self.pick(["csc", "police", "school"]), t, subs, self.pick([["injury"], [], ["school_absence"], ["money"]]), places=["footy"],
                     narrative="Coach reports bruising seen at training / child not collected / child disclosed home worries.",
                     decisions=self.agency_plan("csc"))

    def bg_transport(self, t):
        drv = self.pick(self.benign["transport"])
        pool = [c for c in self.care_kids if c.id in self.in_care] + [v for v in self.persons if v.kind == "victim" and v.extra.get("in_care")]
        kids = [c for c in pool if 8 <= self.age(c, t) <= 16]
        if not kids:
            return
        c = self.pick(kids)
        t = self.work_time(t)
        veh = self.fmt_vehicle(drv.vehicles[0], partial=0.5)
        subs = [self.vsub(c, t, role=self.pick(["victim", "other"]))]
        subs.append(self.psub(drv, t, self.pick(["reporter", "witness", "other", "associate"]), vehicle=veh, places=[drv.extra["firm"]], phone=0.4))
        ind = []
        narr = self.pick(["School transport driver reports child refused to get out at school and ran off.",
                          "Child collected from placement by taxi; driver reports she was upset and said men were waiting for her.",
                          "Carer concerned: child getting into a taxi at 8am - confirmed as the contracted school transport."])
        if "taxi" in narr or self.chance(0.5):
            ind.append(self.pick(["taxi", "vehicle_pickup"]))
        if "ran off" in narr:
            ind.append("missing")
        rep, home = self.reporter_for(c, t)
        if rep is not None and self.chance(0.4):
            subs.append(self.psub(rep, t, "reporter"))
        self.concern(self.pick(["police", "csc", "school", "care" if home else "csc"]) if not (self.chance(0.6) and False) else "police", t, subs, ind,
                     places=[drv.extra["firm"]], narrative=narr,
                     decisions=[("no_further_action", self.r.randint(1, 10), "legitimate contracted school transport", None)] if self.chance(0.6) else self.agency_plan("csc"))

    def bg_offlicence(self, t):
        """A shopkeeper who sells alcohol to under-18s: alcohol, many different children, not exploitation."""
        if not hasattr(self, "offl"):
            self.offl = self.new_person("other_adult", "M", 1960, 1980, "shopkeeper (Marsh Lane Stores)")
            self.phone(self.offl)
        self.bg_group_supply(t, self.offl, "nisa", ["alcohol_drugs"], "Young people say they buy vodka from the shop on Marsh Lane; no ID asked.", ["yp", "police", "school"])

    def bg_dealer(self, t):
        """A cannabis dealer who sells to teenagers in the park."""
        if not hasattr(self, "dealers"):
            self.dealers = []
            for _ in range(2):
                d = self.new_person("other_adult", "M", 1980, 1995, "cannabis dealer")
                d.nick = d.nick or self.pick(NICKS)
                self.phone(d)
                self.dealers.append(d)
        self.bg_group_supply(t, self.pick(self.dealers), "marsh_park", ["alcohol_drugs"] + (["money"] if self.chance(0.3) else []),
                             "Teenagers buying cannabis from a man in the park.", ["police", "yp", "school", "anon"])

    def bg_group_supply(self, t, adult, place, ind, narr, ags):
        kids = []
        for _ in range(self.r.randint(1, 3)):
            f = self.pick_family()
            k = self.kid_at(f, t, 13, 17)
            if k and k not in kids:
                kids.append(k)
        if not kids:
            return
        t = self.work_time(t, night=True)
        ag = self.pick(ags)
        subs = [self.asub(adult, t, role=self.pick(["suspect", "suspect", "other"]), names=self.W_SUSPECT_INFORMAL, phone=0.3)]
        subs[0][0]["places"] = [place]
        for k in kids:
            s, f = self.subject(k, self.pick(["victim", "other", "other"]), t, self.W_CHILD_INFORMAL, born=0.2, age=0.7, sex=0.8)
            subs.append((s, f, k))
        auth = self.author("yp", self.pick(self.benign["youth"]), "youth worker") if ag == "yp" else None
        self.concern(ag, t, subs, ind, places=[place], author=auth, narrative=narr, offences=["92D"] if "cannabis" in narr else [],
                     decisions=self.agency_plan(ag))

    def bg_lado(self, t):
        if not hasattr(self, "accused"):
            # a few people in positions of trust accused more than once, each time unfounded
            self.accused = [self.pick(self.benign["foster"]), self.pick(self.benign["res_larkfield"] + self.benign["res_orchard"]),
                            self.pick(self.benign["transport"])]
        if self.chance(0.5):
            who = self.pick(self.accused)
        else:
            who = self.pick(self.benign["foster"] + self.benign["transport"] + self.benign["coach"] + self.benign["youth"]
                        + [x for v in self.benign["teacher"].values() for x in v] + self.benign["res_larkfield"] + self.benign["res_orchard"])
        if who.occupation == "foster carer" or who.occupation.startswith("residential"):
            kids = [c for c in self.care_kids + [v for v in self.persons if v.kind == "victim" and v.extra.get("in_care")]
                    if self.carer_at(c, t)[2] is who or (self.carer_at(c, t)[1] and who.extra.get("home") == self.carer_at(c, t)[1])]
            if kids:
                c = self.pick(kids)
                t = self.work_time(t)
                subs = [self.psub(who, t, "suspect", names=self.W_ADULT, phone=0.2), self.vsub(c, t)]
                self.concern("lado", t, subs, self.pick([["injury"], [], ["threats"]]),
                             narrative="Allegation against %s by a child in placement: restraint / shouting." % who.occupation,
                             decisions=self.agency_plan("lado"))
                return
        kids = [c for c in self.care_kids if 10 <= self.age(c, t) <= 16] or [k for f in self.families for k in f["kids"]][:50]
        c = self.pick(kids)
        t = self.work_time(t)
        subs = [self.psub(who, t, "suspect", names=self.W_ADULT, phone=0.2, vehicle=self.fmt_vehicle(who.vehicles[0]) if who.vehicles and self.chance(0.4) else None)]
        s, f = self.subject(c, "victim", t, self.W_CHILD_FULL, born=0.5, age=0.8, sex=0.9)
        subs.append((s, f, c))
        self.concern("lado", t, subs, self.pick([["injury"], [], ["threats"], ["gifts"]]),
                     narrative="Allegation against a person in a position of trust (%s): rough handling / inappropriate comment." % who.occupation,
                     decisions=self.agency_plan("lado"))

    def bg_taxi_complaint(self, t):
        drv = self.pick(self.drivers + self.benign["transport"])
        a = self.pick_adult()
        t = self.work_time(t, night=True)
        subs = [self.psub(drv, t, "suspect", names=self.W_SUSPECT_POLICE, vehicle=self.fmt_vehicle(drv.vehicles[0], partial=0.4), places=[drv.extra["firm"]]),
                self.asub(a, t, role="reporter")]
        self.concern("lic", t, subs, [], places=[drv.extra["firm"]], narrative="Adult passenger complaint: overcharging / rude driver.",
                     decisions=[("no_further_action", self.r.randint(5, 40), "no breach established", None)])

    def bg_housing(self, t):
        f = self.pick_family()
        k = self.kid_at(f, t, 16, 17)
        if not k:
            return
        t = self.work_time(t)
        subs = [(lambda s: (s[0], s[1], k))(self.subject(k, "other", t, self.W_CHILD_FULL, born=0.8, age=0.9, sex=0.9))]
        if f["parents"]:
            subs.append(self.asub(f["parents"][0], t, role="other"))
        self.concern("housing", t, subs, [], narrative="16/17-year-old presenting as homeless after family breakdown.", decisions=self.agency_plan("housing"))

    def bg_youth_club(self, t):
        yw = self.pick(self.benign["youth"])
        kids = []
        for _ in range(self.r.randint(1, 4)):
            f = self.pick_family()
            k = self.kid_at(f, t, 11, 17)
            if k and k not in kids:
                kids.append(k)
        if not kids:
            return
        t = self.work_time(t)
        subs = []
        for k in kids:
            s, f = self.subject(k, self.pick(["other", "victim", "associate"]), t, self.W_CHILD_INFORMAL, born=0.1, age=0.6, sex=0.8)
            subs.append((s, f, k))
        if self.chance(0.5):
            subs.append(self.psub(yw, t, self.pick(["reporter", "witness"])))
        ind = self.pick([[], ["alcohol_drugs"], ["school_absence"], ["missing"]])
        self.concern("yp", t, subs, ind, author=self.author("yp", yw, "youth worker"), narrative="Detached youth work session; young people drinking in the park.",
                     places=["marsh_park"] if self.chance(0.5) else [], decisions=self.agency_plan("yp"))

    def bg_foster_review(self, t):
        fc = self.pick(self.benign["foster"])
        kids = []
        for c in self.care_kids + [v for v in self.persons if v.kind == "victim" and v.extra.get("in_care")]:
            k, h, carer = self.carer_at(c, t)
            if carer is fc:
                kids.append(c)
        if not kids:
            return
        t = self.work_time(t)
        subs = [self.psub(fc, t, "other", phone=0.3)]
        for c in kids:
            subs.append(self.vsub(c, t, role="other"))
        self.concern("fost", t, subs, self.pick([[], [], ["missing"], ["school_absence"]]), narrative="Supervising social worker visit; placement stable.",
                     decisions=self.agency_plan("fost"))

    def bg_shop_witness(self, t):
        key = self.pick(["stargrill", "paradise", "goldenfry"])
        owner = self.shopkeepers[key]
        t = self.work_time(t, night=True)
        subs = [self.asub(owner, t, role=self.pick(["reporter", "witness", "victim"]), phone=0.3)]
        subs[0][0]["places"] = [key]
        kids = []
        for _ in range(self.r.randint(0, 3)):
            f = self.pick_family()
            k = self.kid_at(f, t, 12, 17)
            if k and k not in kids:
                kids.append(k)
        for k in kids:
            s, fm = self.subject(k, "suspect", t, self.W_CHILD_INFORMAL, born=0.1, age=0.5, sex=0.8)
            subs.append((s, fm, k))
        self.concern("police", t, subs, [], offences=[self.pick(["58C", "105A", "66"])], places=[key],
                     narrative="Youths causing damage at takeaway; owner reports.", decisions=self.agency_plan("police"))

    # ------------------------------------------------------------ amendments, resends, output
    def amendments(self):
        r = self.r
        out = []
        for rec, truth, t in list(self.concerns):
            if not rec["subjects"] or not self.chance(0.025):
                continue
            new = json.loads(json.dumps(rec))
            t2 = t + dt.timedelta(days=r.randint(0, 20), hours=r.randint(0, 10))
            if t2 > END:
                continue
            new["id"] = rec["id"] + self.pick(["-A1", "/A", ".1", "-AMD"])
            if new["id"] in self.ids:
                continue
            self.ids.add(new["id"])
            new["amends"] = rec["id"]
            new["received"] = self.fmt_time(t2)
            ntruth = list(truth)
            # correct one subject's name to the full name, or fix a date of birth
            i = r.randrange(len(new["subjects"]))
            ref, pid, form = truth[i]
            p = self.by_id[pid]
            if form != "full":
                new["subjects"][i]["name"] = "%s %s" % (p.first, p.last)
                ntruth[i] = (ref, pid, "full")
            else:
                new["subjects"][i]["born"] = p.born.isoformat()
            new["narrative"] = (rec.get("narrative", "") + " [Amended: details corrected.]").strip()
            out.append((new, ntruth, t2))
            for (_, pid2, _) in ntruth:
                self.by_id[pid2].mentioned.append(t2)
        self.concerns.extend(out)

    def write(self, outdir):
        r = self.r
        os.makedirs(outdir, exist_ok=True)
        lines = []   # (file order key, json text)
        for rec, truth, t in self.concerns:
            lag = dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 7, 30, 90]) * r.random())
            lines.append((t + lag, json.dumps(rec, ensure_ascii=False)))
        for d, at in self.decisions:
            lag = dt.timedelta(days=r.choice([0, 0, 1, 5, 30, 200]) * r.random())
            key = at + lag if self.chance(0.9) else at - dt.timedelta(days=r.randint(1, 60))   # some before their concern
            lines.append((key, json.dumps(d, ensure_ascii=False)))
        lines.sort(key=lambda x: x[0])
        texts = [x[1] for x in lines]
        # batches exported late / out of order: move some blocks
        for _ in range(int(len(texts) / 400) + 1):
            i = r.randrange(len(texts))
            j = min(len(texts), i + r.randint(20, 120))
            block = texts[i:j]
            del texts[i:j]
            k = r.randrange(len(texts) + 1)
            texts[k:k] = block
        # identical re-sends (no-ops per spec)
        for _ in range(int(len(texts) * 0.015)):
            i = r.randrange(len(texts))
            texts.insert(min(len(texts), i + r.randint(1, 500)), texts[i])
        # a few blank lines (ignored per spec)
        for _ in range(3):
            texts.insert(r.randrange(len(texts)), "")
        # deliberately invalid lines, which must be quarantined (not in the truth)
        rejects = []
        c0 = json.loads(self.pick([x for x in texts if x.startswith('{"type": "concern"')]))
        c0["narrative"] = (c0.get("narrative") or "") + " (re-sent with changed text)"
        rejects.append((json.dumps(c0), "same id as an earlier concern, different content"))
        rejects.append((json.dumps({"type": "note", "id": "NOTE-1", "text": "handover note"}), "unknown type"))
        rejects.append((json.dumps({"type": "decision", "id": "D-BAD-1", "concern": c0["id"], "at": "2012-01-01T10:00:00Z",
                                    "by": {"id": "x", "name": "y", "role": "z"}, "outcome": "no_further_action"}), "no_further_action without reason"))
        rejects.append(('{"type": "concern", "id": "BROKEN-1", "received": "2010-01-0', "truncated JSON"))
        for txt, why in rejects:
            texts.insert(r.randrange(len(texts) // 2, len(texts)), txt)
        with open(os.path.join(outdir, "town.jsonl"), "w", encoding="utf-8") as f:
            for x in texts:
                f.write(x + "\n")
        with open(os.path.join(outdir, "expected_rejects.jsonl"), "w", encoding="utf-8") as f:
            for txt, why in rejects:
                f.write(json.dumps({"line": txt, "why": why}) + "\n")
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
            seen = set()
            for rec, truth, t in self.concerns:
                for ref, pid, form in truth:
                    key = "%s/%s" % (rec["id"], ref)
                    if key in seen:
                        continue
                    seen.add(key)
                    f.write(json.dumps({"type": "mention", "mention": key, "person": pid, "form": form}) + "\n")
            for p in self.persons:
                if not p.mentioned:
                    continue
                f.write(json.dumps({"type": "person", "person": p.id, "kind": p.kind, "occupation": p.occupation,
                                    "network": p.network, "mentioned": [iso_z(x) for x in sorted(p.mentioned)]}) + "\n")

    def run(self, outdir):
        self.build()
        self.networks()
        cse = len(self.concerns)
        self.background(max(0, int(self.n * 0.975) - cse))
        self.by_id = {p.id: p for p in self.persons}
        self.amendments()
        self.write(outdir)
        kinds = {}
        for p in self.persons:
            if p.mentioned:
                kinds[p.kind] = kinds.get(p.kind, 0) + 1
        print("concerns %d (exploitation-related %d), decisions %d, persons %s" % (len(self.concerns), cse, len(self.decisions), kinds))


def r_int(town, a, b):
    return town.r.randint(a, b)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--concerns", type=int, default=3000)
    a = ap.parse_args()
    Town(a.seed, a.concerns).run(a.outdir)


if __name__ == "__main__":
    main()
