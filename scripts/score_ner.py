#!/usr/bin/env python3
"""Mention-level precision/recall/F1 of `paperbridge tag --conll` against an IOB2 gold file.

usage: scripts/score_ner.py GOLD.tsv [--types gene,mirna,ncrna] [--paperbridge ./paperbridge]

GOLD.tsv: token<TAB>tag per line (B-X/I-X/O, any gold type), blank line between sentences.
Every gold mention counts; a predicted mention counts when its type (lower case) is in --types.
Exact: same first and last token. Overlap: the spans share a token (each gold/predicted used once).
"""
import argparse
import subprocess
import sys


def sentences(lines):
    sent = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if sent:
                yield sent
                sent = []
        else:
            sent.append(line.split("\t"))
    if sent:
        yield sent


def spans(tags, keep=lambda t: True):
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == kind
        if not inside:
            if start is not None and keep(kind):
                out.append((start, i - 1))
            start, kind = (i, tag[2:]) if tag[:2] in ("B-", "I-") else (None, None)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--types", default="gene,mirna,ncrna")
    ap.add_argument("--paperbridge", default="./paperbridge")
    a = ap.parse_args()
    gold = list(sentences(open(a.gold, encoding="utf-8")))
    tokens = "\n\n".join("\n".join(t[0] for t in s) for s in gold) + "\n"
    run = subprocess.run([a.paperbridge, "tag", "--conll", "--lang", "en", "-"], input=tokens,
                         capture_output=True, text=True, check=True)
    pred = list(sentences(run.stdout.splitlines()))
    if len(pred) != len(gold):
        sys.exit(f"sentence count differs: gold {len(gold)}, tagged {len(pred)}")
    wanted = {t.strip().lower() for t in a.types.split(",")}
    tp = ov = n_gold = n_pred = 0
    for g, p in zip(gold, pred):
        gs = spans([t[1] for t in g])
        ps = spans([t[1] for t in p], keep=lambda k: k.lower() in wanted)
        n_gold += len(gs)
        n_pred += len(ps)
        tp += len(set(gs) & set(ps))
        used = set()
        for x in gs:
            for y in ps:
                if y not in used and x[0] <= y[1] and y[0] <= x[1]:
                    used.add(y)
                    ov += 1
                    break
    def prf(hit):
        p = hit / n_pred if n_pred else 0.0
        r = hit / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    print(f"{a.gold}: {len(gold)} sentences, {n_gold} gold mentions, {n_pred} predicted ({a.types})")
    for name, hit in (("exact", tp), ("overlap", ov)):
        p, r, f = prf(hit)
        print(f"{name:8s} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}  ({hit} matched)")


if __name__ == "__main__":
    main()
