#!/usr/bin/env python3
"""Measures each quote sieve of claimtrail's extractor on a gold file of annotated articles.

Run from the project's root: python3 bench/extraction/sieves.py GOLD.jsonl [--track quotes|all]
[--without NAME ... --sieves ORDER]

GOLD.jsonl is a gold file in the format of ../shared/eval (one article a line: id, text,
published, quotes with start, end, speaker, kind, optional). The script extracts every article
once with ./claimtrail extract (with --quote-sieves when sieves are left out), then, for the
quotes track (direct and partial quotes) or all attributions (--track all), matches each predicted evidence span to a gold quote as
the shared scorer does (overlap of at least half the longer span, best first, each used once) and
prints, for each sieve or rule (the provenance rule of the attribution): how many quotes it decided, how
many matched a gold quote, and how many of those had the right speaker, whose share of the
matched ones is the sieve's precision, and the confidence its attributions get: the precision with
one right and one wrong added, (right + 1) / (matched + 2), so that a sieve measured on few quotes
is not taken for certain. Last come span precision and recall and speaker accuracy
over all matched quotes; eval.py, which treats optional quotes as the scorer does, gives the
figures of the track.
"""
import argparse, hashlib, json, os, re, subprocess, sys, tempfile
from collections import Counter

QUOTE_KINDS = {'DIRECT_QUOTE', 'PARTIAL_QUOTE'}


def words(s):
    return re.findall(r"[\w']+", (s or '').lower())


def overlap(a, b):
    inter = min(a['end'], b['end']) - max(a['start'], b['start'])
    return inter / max(a['end'] - a['start'], b['end'] - b['start'], 1)


def speaker_right(pred, gold):
    p, g = set(words(pred['speaker'])), words(gold.get('speaker'))
    if p and g and (g[-1] in p or set(g) <= p):
        return True
    mention = words(pred.get('mention'))
    return gold.get('speaker_resolution') == 'description' and bool(mention) and bool(g) and mention[-1] == g[-1]


def optional(gold, track):
    """Whether a gold quote is optional, as the shared scorer's track treats it."""
    if track == 'all' and gold.get('kind') == 'indirect':
        return gold.get('speaker_resolution') == 'no-source' or not gold.get('speaker')
    return bool(gold.get('optional'))


def extract(docs, sieves, kinds):
    tmp = tempfile.mkdtemp(prefix='ct-sieves-')
    files, by_hash = [], {}
    for i, d in enumerate(docs):
        path = os.path.join(tmp, f'{i:04d}.txt')
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(d['text'])
        if d.get('published'):
            with open(os.path.join(tmp, f'{i:04d}.meta.json'), 'w') as f:
                json.dump({'published': {'known': True, 'date': d['published']}}, f)
        files.append(path)
        by_hash[hashlib.sha256(d['text'].encode('utf-8')).hexdigest()] = d['id']
    out = os.path.join(tmp, 'out.ledger.json')
    cmd = ['./claimtrail', 'extract', *files, '--no-graph', '--format', 'jsonl', '-o', out]
    if sieves is not None:
        cmd += ['--quote-sieves', ','.join(sieves)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f'extract failed ({run.returncode}): {run.stderr.strip()[-500:]}')
    ledger = json.load(open(out, encoding='utf-8'))
    speakers = {s['id']: s['name'] for s in ledger.get('speakers', [])}
    statements = {s['id']: s for s in ledger.get('statements', [])}
    doc_ids = {d['id']: by_hash.get(d.get('contentHash')) for d in ledger.get('documents', [])}
    pred = {d['id']: [] for d in docs}
    for a in ledger.get('attributions', []):
        gold_id = doc_ids.get(a['document'])
        if gold_id is None or statements[a['statement']]['kind'] not in kinds:
            continue
        rule = a.get('provenance', {}).get('rule', '(none)')
        for ev in a.get('evidence', []):
            pred[gold_id].append({'start': ev['start'], 'end': ev['end'], 'rule': rule,
                                  'speaker': speakers.get(a['speaker'], ''),
                                  'mention': a.get('speakerMention') or ''})
    return pred


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('--without', action='append', default=[], help='a sieve to leave out')
    ap.add_argument('--sieves', help='the standard sieves, comma-separated, in order (needed with --without)')
    ap.add_argument('--track', choices=['quotes', 'all'], default='quotes',
                    help='quotes: direct and partial quotes; all: every attribution, indirect too')
    args = ap.parse_args()
    kinds = QUOTE_KINDS if args.track == 'quotes' else QUOTE_KINDS | {'INDIRECT'}
    docs = [json.loads(line) for line in open(args.gold, encoding='utf-8') if line.strip()]
    sieves = None
    if args.without:
        if not args.sieves:
            sys.exit('--without needs --sieves with the standard order')
        sieves = [s for s in args.sieves.split(',') if s not in args.without]
    pred = extract(docs, sieves, kinds)
    decided, matched, right = Counter(), Counter(), Counter()
    gold_required = matched_required = spoken = right_spoken = 0
    predicted = matched_predictions = 0
    for d in docs:
        gold = [q for q in d['quotes'] if args.track == 'all' or q.get('kind') != 'indirect']
        preds = pred[d['id']]
        predicted += len(preds)
        for p in preds:
            decided[p['rule']] += 1
        pairs = sorted(((overlap(p, g), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(preds)),
                       key=lambda x: -x[0])
        used_gold, used_pred = set(), set()
        for o, gi, pi in pairs:
            if o < 0.5:
                break
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            g, p = gold[gi], preds[pi]
            matched_predictions += 1
            if not optional(g, args.track):
                matched_required += 1
            if g.get('speaker'):
                matched[p['rule']] += 1
                ok = speaker_right(p, g)
                right[p['rule']] += ok
                spoken += 1
                right_spoken += ok
        gold_required += sum(1 for g in gold if not optional(g, args.track))
    print(f'{"sieve":<18} {"decided":>8} {"matched":>8} {"right":>6} {"precision":>9} {"confidence":>10}')
    for rule in sorted(decided, key=lambda r: -decided[r]):
        m, r = matched[rule], right[rule]
        print(f'{rule:<18} {decided[rule]:>8} {m:>8} {r:>6} {r / m if m else 0:>9.3f} {(r + 1) / (m + 2):>10.3f}')
    span_p = matched_predictions / predicted if predicted else 0
    span_r = matched_required / gold_required if gold_required else 0
    print(f'span_P={span_p:.3f} span_R={span_r:.3f} speaker_acc={right_spoken / spoken:.3f}')


if __name__ == '__main__':
    main()
