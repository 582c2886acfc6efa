#!/usr/bin/env python3
"""Scores hunalign on an alignment dev set (the JSONL of `paperbridge align --eval`).

hunalign (github.com/danielvarga/hunalign, LGPL-2.1) is not part of the project: build it yourself
(see docs/alignment.md, "hunalign beside ours") and pass the binary.

  python3 scripts/hunalign_eval.py HUNALIGN SET.jsonl [--show] [-- HUNALIGN_FLAGS...]

Default flags: -onebyteencoding, with an empty dictionary, the Chinese as source, one given
sentence per line on each side, as the maintainers run it. hunalign's ladder output (rungs
"zh<TAB>en<TAB>score") is turned into beads: the sentences between two consecutive rungs form one
bead (zh[i1:i2], en[j1:j2]), so 1:0 and 0:1 beads come out as hunalign gives them. Scored like
org.paperbridge.bench.AlignmentEvaluation (same definitions, micro-averaged): beads (both index
sets equal a gold bead's, 1:0/0:1 included) and pairs (every zh-en index pair inside a non-empty
bead).
"""
import json
import os
import subprocess
import sys
import tempfile


def ladder_beads(ladder, n_zh, n_en):
    """Beads from hunalign's rungs; the rung list is closed with (0, 0) and (n_zh, n_en)."""
    rungs = [(0, 0)] + [r for r in ladder if r != (0, 0)]
    if rungs[-1] != (n_zh, n_en):
        rungs.append((n_zh, n_en))
    beads = []
    for (i1, j1), (i2, j2) in zip(rungs, rungs[1:]):
        if i2 < i1 or j2 < j1:
            raise ValueError(f"ladder not monotone at {(i1, j1)} -> {(i2, j2)}")
        if (i1, j1) != (i2, j2):
            beads.append((tuple(range(i1, i2)), tuple(range(j1, j2))))
    return beads


def run_hunalign(binary, zh, en, flags, work):
    zh_path, en_path, dic = (os.path.join(work, n) for n in ("zh.txt", "en.txt", "empty.dic"))
    for path, lines in ((zh_path, zh), (en_path, en)):
        with open(path, "w", encoding="utf-8") as f:
            # hunalign reads one sentence per line; a line break inside a unit would add one.
            f.write("".join(" ".join(s.split()) + "\n" for s in lines))
    open(dic, "w").close()
    out = subprocess.run([binary, *flags, dic, zh_path, en_path], check=True,
                         capture_output=True, text=True).stdout
    ladder = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            ladder.append((int(parts[0]), int(parts[1])))
    return ladder


class Score:
    def __init__(self):
        self.c = self.p = self.g = 0

    def add(self, gold, pred):
        self.g += len(gold)
        self.p += len(pred)
        self.c += len(gold & pred)

    def line(self):
        p = self.c / self.p if self.p else 0.0
        r = self.c / self.g if self.g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({self.c} of {self.p} predicted, {self.g} gold)"

    def f1(self):
        p = self.c / self.p if self.p else 0.0
        r = self.c / self.g if self.g else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def as_sets(beads):
    bead_set = {(tuple(z), tuple(e)) for z, e in beads}
    pair_set = {(a, b) for z, e in beads for a in z for b in e}
    return bead_set, pair_set


def main(argv):
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    flags = ["-onebyteencoding"]
    if "--" in argv:
        k = argv.index("--")
        flags = argv[k + 1:]
        argv = argv[:k]
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary, dataset = argv
    beads, pairs = Score(), Score()
    exact = 0
    texts = [json.loads(line) for line in open(dataset, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as work:
        for t in texts:
            zh, en = t["zh_sentences"], t["en_sentences"]
            pred = ladder_beads(run_hunalign(binary, zh, en, flags, work), len(zh), len(en))
            gold = [(tuple(b["zh"]), tuple(b["en"])) for b in t["gold"]]
            gb, gp = as_sets(gold)
            pb, pp = as_sets(pred)
            beads.add(gb, pb)
            pairs.add(gp, pp)
            exact += gb == pb
            if show:
                one = Score()
                one.add(gb, pb)
                print(f"  {t['id']}: beads F1 {one.f1():.3f}")
    print(f"hunalign {' '.join(flags)} on {os.path.basename(dataset)}: {len(texts)} texts, "
          f"{exact} exact")
    print(f"  beads  {beads.line()}")
    print(f"  pairs  {pairs.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
