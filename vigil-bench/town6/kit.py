"""Abstract events (one per concern to be written), the story context, and shared episode helpers
used by exploitation and background stories alike, so that the shape of a record does not by itself
tell which kind of story it came from."""
import datetime as dt
from world import START, END, D, wchoice, chance, days, at_hour, rand_time

POLICE = ('mp_inc', 'mp_crime', 'mp_intel', 'nvp', 'cs', 'op_heron', 'op_linnet', 'op_vortex')
CHILD_VOICE = ('shp', 'ys', 'rhi', 'sh', 'sch_academy', 'sch_staidans', 'sch_thornfield', 'sch_pru',
               'sch_primary', 'bh', 'ol', 'ifa')
SCHOOL_AG = {'academy': 'sch_academy', 'staidans': 'sch_staidans', 'thornfield': 'sch_thornfield',
             'pru': 'sch_pru', 'hollinsprim': 'sch_primary'}
HOME_AG = {'brackley': 'bh', 'oaklodge': 'ol'}


class Sub:
    __slots__ = ('p', 'role', 'level', 'born', 'age', 'sex', 'addr', 'phone', 'car', 'carq', 'places',
                 'aliases', 'extra', 'tag')

    def __init__(self, p, role, level=None, born=None, age=None, sex=None, addr=None, phone=None,
                 car=None, carq='seen', places=(), aliases=None, extra=None, tag=None):
        self.p, self.role, self.level, self.tag = p, role, level, tag
        self.born, self.age, self.sex, self.addr, self.phone = born, age, sex, addr, phone
        self.car, self.carq, self.places = car, carq, list(places)
        self.aliases, self.extra = aliases, extra


class Ev:
    __slots__ = ('t', 'ag', 'subs', 'places', 'ind', 'off', 'text', 'grade', 'cse', 'kind', 'extra',
                 'decisions', 'amend', 'id', 'seq', 'agname')

    def __init__(self, t, ag, subs, places=(), ind=(), off=(), text='', grade=None, cse=False, kind='',
                 extra=None, agname=None):
        self.t, self.ag, self.subs = t, ag, subs
        self.places = list(dict.fromkeys(places))
        self.ind, self.off = list(dict.fromkeys(ind)), list(dict.fromkeys(off))
        self.text, self.grade, self.cse, self.kind = text, grade, cse, kind
        self.extra = extra or {}
        self.decisions = []         # (at, outcome, reason or None, deciding agency key)
        self.amend = None           # None or 'name' / 'dob'
        self.id = None
        self.seq = 0
        self.agname = agname


