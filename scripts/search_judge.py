#!/usr/bin/env python3
"""Grades the Chinese body paragraphs of a run over the judged search corpus against
fixtures/search/queries.tsv, by the rule of fixtures/search/GUIDELINES.md, and writes
fixtures/search/judgments.tsv (query, passage, grade) and fixtures/search/split.tsv.

  ./paperbridge run fixtures/search/src --out /tmp/sc --formats json
  python3 scripts/search_judge.py /tmp/sc
"""
import glob, hashlib, json, os, re, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "search")
HAN = re.compile(r"[\u3400-\u9fff]")


def queries():
    for line in open(os.path.join(HERE, "queries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        qid, third, query, forms = line.rstrip("\n").split("\t")
        groups = [[pattern(alt) for alt in group.split("|")] for group in forms.split(";")]
        yield qid, third, query, groups


def pattern(form):
    """A form as a regular expression: case-insensitive; a Latin or digit end must not touch
    another Latin letter or digit (ROS is not in 'prostate', CT not in 'CTLA-4')."""
    f = form.lower()
    left = r"(?<![a-z0-9])" if re.match(r"[a-z0-9]", f) else ""
    right = r"(?![a-z0-9])" if re.search(r"[a-z0-9]$", f) else ""
    return re.compile(left + re.escape(f) + right)


def paragraphs(sections):
    for s in sections:
        yield from s["paragraphs"]
        yield from paragraphs(s["sections"])


def part(qid):
    """tune or check, fixed before any tuning: the parity of sha256(id)'s first 8 hex digits."""
    return "check" if int(hashlib.sha256(qid.encode()).hexdigest()[:8], 16) % 2 else "tune"


def main(out):
    articles = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(out, "docs", "*.json")))]
    rows, counts = [], {}
    qs = list(queries())
    for qid, third, query, groups in qs:
        n = 0
        for a in articles:
            title = ((a.get("title") or {}).get("zh") or "").lower()
            kws = " ".join((k.get("zh") or "") for k in a["keywords"]).lower()
            en_front = (((a.get("title") or {}).get("en") or "") + " "
                        + " ".join((k.get("en") or "") for k in a["keywords"])).lower()
            about = any(alt.search(title) or alt.search(kws) for alt in groups[0]) or (
                third == "en" and query.lower() in en_front)
            for p in paragraphs(a["sections"]):
                text = p["text"].lower()
                if not HAN.search(text):
                    continue  # only Chinese paragraphs are judged (and ranked)
                if all(any(alt.search(text) for alt in group) for group in groups):
                    rows.append((qid, a["id"] + "#" + p["id"], 2 if about else 1))
                    n += 1
        counts[qid] = n
    with open(os.path.join(HERE, "judgments.tsv"), "w", encoding="utf-8") as f:
        f.write("# written by scripts/search_judge.py from a run over fixtures/search/src; see GUIDELINES.md\n")
        f.write("query\tpassage\tgrade\n")
        for r in rows:
            f.write("%s\t%s\t%d\n" % r)
    with open(os.path.join(HERE, "split.tsv"), "w", encoding="utf-8") as f:
        f.write("query\tpart\n")
        for qid, *_ in qs:
            f.write(f"{qid}\t{part(qid)}\n")
    for qid, third, query, _ in qs:
        print(f"{qid}\t{part(qid)}\t{counts[qid]}\t{query}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
