#!/usr/bin/env python3
"""Measures what each quote sieve adds: the shared scorer's figures without it.

Run from the project's root: python3 bench/extraction/ablation.py GOLD.jsonl EVAL_PY

EVAL_PY is the shared scorer (../shared/eval/eval.py). For the standard order of sieves and then
for the order without each one in turn, the script runs the scorer over GOLD.jsonl with the
extractor limited to those sieves (extract --quote-sieves) and prints the quotes track's span
precision and recall, speaker accuracy and end-to-end F1, and the all track's end-to-end F1.
"""
import os, re, subprocess, sys, tempfile

ROOT = os.getcwd()


def standard_sieves():
    path = os.path.join(ROOT, 'core/src/main/resources/dev/claimtrail/extract/quote-sieves.tsv')
    return [line.split('\t')[0] for line in open(path, encoding='utf-8')
            if line.strip() and not line.startswith('#')]


def figures(gold, scorer, sieves):
    with tempfile.TemporaryDirectory(prefix='ct-ablation-') as tmp:
        wrapper = os.path.join(tmp, 'claimtrail')
        with open(wrapper, 'w') as f:
            f.write(f'#!/bin/sh\nexec "{ROOT}/claimtrail" "$@" --quote-sieves {",".join(sieves)}\n')
        os.chmod(wrapper, 0o755)
        out = subprocess.run([sys.executable, scorer, os.path.abspath(gold)], cwd=tmp,
                             capture_output=True, text=True, check=True).stdout
    quotes = re.search(r'--- quotes\n.*span_P=([\d.]+) span_R=([\d.]+) .*speaker_acc=([\d.]+)\ne2e_f1=([\d.]+)', out)
    every = re.search(r'all=([\d.]+)', out)
    return [float(x) for x in quotes.groups()] + [float(every.group(1)) if every else float('nan')]


def main():
    gold, scorer = sys.argv[1], os.path.abspath(sys.argv[2])
    sieves = standard_sieves()
    print(f'{"without":<18} {"span P":>7} {"span R":>7} {"speaker":>8} {"quotes e2e":>10} {"all e2e":>8}')
    for left_out in [None] + sieves:
        used = [s for s in sieves if s != left_out]
        p, r, acc, e2e, every = figures(gold, scorer, used)
        print(f'{left_out or "(none)":<18} {p:>7.3f} {r:>7.3f} {acc:>8.3f} {e2e:>10.3f} {every:>8.3f}')


if __name__ == '__main__':
    main()