class Ctx:
    def __init__(self, rng, world, ags, scale):
        self.rng, self.w, self.ags, self.scale = rng, world, ags, scale
        self.events = []
        self.networks = {}
        self.care = {}
        self.kids = []
        self.youths = []
        self.confounds = []
        self.vol = 1.0
        self.S = None

    # ------------------------------------------------------------- events
    def ev(self, t, ag, subs, **kw):
        if t < START or t > END:
            return None
        a = self.ags[ag]
        if not a.active(t):
            ag = FALLBACK.get(ag, 'csc')
        seen = set()
        clean = []
        for s in subs:
            if s is None or s.p is None:
                continue
            if s.p.key in seen and not chance(self.rng, 0.02):
                continue                # a person is listed once (rarely twice, under two names)
            seen.add(s.p.key)
            clean.append(s)
        e = Ev(t, ag, clean, **kw)
        e.seq = len(self.events)
        self.events.append(e)
        return e

    # ------------------------------------------------------------- how a person is named
    def level(self, p, ag, t):
        rng = self.rng
        if p.born and p.age(t) < 18 and p.kind in ('victim', 'other_child'):
            if ag in ('shp', 'ys') and chance(rng, 0.35):
                return 'first'
            if ag in ('shp', 'rhi', 'ys') and p.nick and chance(rng, 0.1):
                return 'nick'
            return 'full'
        k = p.known
        police = ag in POLICE or ag in ('lic', 'lado', 'housing')
        ident = p.ident is None or t >= p.ident
        voice = ag in CHILD_VOICE
        if ag in ('ed', 'sh') and p.aliases and p.kind == 'offender' and chance(rng, 0.3):
            return 'alias'
        if k == 'full':
            if voice:
                return wchoice(rng, [('full', 4), ('first', 4), ('nick', 2 if p.nick else 0)])
            return 'full' if chance(rng, 0.9) else 'first'
        if k == 'username':
            if police and ident and chance(rng, 0.7):
                return 'full'
            return 'username' if chance(rng, 0.85) else 'nick'
        if police and ident:
            return wchoice(rng, [('full', 8), ('nick', 1 if p.nick else 0), ('first', 1),
                                 ('alias', 1 if p.kind == 'offender' and len(p.aliases) > (1 if p.middle else 0) else 0)])
        if k == 'first':
            return wchoice(rng, [('first', 7), ('full', 2 if police else 1), ('nick', 1 if p.nick else 0)])
        if k == 'nick':
            return wchoice(rng, [('nick', 7), ('first', 2), ('full', 1 if police else 0)])
        if k == 'car':
            return wchoice(rng, [('none', 6), ('nick', 2 if p.nick else 0), ('first', 2), ('full', 1)])
        return 'full'

    def sub(self, p, role, ag, t, **kw):
        """A subject with the agency's usual detail for this person."""
        rng = self.rng
        kw0 = dict(kw)
        lv = kw.pop('level', None) or self.level(p, ag, t)
        child = p.born is not None and p.age(t) < 18
        police = ag in POLICE
        if 'born' not in kw:
            if child:
                if ag in ('shp', 'ys', 'rhi', 'sh'):
                    kw['born'] = wchoice(rng, [('none', 5), ('exact', 3), ('partial', 2)])
                else:
                    kw['born'] = wchoice(rng, [('exact', 16), ('error', 2), ('partial', 1), ('none', 3)])
            elif lv == 'full' and (police or ag in ('lic', 'lado', 'ed', 'gp', 'csc')):
                kw['born'] = wchoice(rng, [('exact', 6), ('partial', 1), ('error', 1), ('none', 4)])
            else:
                kw['born'] = 'none'
        if 'age' not in kw:
            if child:
                kw['age'] = 'child' if chance(rng, 0.5) else None
            elif lv in ('full',):
                kw['age'] = 'adult_known' if chance(rng, 0.2) else None
            else:
                kw['age'] = 'adult_est' if chance(rng, 0.55) else None
        if 'sex' not in kw:
            kw['sex'] = chance(rng, 0.85)
        staff = p.kind == 'benign_adult' or p.occupation in STAFF_JOBS
        if staff and role in ('reporter', 'witness', 'other') and 'age' not in kw0:
            kw['age'] = None
        if 'addr' not in kw:
            if staff and not police:
                kw['addr'] = False
            else:
                kw['addr'] = chance(rng, 0.35 if (child or lv == 'full') and ag not in ('shp', 'ys', 'sh') else 0.03)
        if lv == 'none' and 'phone' not in kw and chance(rng, 0.4):
            kw['phone'] = p.phone_at(t)
        return Sub(p, role, level=lv, **kw)

    # ------------------------------------------------------------- decisions
    def decide(self, e, policy, p_decided=None, delay=None, reasons=None):
        if e is None:
            return
        rng = self.rng
        dec_ag = DECIDER.get(e.ag, e.ag)
        pol = POLICIES[policy]
        pd = pol['p'] if p_decided is None else p_decided
        if not chance(rng, pd):
            return
        outcome = wchoice(rng, pol['out'])
        reason = None
        if outcome == 'no_further_action' or chance(rng, 0.5):
            rs = reasons or pol.get('why', {}).get(outcome) or GENERIC_WHY[outcome]
            reason = rng.choice(rs)
        lo, hi = delay or pol.get('delay', (0.05, 30))
        at = e.t + dt.timedelta(hours=24 * (lo + (hi - lo) * rng.random() ** 2))
        e.decisions.append((at, outcome, reason, dec_ag))

    def decision(self, e, at, outcome, reason=None, ag=None):
        if e is not None:
            e.decisions.append((at, outcome, reason, ag or DECIDER.get(e.ag, e.ag)))


STAFF_JOBS = ('football coach', 'school transport driver', 'residential care worker')
FALLBACK = {'rhi': 'mp_inc', 'mash': 'csc', 'shp': 'ys', 'ceop': 'mp_crime',
            'op_heron': 'mp_intel', 'op_linnet': 'mp_intel', 'op_vortex': 'mp_intel'}
DECIDER = {'mp_crime': 'mp_inc', 'mp_intel': 'mp_inc', 'cs': 'mp_inc', 'ceop': 'mp_inc', 'bh': 'csc', 'ol': 'csc',
           'ifa': 'csc', 'gp': 'csc', 'rhi': 'csc', 'yot': 'csc', 'mash': 'mash'}

