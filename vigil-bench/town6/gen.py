#!/usr/bin/env python3
"""town6 generator.  Usage: gen.py SEED OUTDIR [--concerns N]

Writes OUTDIR/town.jsonl (interchange v1 records, with deliberate mess), OUTDIR/expected_rejects.jsonl
and OUTDIR/truth.jsonl.  Deterministic for a seed; standard library only; no wall clock."""
import json
import os
import random
import sys

from world import World, wchoice
from places import build_places
from agencies import build_agencies
from kit import Ctx
from people import build_staff
from forms import parse_instant
import stories_net as SN
import stories_lone as SL
import bg_family as BF
import bg_adults as BA
from emit import Emitter
from mess import assemble

BACKGROUND = [(BF.lac_child, 14), (BF.da_family, 9), (BA.volume_crime, 8), (BF.peer_incident, 8),
              (BF.school_welfare, 14), (BF.teen_health, 10), (BF.foster_story, 5), (BA.taxi_routine, 9),
              (BA.transport_routine, 9), (BA.lado_benign, 3), (BA.youth_work, 10), (BA.housing_asb, 4),
              (BA.takeaway_hangout, 7), (BA.coach_routine, 6), (BA.place_only, 1.5), (BA.temp_accommodation, 2)]


NOT_REPORTS = ('cl_arrest', 'cl_early', 'father_confronts', 'victim_suspect', 'trust_crime', 'historic',
               'online_ident', 'robbery')


def police_nfa(events):
    """Share of police reports about exploitation (before any operation; not the arrests of children or
    of fathers) whose first decision was no_further_action."""
    from kit import POLICE
    n = nfa = 0
    for e in events:
        if e.ag in POLICE and e.cse and not e.ag.startswith('op_') and e.kind not in NOT_REPORTS and e.decisions:
            n += 1
            nfa += min(e.decisions)[1] == 'no_further_action'
    return nfa, n


def build(seed, n_concerns):
    rng = random.Random(f'town6:{seed}')
    scale = n_concerns / 3000.0
    world = World(rng, scale)
    build_places(world)
    ags = build_agencies(rng)
    ctx = Ctx(rng, world, ags, scale)
    S = build_staff(ctx)
    ctx.S = S
    reps = max(1, int(round(scale)))
    vscale = min(1.0, scale ** 0.7)
    ctx.vol = max(0.5, min(1.0, scale ** 0.5))
    # --- exploitation
    nid = 0
    nets = []
    for r in range(reps):
        shift = 0 if r == 0 else rng.randrange(-700, 1400)
        nid += 1
        n1 = SN.build_network(ctx, S, f'N{nid}', 'takeaway', shift=shift, vscale=vscale)
        nid += 1
        per = [m for m, role in n1.members if role == 'periph']
        n2 = SN.build_network(ctx, S, f'N{nid}', 'party', shift=shift, vscale=vscale,
                              extra_periph=per[:1] if per and rng.random() < 0.7 else [])
        nets += [n1, n2]
    for n in nets:
        SN.run_network(ctx, S, n)
    for r in range(reps):
        nid += 1
        SL.county_lines(ctx, S, f'N{nid}', shift=0 if r == 0 else rng.randrange(-300, 100), vscale=vscale)
    SL.boyfriends(ctx, S, max(1, int(round(3 * scale))) if scale < 1 else 3 * reps)
    SL.online(ctx, S, max(1, int(round(3 * scale))) if scale < 1 else 3 * reps)
    SL.positions_of_trust(ctx, S, reps)
    n_exploit = len(ctx.events)
    ctx.nfa = police_nfa(ctx.events)
    # the victims and their brothers and sisters also have ordinary lives
    for p in world.people:
        if p.kind in ('victim', 'other_child') and p not in ctx.kids and p.household is not None:
            ctx.kids.append(p)
    BA.confound_stories(ctx, S)
    # --- background, until the town has about n_concerns records
    target = int(n_concerns * 0.985)
    for fn, _ in BACKGROUND:
        fn(ctx, S)
    while len(ctx.events) < target:
        fn = wchoice(rng, BACKGROUND)
        fn(ctx, S)
    em = Emitter(rng, world, ags)
    outs = em.emit_all(ctx.events)
    lines = assemble(rng, outs)
    return world, ctx, lines, n_exploit


def write(outdir, world, lines):
    os.makedirs(outdir, exist_ok=True)
    rejects = []
    valid = []
    with open(os.path.join(outdir, 'town.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for i, (text, o, why) in enumerate(lines, 1):
            f.write(text + '\n')
            if why is not None:
                rejects.append({'line': i, 'why': why, 'text': text})
            elif o not in ('dup', 'blank'):
                valid.append(o)
    with open(os.path.join(outdir, 'expected_rejects.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in rejects:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # truth
    mentions = []
    per = {}
    for o in valid:
        if o.kind != 'concern':
            continue
        inst = parse_instant(o.received).strftime('%Y-%m-%dT%H:%M:%SZ')
        for ref, p, form, _ in o.mentions:
            mentions.append((f"{o.rec['id']}/{ref}", p, form))
            per.setdefault(p.key, [p, []])
            if (o.rec['id'], inst) not in per[p.key][1]:
                per[p.key][1].append((o.rec['id'], inst))
    rng = random.Random('pid:' + str(len(mentions)))
    keys = sorted(per)
    rng.shuffle(keys)
    for i, k in enumerate(keys, 1):
        per[k][0].pid = f'T{i:05d}'
    with open(os.path.join(outdir, 'truth.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps({'type': 'town', 'schema': 1, 'generator': 'town6'}) + '\n')
        for m, p, form in mentions:
            f.write(json.dumps({'type': 'mention', 'mention': m, 'person': p.pid, 'form': form}, ensure_ascii=False) + '\n')
        for k in sorted(per, key=lambda k: per[k][0].pid):
            p, ms = per[k]
            name = ' '.join(x for x in (p.first, p.middle, p.last) if x)
            f.write(json.dumps({'type': 'person', 'person': p.pid, 'kind': p.kind, 'name': name,
                                'born': p.born.isoformat() if p.born else '', 'occupation': p.occupation or '',
                                'network': p.network or '', 'mentioned': sorted(x[1] for x in ms)},
                               ensure_ascii=False) + '\n')
    return valid, rejects, per


def main(argv):
    args = [a for a in argv[1:]]
    n = 3000
    if '--concerns' in args:
        i = args.index('--concerns')
        n = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    seed, outdir = args
    world, ctx, lines, n_exploit = build(seed, n)
    valid, rejects, per = write(outdir, world, lines)
    nc = sum(1 for o in valid if o.kind == 'concern')
    nd = sum(1 for o in valid if o.kind == 'decision')
    kinds = {}
    for p, _ in per.values():
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    print(f'town6 seed {seed}: {nc} concerns ({n_exploit} from exploitation stories), {nd} decisions, '
          f'{len(rejects)} broken lines, persons {dict(sorted(kinds.items()))} -> {outdir}')
    a, b = ctx.nfa
    print(f'  police reports about exploitation decided: {b}, first decision no_further_action: {a} '
          f'({100.0 * a / max(1, b):.0f}%)')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
