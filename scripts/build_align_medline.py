#!/usr/bin/env python3
"""Builds fixtures/align-dev/medline-{tune,check}.jsonl: Chinese-English Medline abstracts.

Source: the WMT biomedical task's Medline zh/en test sets (2018 both directions, 2019 zh-en) as
stored in github.com/hsing-wang/WMT2020_BioMedical, commit 6ac1b90, Bio-18-19-testset/. Each
file pair is line-aligned by the task organisers (line k of .zh translates line k of .en); the
abstracts follow one another with no document marks. Needs that repository as a git directory:

  python3 scripts/build_align_medline.py WMT2020_BIOMEDICAL_GIT_DIR fixtures/align-dev

What the script does, nothing else:
- splits each line into sentences (a deterministic rule below, not the project's splitter, so the
  set does not move with the code): the organisers' line becomes one gold bead of its sentences
  (a line of two English sentences and one Chinese gives a 1:2 bead);
- cuts the run of lines into documents of DOC_LINES consecutive lines (a short rest joins the
  previous document), so each text is a medical document of a few abstracts, one sentence per line.

The split into tune and check was fixed here before any aligner change: tune = WMT'18 (zh-en and
en-zh files), check = WMT'19 zh-en. No paragraph breaks are recorded (one paragraph per text).
"""
import json
import re
import subprocess
import sys

COMMIT = "6ac1b907f934040819e2cb62474a0a69e5867891"
FOLDER = "Bio-18-19-testset"
TUNE = ["wmt18.medline.zh-en", "wmt18.medline.en-zh"]
CHECK = ["wmt19.medline.zh-en"]
DOC_LINES = 40

ZH_END = re.compile(r"(?<=[。！？])(?![”’」』）)])")
# An English sentence ends at . ? ! (and closing quotes/brackets) before white space and a capital,
# digit or opening bracket, unless the word before the period is a common abbreviation or initial.
EN_END = re.compile(r"(?<=[.?!])[\"')\]]*\s+(?=[A-Z0-9(\[])")
EN_ABBREVIATIONS = ("et al.", "vs.", "e.g.", "i.e.", "Fig.", "Figs.", "No.", "Dr.", "approx.", "ca.")


def zh_sentences(line):
    return [s.strip() for s in ZH_END.split(line) if s.strip()]


def en_sentences(line):
    pieces, start = [], 0
    for m in EN_END.finditer(line):
        head = line[start:m.start()]
        if head.endswith(EN_ABBREVIATIONS) or re.search(r"(^|\s)[A-Z]\.$", head):
            continue
        pieces.append(line[start:m.end()].strip())
        start = m.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def records(git_dir, name):
    zh_lines = [" ".join(l.split()) for l in show(git_dir, f"{FOLDER}/{name}.zh").split("\n")]
    en_lines = [" ".join(l.split()) for l in show(git_dir, f"{FOLDER}/{name}.en").split("\n")]
    assert len(zh_lines) == len(en_lines), name
    pairs = [(z, e) for z, e in zip(zh_lines, en_lines) if z or e]
    starts = list(range(0, len(pairs), DOC_LINES))
    if len(starts) > 1 and len(pairs) - starts[-1] < DOC_LINES // 2:
        starts.pop()
    out = []
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(pairs)
        zh, en, gold = [], [], []
        for z, e in pairs[first:last]:
            zs, es = zh_sentences(z), en_sentences(e)
            gold.append({"zh": list(range(len(zh), len(zh) + len(zs))),
                         "en": list(range(len(en), len(en) + len(es)))})
            zh += zs
            en += es
        out.append({
            "id": f"{name.replace('.medline.', '-')}-{n + 1:02d}",
            "source": f"hsing-wang/WMT2020_BioMedical@{COMMIT[:7]} {FOLDER}/{name}.{{zh,en}} "
                      f"lines {first + 1}-{last}; WMT biomedical task Medline test set, "
                      f"organisers' line alignment, sentences split by scripts/build_align_medline.py",
            "zh_sentences": zh,
            "en_sentences": en,
            "gold": gold,
            "zh_breaks": [],
            "en_breaks": [],
        })
    return out


def main():
    git_dir, out_dir = sys.argv[1:3]
    for part, names in (("tune", TUNE), ("check", CHECK)):
        recs = [r for name in names for r in records(git_dir, name)]
        with open(f"{out_dir}/medline-{part}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        shapes = {}
        for r in recs:
            for b in r["gold"]:
                k = f"{len(b['zh'])}:{len(b['en'])}"
                shapes[k] = shapes.get(k, 0) + 1
        print(part, len(recs), "texts", sum(len(r["gold"]) for r in recs), "gold beads",
              sum(len(r["zh_sentences"]) for r in recs), "zh sentences",
              sum(len(r["en_sentences"]) for r in recs), "en sentences",
              dict(sorted(shapes.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
