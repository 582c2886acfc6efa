#!/usr/bin/env python3
"""Builds fixtures/align-dev/real-{tune,check}.jsonl from two public Chinese-English sources.

Needs the two repositories as git directories (a bare clone of each is enough):
  MAC    github.com/bfsujason/mac        commit 64858bb, dev/intertext/*.xml (GPL-3.0)
  Bible  github.com/bfsujason/bertalign  commit 6d28452, corpus/bible/{split/006.*,*.verse}
         (Chinese Union Version and King James Version, both public domain)

  python3 scripts/build_align_real.py MAC_GIT_DIR BERTALIGN_GIT_DIR fixtures/align-dev

Each line: id, source, zh_sentences, en_sentences, gold beads (0-based indices), and
zh_breaks / en_breaks: the indices of the units that begin a new paragraph (after 0), so that
the running text can be rebuilt (units of one paragraph joined, paragraphs on their own lines).
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MAC_COMMIT = "64858bb"
BIBLE_COMMIT = "6d284528b49326fda8ebb3183cd1980bc527b47e"
# The split is fixed before any code is changed: MAC chapters by genre, Bible books by place.
MAC_TUNE = ["001", "003", "005"]
MAC_CHECK = ["002", "004", "006"]
# (id, book, first chapter, last chapter, lower-case the English)
BIBLE_TUNE = [("bible-gen1-4", "Gen", 1, 4, False), ("bible-rut1-4-lc", "Rut", 1, 4, True)]
BIBLE_CHECK = [("bible-jon1-4", "Jon", 1, 4, False), ("bible-est1-5-lc", "Est", 1, 5, True)]


def show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def mac_text(git_dir, name):
    """Sentences (id, text) and the ids that begin a paragraph."""
    root = ET.fromstring(show(git_dir, MAC_COMMIT, f"dev/intertext/{name}").encode("utf-8"))
    sentences, starts = [], set()
    for p in root.iter("p"):
        first = True
        for s in p.iter("s"):
            if first:
                starts.add(s.get("id"))
                first = False
            sentences.append((s.get("id"), " ".join((s.text or "").split())))
    return sentences, starts


def mac_record(git_dir, text_id, meta):
    zh, zh_starts = mac_text(git_dir, f"dev-anno.{text_id}_zh.xml")
    en, en_starts = mac_text(git_dir, f"dev-anno.{text_id}_en.xml")
    zh_index = {sid: k for k, (sid, _) in enumerate(zh)}
    en_index = {sid: k for k, (sid, _) in enumerate(en)}
    links = ET.fromstring(show(git_dir, MAC_COMMIT,
                               f"dev/intertext/dev-anno.{text_id}_zh.{text_id}_en.xml").encode("utf-8"))
    gold = []
    for link in links.iter("link"):
        # InterText names the English sentences first here, although fromDoc is the Chinese file
        # (checked against the repository's own TSV export, dev/tsv/).
        e, z = link.get("xtargets").split(";")
        gold.append({"zh": [zh_index[x] for x in z.split()], "en": [en_index[x] for x in e.split()]})
    covered_zh = sorted(i for b in gold for i in b["zh"])
    covered_en = sorted(j for b in gold for j in b["en"])
    assert covered_zh == list(range(len(zh))) and covered_en == list(range(len(en))), text_id
    return {
        "id": f"mac-{text_id}",
        "source": f"bfsujason/mac@{MAC_COMMIT} dev/intertext/dev-anno.{text_id}_*.xml; "
                  f"{meta['book_title']} ch. {meta['chapter']} ({meta['author']}) / "
                  f"{meta['trans_title']} ({meta['translator']}); GPL-3.0",
        "zh_sentences": [t for _, t in zh],
        "en_sentences": [t for _, t in en],
        "gold": gold,
        "zh_breaks": [k for k, (sid, _) in enumerate(zh) if sid in zh_starts and k > 0],
        "en_breaks": [k for k, (sid, _) in enumerate(en) if sid in en_starts and k > 0],
    }


def verses(git_dir, lang, count):
    """(verse id, text) of each verse, the sentences of one verse joined, in order."""
    text = show(git_dir, BIBLE_COMMIT, f"corpus/bible/split/006.{lang}").splitlines()
    ids = show(git_dir, BIBLE_COMMIT, f"corpus/bible/{lang}.verse").splitlines()[:len(text)]
    assert len(ids) == len(text) == count, (lang, len(ids), len(text))
    out = []
    for vid, sentence in zip(ids, text):
        if out and out[-1][0] == vid:
            out[-1][1].append(sentence.strip())
        else:
            out.append((vid, [sentence.strip()]))
    return [(vid, ("" if lang == "zh" else " ").join(s)) for vid, s in out]


def bible_record(zh_verses, en_verses, rid, book, first, last, lower):
    def take(vs):
        keep = []
        for vid, t in vs:
            b, ch, _ = vid.split(":")
            if b == book and first <= int(ch) <= last:
                keep.append((vid, t))
        return keep
    zh, en = take(zh_verses), take(en_verses)
    en_ids = {vid: k for k, (vid, _) in enumerate(en)}
    zh_ids = {vid: k for k, (vid, _) in enumerate(zh)}
    # Verse ids in document order; a verse on one side only is a 1:0 or 0:1 bead.
    order = []
    for vid, _ in zh + en:
        if vid not in order:
            order.append(vid)
    order.sort(key=lambda v: (int(v.split(":")[1]), int(v.split(":")[2])))
    gold = [{"zh": [zh_ids[v]] if v in zh_ids else [], "en": [en_ids[v]] if v in en_ids else []} for v in order]

    def breaks(vs):
        return [k for k in range(1, len(vs)) if vs[k][0].split(":")[1] != vs[k - 1][0].split(":")[1]]
    en_text = [t.lower() if lower else t for _, t in en]
    return {
        "id": rid,
        "source": f"bfsujason/bertalign@{BIBLE_COMMIT[:7]} corpus/bible/split/006.{{zh,en}} with "
                  f"{{zh,en}}.verse; {book} {first}-{last}; Chinese Union Version / King James Version "
                  f"(public domain); verses as units, verse ids as gold"
                  + ("; English lower-cased by this script" if lower else ""),
        "zh_sentences": [t for _, t in zh],
        "en_sentences": en_text,
        "gold": gold,
        "zh_breaks": breaks(zh),
        "en_breaks": breaks(en),
    }


def main():
    mac_git, bible_git, out_dir = sys.argv[1:4]
    meta_lines = show(mac_git, MAC_COMMIT, "dev/meta_data.tsv").splitlines()
    header = meta_lines[0].split("\t")
    meta = {row.split("\t")[0]: dict(zip(header, row.split("\t"))) for row in meta_lines[1:]}
    zh_verses = verses(bible_git, "zh", 42687)
    en_verses = verses(bible_git, "en", 30000)
    parts = {"tune": (MAC_TUNE, BIBLE_TUNE), "check": (MAC_CHECK, BIBLE_CHECK)}
    for part, (mac_ids, bible_docs) in parts.items():
        records = [mac_record(mac_git, t, meta[t]) for t in mac_ids]
        records += [bible_record(zh_verses, en_verses, *d) for d in bible_docs]
        with open(f"{out_dir}/real-{part}.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        links = sum(len(r["gold"]) for r in records)
        print(part, len(records), "texts", links, "gold beads",
              sum(len(r["zh_sentences"]) for r in records), "zh units",
              sum(len(r["en_sentences"]) for r in records), "en units")


if __name__ == "__main__":
    main()