NFA_CSE = ['lifestyle choice; no complaint made', 'YP states relationship is consensual',
           'no offences disclosed', 'victim not supportive of police action', 'insufficient evidence',
           'YP returned home safe and well', 'no further police action; CSC aware',
           'YP declined to provide statement', 'intelligence only - no viable lines of enquiry',
           'suspect not identified', 'allegation retracted', 'CPS advice: no realistic prospect of conviction',
           'suspect denies; no independent evidence', 'YP making own choices; parents advised',
           'filed pending further information', 'no crime: YP consented', 'closed - resource constraints',
           'NFA - inconsistent account', 'she is known to be promiscuous; no offence apparent',
           'child returned; no concerns raised by child', 'no offences; advised re: keeping safe']
WHY_MISSING = ['found safe and well', 'returned of own accord', 'returned home; no concerns disclosed',
               'located at friend\'s address', 'returned; refused to say where she had been',
               'returned; safe and well check completed', 'absent not missing', 'returned by taxi; no concerns',
               'found in town centre; returned to placement']
GENERIC_WHY = {
    'no_further_action': ['no further action', 'threshold not met', 'no role for this service',
                          'parent able to safeguard', 'advice given', 'closed'],
    'referred': ['referred to CSC', 'referred to police', 'referred to MASH', 'passed to CSE team',
                 'referred to early help', 'referred to Safe Haven Project', 'referred to LADO'],
    'crime_recorded': ['crime recorded', 'crimed as per NCRS'],
    'investigation': ['allocated for investigation', 'CID to investigate', 'retrospective review'],
    'safeguarding_plan': ['child protection plan', 'child in need plan', 'CSE risk management plan'],
    'strategy_meeting': ['strategy meeting convened', 'strategy discussion held'],
    'arrest': ['suspect arrested', 'arrested and interviewed'],
    'charge': ['charged', 'charged and remanded'],
    'conviction': ['convicted at Crown Court', 'convicted; sentenced'],
    'other': ['single assessment', 'for information', 'logged', 'passed to CSC', 'risk assessment completed'],
}
POLICIES = {
    'police_cse': {'p': 0.82, 'out': [('no_further_action', 89), ('crime_recorded', 4), ('investigation', 3),
                                      ('referred', 5), ('strategy_meeting', 2), ('other', 1)],
                   'why': {'no_further_action': NFA_CSE}, 'delay': (0.1, 40)},
    'police_missing': {'p': 0.85, 'out': [('no_further_action', 88), ('referred', 7), ('other', 5)],
                       'why': {'no_further_action': WHY_MISSING}, 'delay': (0.05, 4)},
    'police_da': {'p': 0.8, 'out': [('no_further_action', 45), ('crime_recorded', 25), ('arrest', 15),
                                    ('charge', 7), ('referred', 8)],
                  'why': {'no_further_action': ['victim declined to support prosecution', 'no offences disclosed',
                                                'verbal argument only', 'DASH standard risk; advice given',
                                                'evidential difficulties']}, 'delay': (0.05, 20)},
    'police_volume': {'p': 0.8, 'out': [('no_further_action', 30), ('crime_recorded', 35), ('arrest', 15),
                                        ('charge', 12), ('conviction', 4), ('investigation', 4)],
                      'why': {'no_further_action': ['no lines of enquiry', 'no CCTV; no witnesses',
                                                    'suspect not identified', 'filed - undetected']},
                      'delay': (0.05, 30)},
    'police_peer': {'p': 0.8, 'out': [('no_further_action', 55), ('crime_recorded', 15), ('referred', 20),
                                      ('other', 10)],
                    'why': {'no_further_action': ['both parties under 16; not in public interest',
                                                  'outcome 21: not in public interest', 'words of advice given',
                                                  'dealt with by school']}, 'delay': (0.5, 30)},
    'csc': {'p': 0.7, 'out': [('no_further_action', 30), ('referred', 15), ('strategy_meeting', 15),
                              ('safeguarding_plan', 15), ('other', 25)],
            'why': {'no_further_action': ['threshold not met', 'YP refuses to engage', 'parent able to safeguard',
                                          'lifestyle choice; YP refuses services', 'no role for CSC',
                                          'case closed - stepped down to early help',
                                          'YP is 16+ and choosing this relationship']}, 'delay': (0.5, 45)},
    'agency': {'p': 0.45, 'out': [('referred', 60), ('other', 25), ('no_further_action', 15)], 'delay': (0.1, 14)},
    'lado': {'p': 0.95, 'out': [('no_further_action', 70), ('strategy_meeting', 20), ('other', 10)],
             'why': {'no_further_action': ['unfounded', 'unsubstantiated', 'malicious', 'false allegation',
                                           'unsubstantiated; advice given to employer']}, 'delay': (5, 90)},
    'licensing': {'p': 0.85, 'out': [('no_further_action', 75), ('other', 20), ('referred', 5)],
                  'why': {'no_further_action': ['no evidence of breach', 'driver spoken to; no further action',
                                                'complaint not substantiated', 'passenger was over 16']},
                  'delay': (2, 60)},
}


