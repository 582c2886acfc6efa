#!/usr/bin/env python3
"""Builds fixtures/align-dev/tico-check.jsonl: COVID-19 documents (PubMed articles, Wikipedia,
Wikinews, Wikivoyage, Wikisource) translated sentence by sentence from English into Chinese.

Source: TICO-19 (Translation Initiative for COVID-19, tico-19.github.io, CC0), its translation
memory data/TM/all.en-zh.tmx in github.com/tico-19/tico-19.github.io, commit d97615f. Each
translation unit is one English segment and its Chinese translation; its tuid is DOC:N, N
numbering the segments in document order. Needs that repository as a git directory:

  python3 scripts/build_align_tico.py TICO_GIT_DIR fixtures/align-dev

Why check only, no tune part: the memory holds TICO-19's dev (12 documents) and test (18) parts
together, and which document is in which is given only in tico19-testset.zip, which the mirror
does not hold. Tuning on any of these documents could mean tuning on TICO-19's test part, so the
whole set is a check set: scored once after the last change, never studied case by case.

What the script does, nothing else:
- keeps every document but CMU_1 (an alphabetical list of conversational phrases, not a document);
- drops the b' that starts some English segments of the wiki_* documents (a bytes repr left by
  the organisers' scraper: "b'Coronavirus disease 2019 (COVID-19) is ...");
- splits each segment into sentences with the rule of scripts/build_align_medline.py (copied, so
  the set does not move with the project's splitter); a segment becomes one gold bead of its
  sentences (an English segment of two sentences translated by one Chinese sentence is 1:2);
- paragraph breaks for the running-text measure: a segment whose English ends with no sentence
  sign (a title or heading such as "Zoonotic origins of human coronaviruses") stands on a line of
  its own, the other segments of a run between headings form one paragraph.
"""
import html
import json
import re
import subprocess
import sys

# The Medline set's fixed sentence rule, not the project's splitter: the gold stays independent of it.
from build_align_medline import en_sentences, zh_sentences

COMMIT = "d97615f9cffa28ec7de571e00fbd513e5a1c7fc7"
TMX = "data/TM/all.en-zh.tmx"
SKIP = {"CMU_1"}

SENTENCE_SIGN = re.compile(r"[.?!:;。？！：；][\"'”’)\]）]*$")
UNIT = re.compile(r'<tu tuid="([^":]+):(\d+)">(.*?)</tu>', re.S)
SEG = r'<tuv xml:lang="{}">\s*<seg>(.*?)</seg>'


def segment(body, lang):
    return " ".join(html.unescape(re.search(SEG.format(lang), body, re.S).group(1)).split())


def documents(tmx):
    docs = {}
    for doc, n, body in UNIT.findall(tmx):
        en = segment(body, "en")
        if en.startswith("b'"):
            en = en[2:]
        docs.setdefault(doc, []).append((int(n), segment(body, "zh"), en))
    return docs


def record(doc, units):
    zh, en, gold, zh_breaks, en_breaks = [], [], [], [], []
    previous_heading = False
    for _, z, e in sorted(units):
        zs, es = zh_sentences(z), en_sentences(e)
        heading = not SENTENCE_SIGN.search(e)
        if (heading or previous_heading) and zh and en:
            zh_breaks.append(len(zh))
            en_breaks.append(len(en))
        previous_heading = heading
        gold.append({"zh": list(range(len(zh), len(zh) + len(zs))),
                     "en": list(range(len(en), len(en) + len(es)))})
        zh += zs
        en += es
    return {
        "id": f"tico-{doc}",
        "source": f"tico-19/tico-19.github.io@{COMMIT[:7]} {TMX} tuid {doc}:*; TICO-19, CC0; "
                  f"segment alignment of the translation memory, sentences split by "
                  f"scripts/build_align_tico.py",
        "zh_sentences": zh,
        "en_sentences": en,
        "gold": gold,
        "zh_breaks": zh_breaks,
        "en_breaks": en_breaks,
    }


def main():
    git_dir, out_dir = sys.argv[1:3]
    tmx = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{TMX}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    docs = documents(tmx)
    recs = [record(d, u) for d, u in docs.items() if d not in SKIP]
    with open(f"{out_dir}/tico-check.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shapes = {}
    for r in recs:
        for b in r["gold"]:
            k = f"{len(b['zh'])}:{len(b['en'])}"
            shapes[k] = shapes.get(k, 0) + 1
    print("check", len(recs), "texts", sum(len(r["gold"]) for r in recs), "gold beads",
          sum(len(r["zh_sentences"]) for r in recs), "zh sentences",
          sum(len(r["en_sentences"]) for r in recs), "en sentences",
          sum(len(r["zh_breaks"]) for r in recs), "paragraph breaks",
          dict(sorted(shapes.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
