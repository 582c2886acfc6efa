#!/usr/bin/env python3
"""Writes config/lexicons/cedict_biomed_zh_en.tsv.gz (zh <TAB> en) from the shared CC-CEDICT
biomedical subset: every simplified headword with each short English gloss (parenthesised notes,
"to ..." verbs, "CL:" classifiers, "see ..." and glosses of more than four words dropped). The
search's general Chinese-English dictionary behind the corpus glossary. Deterministic (gzip mtime 0).

usage: python3 scripts/trim_dictionary.py SHARED_LEXICONS_DIR config/lexicons
"""
import csv, gzip, io, re, sys

src, out = sys.argv[1], sys.argv[2]
rows = set()
with open(f"{src}/cc_cedict_biomed_zh_en.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        zh = r["zh_simplified"].strip()
        if not re.search(r"[\u4e00-\u9fff]", zh) or len(zh) < 2:
            continue
        for gloss in r["en_glosses"].split(";"):
            g = re.sub(r"\([^)]*\)", "", gloss).strip().strip(".").strip()
            if (not g or g.lower().startswith(("to ", "see ", "cl:", "variant of", "old variant", "abbr."))
                    or len(g.split()) > 4 or not re.fullmatch(r"[A-Za-z0-9' ,.\-/]+", g)):
                continue
            rows.add((zh, g))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
    gz.write(("zh\ten\n" + "".join(f"{zh}\t{en}\n" for zh, en in sorted(rows))).encode("utf-8"))
open(f"{out}/cedict_biomed_zh_en.tsv.gz", "wb").write(buf.getvalue())
print(f"{len(rows)} pairs", file=sys.stderr)