# ---------------------------------------------------------------- shared episode helpers
def fix_ag(ctx, ag, t):
    a = ctx.ags[ag]
    return ag if a.active(t) else FALLBACK.get(ag, 'csc')


def missing_episode(ctx, child, t, reporter=None, adults=(), found_place=None, places=(), inds=(),
                    cse=False, back_hours=None, rhi=True, school=True, home_ag=None, police_policy=None,
                    found_with=None):
    """One missing episode seen by the usual agencies: a missing report, sometimes a care home
    notification, a return interview (police 'safe and well' before 2014), a school absence note.
    adults: [(person, role, car or None, carq)]."""
    rng = ctx.rng
    out = []
    back = t + dt.timedelta(hours=back_hours if back_hours is not None else rng.choice((3, 6, 10, 18, 30, 50, 80)))
    ind = ['missing'] + list(inds)
    subs = [ctx.sub(child, 'victim' if chance(rng, 0.6) else 'other', 'mp_inc', t, tag='c')]
    if reporter is not None:
        subs.append(ctx.sub(reporter, 'reporter', 'mp_inc', t, born='none', age=None, tag='r'))
    with_adult = False
    for p, role, car, carq in adults:
        if chance(rng, 0.55):
            subs.append(ctx.sub(p, role, 'mp_inc', back, car=car, carq=carq, tag='a',
                                places=places[:1] if places and chance(rng, 0.5) else ()))
            with_adult = True
    pl = list(places) if any(s.places for s in subs) else (list(places[:1]) if places and chance(rng, 0.4) else [])
    for s in subs:
        s.places = [x for x in s.places if x in pl]
    tx = rng.choice(MISSING_TEXT + (MISSING_TEXT_A if with_adult else []) + (MISSING_TEXT_P if pl else []))
    e = ctx.ev(t + dt.timedelta(minutes=rng.randrange(20, 240)), 'mp_inc', subs, places=pl, ind=ind,
               off=[], text=tx, cse=cse, kind='missing')
    ctx.decide(e, police_policy or ('police_cse' if cse and chance(rng, 0.3) else 'police_missing'))
    out.append(e)
    if home_ag and chance(rng, 0.6):
        ha = home_ag
        s2 = [ctx.sub(child, 'victim' if chance(rng, 0.5) else 'other', ha, t, tag='c')]
        if reporter is not None and chance(rng, 0.5):
            s2.append(ctx.sub(reporter, 'reporter', ha, t, born='none', age=None, tag='r'))
        wa = False
        for p, role, car, carq in adults:
            if chance(rng, 0.35):
                s2.append(ctx.sub(p, 'associate' if chance(rng, 0.6) else 'other', ha, t, car=car, carq='glimpse', tag='a'))
                wa = True
        e2 = ctx.ev(back + dt.timedelta(minutes=rng.randrange(10, 300)), ha, s2, ind=ind,
                    text=rng.choice(HOME_TEXT + (HOME_TEXT_A if wa else [])), cse=cse, kind='missing_notification')
        ctx.decide(e2, 'agency', p_decided=0.2)
        out.append(e2)
    if rhi and chance(rng, 0.55):
        ra = 'rhi' if back >= D(2014, 4, 1) else rng.choice(('mp_inc', 'csc', 'csc'))
        t3 = back + dt.timedelta(hours=rng.randrange(6, 24 * 6))
        s3 = [ctx.sub(child, 'victim', ra, t3, tag='c')]
        pl3 = []
        wa = False
        for p, role, car, carq in adults:
            if chance(rng, 0.6):
                r = role if chance(rng, 0.5) else rng.choice(('associate', 'other', 'suspect'))
                s3.append(ctx.sub(p, r, ra, t3, car=car if chance(rng, 0.5) else None, carq='glimpse', tag='a',
                                  phone=(p.phone_at(t3) if chance(rng, 0.25) else None)))
                wa = True
        if found_place and chance(rng, 0.7):
            pl3 = [found_place]
            for s in s3[1:]:
                if chance(rng, 0.5):
                    s.places = [found_place]
        if found_with:
            for p in found_with:
                if chance(rng, 0.5):
                    s3.append(ctx.sub(p, 'associate' if chance(rng, 0.6) else 'witness', ra, t3, tag='f'))
        if ra == 'rhi':
            tx = rng.choice(RHI_TEXT + (RHI_TEXT_A if wa else []) + (RHI_TEXT_P if pl3 else []))
        else:
            tx = rng.choice(SAFEWELL_TEXT + (SAFEWELL_TEXT_A if wa else []))
        e3 = ctx.ev(t3, ra, s3, places=pl3, ind=ind, text=tx, cse=cse, kind='return_interview')
        ctx.decide(e3, 'csc' if ra != 'mp_inc' else 'police_missing', p_decided=0.5)
        out.append(e3)
    if school and child.school and t.weekday() < 5 and child.age(t) < 17 and chance(rng, 0.25):
        sa = SCHOOL_AG.get(child.school)
        if sa:
            t4 = back + dt.timedelta(days=rng.randrange(0, 4))
            s4 = [ctx.sub(child, 'victim', sa, t4, tag='c')]
            e4 = ctx.ev(t4, sa, s4, ind=['school_absence'] + (['missing'] if chance(rng, 0.5) else []),
                        text=rng.choice(SCHOOL_ABS_TEXT), cse=cse, kind='school_absence')
            ctx.decide(e4, 'agency', p_decided=0.3)
            out.append(e4)
    return out


