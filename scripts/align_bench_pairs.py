#!/usr/bin/env python3
"""Writes the `align --pairs` benchmark: 12 documents of 75 gold beads each (~1,000 sentence
pairs in all), cut from fixtures/align-dev/real-{tune,check}.jsonl, one sentence per line.

  python3 scripts/align_bench_pairs.py DIR   # then: ./paperbridge align --split none --pairs DIR/pairs.tsv
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "align-dev")
records = [json.loads(line) for part in ("real-tune", "real-check")
           for line in open(os.path.join(here, f"real-{part.split('-')[1]}.jsonl"), encoding="utf-8")]
lines = []
for r in records:
    gold = r["gold"]
    for start in range(0, len(gold) - 75, 90):
        if len(lines) == 12:
            break
        beads = gold[start:start + 75]
        k = len(lines)
        for side, key in (("zh", "zh_sentences"), ("en", "en_sentences")):
            with open(os.path.join(out, f"{k:02d}.{side}"), "w", encoding="utf-8") as f:
                f.write("\n".join(r[key][i] for b in beads for i in b[side]) + "\n")
        lines.append(f"{k:02d}.zh\t{k:02d}.en\tout/{k:02d}.tsv")
with open(os.path.join(out, "pairs.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "pairs in", out)
