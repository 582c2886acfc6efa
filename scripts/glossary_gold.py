#!/usr/bin/env python3
"""Sources of the glossary gold (fixtures/glossary/README.md): real ChinaXiv MinerU Markdown articles
from a local mirror of DreamBlooms/ChinaXiv-201601-to-202209 (bare git directory as the fetch tool
makes it). Nothing fetched is committed; this script lists the articles and rebuilds them.

  python3 scripts/glossary_gold.py MIRROR_ROOT --select N
      N files evenly spaced in path order among those with a Chinese abstract (摘要 in the first
      6,000 characters), 8,000 to 30,000 characters long, and in neither fixtures/search/corpus.tsv
      nor fixtures/realdocs (so those sets stay unseen by glossary work); written to
      fixtures/glossary/sources.tsv with the split part (check when int(sha256(name)[:8], 16) % 3 == 0)
  python3 scripts/glossary_gold.py MIRROR_ROOT OUT
      writes the listed files (by blob id) to OUT
"""
import hashlib, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from search_corpus import COMMIT, REPO, blobs, git  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
LIST = os.path.join(ROOT, "glossary", "sources.tsv")


def part(name):
    return "check" if int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 3 == 0 else "tune"


def excluded():
    names = set()
    for line in open(os.path.join(ROOT, "search", "corpus.tsv"), encoding="utf-8"):
        if not line.startswith(("#", "file\t")):
            names.add(line.split("\t")[0])
    for name in os.listdir(os.path.join(ROOT, "realdocs", "gold")):
        if name.startswith("cx-"):
            names.add("ChinaXiv-" + name[3:].split(".gold")[0].split(".json")[0] + ".md")
    for line in open(os.path.join(ROOT, "realdocs", "PROVENANCE.md"), encoding="utf-8"):
        if "md/ChinaXiv-" in line:
            names.add(line.split("md/")[1].split("`")[0])
    return names


def select(mirror, n):
    skip = excluded()
    rows = [l.split("\t") for l in git(mirror, "ls-tree", "-r", COMMIT, "md").decode().splitlines()]
    entries = sorted((path, meta.split()[2]) for meta, path in rows if os.path.basename(path) not in skip)
    chosen = []
    for (path, oid), (_, data) in zip(entries, blobs(mirror, [o for _, o in entries])):
        text = data.decode("utf-8", "replace")
        if "摘要" in text[:6000] and 8000 <= len(text) <= 30000:
            chosen.append((path, oid))
    step = len(chosen) / n
    chosen = [chosen[int(i * step)] for i in range(min(n, len(chosen)))]
    with open(LIST, "w", encoding="utf-8") as f:
        f.write(f"# {REPO} @ {COMMIT}; licence CC BY 4.0 (repository LICENSE); selected by scripts/glossary_gold.py --select {n}\n")
        f.write("file\tpath\tblob\tpart\n")
        for path, oid in chosen:
            name = os.path.basename(path)
            f.write(f"{name}\t{path}\t{oid}\t{part(name)}\n")
    print(f"{len(chosen)} files listed in {LIST}", file=sys.stderr)


def extract(mirror, out):
    os.makedirs(out, exist_ok=True)
    rows = [l.rstrip("\n").split("\t") for l in open(LIST, encoding="utf-8") if not l.startswith(("#", "file\t"))]
    for (name, _, oid, _), (_, data) in zip(rows, blobs(mirror, [r[2] for r in rows])):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    print(f"{len(rows)} files written to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--select":
        select(sys.argv[1], int(sys.argv[3]))
    elif len(sys.argv) == 3:
        extract(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