MISSING_TEXT = [
    '{c} reported missing by {r}. Last seen {t_last}. Believed to be with friends.',
    'MFH: {c} failed to return by curfew. {r} reports {c} left after a phone call.',
    'Missing from home. {c} returned at 03:00 smelling of alcohol. Would not say where.',
    'Child missing, medium risk. Phone switched off.',
    'MISPER {c}. Graded medium. Located later same day. See log.',
    '{c} absent, returned next morning. Refused to engage with officers.',
    'Report of missing child {c}. {r} concerned as {c} has been going missing more often.']
MISSING_TEXT_A = [
    '{c} missing overnight. Reporter {r} states {c} has gone missing before. {a} seen with {c} earlier.',
    '{c} missing. Staff believe {c} got into a car near the home. Possibly with {a}.',
    'Missing child {c}; {r} states {c} is often with {a}.']
MISSING_TEXT_P = ['{r} reports {c} not home. Found at {P0} with others.']
HOME_TEXT = ['Missing notification: {c} left the home at {t_last} without permission.',
             'YP {c} absconded from placement. Police informed. Returned later.',
             'Unauthorised absence: {c}. Returned intoxicated.']
HOME_TEXT_A = ['{c} missing again. Staff followed protocol. {a} may have collected {c}.']
RHI_TEXT = ['Return interview with {c}. {c} said {she} was with friends, would not say more.',
            '{c} would not engage with the return interview. Declined further support.',
            'Return interview: {c} stayed with a friend. Given safety advice.']
RHI_TEXT_A = ['RHI: {c} disclosed staying at a flat. Mentioned {a}. Declined further support.',
              'Return home interview completed. {c} reports being driven around by {a}. Given safety advice.',
              '{c} would not engage with the return interview. Staff note contact with {a}.',
              'Return interview with {c}. {c} said {she} was with {a} and friends, would not say more.']
RHI_TEXT_P = ['RHI: {c} went to {P0}. Says {she} is fine and it is {his} choice.']
SAFEWELL_TEXT = ['Safe and well check for {c}. No disclosures.',
                 'Safe and well: {c} states {she} stayed with a friend. Appeared tired.']
SAFEWELL_TEXT_A = ['{c} spoken to on return; said {she} was with {a}.',
                   'Safe and well check for {c}. No disclosures. {a} mentioned in passing.']
SCHOOL_ABS_TEXT = ['{c} absent without explanation; attendance now below 80%.',
                   'Attendance concern: {c} absent again, parent not contactable.',
                   '{c} arrived late, tired, said {she} had been out all night.',
                   'Unauthorised absence {c}. Pattern of Monday absences.']
