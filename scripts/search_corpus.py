#!/usr/bin/env python3
"""The judged search corpus (fixtures/search/README.md): real ChinaXiv preprints, MinerU Markdown,
from a local mirror of DreamBlooms/ChinaXiv-201601-to-202209 (a bare git directory, as the fetch
tool makes it). Nothing fetched is committed; this script rebuilds it.

  python3 scripts/search_corpus.py MIRROR_ROOT fixtures/search/src
      writes the files listed in fixtures/search/corpus.tsv (by blob id, so the bytes are the judged ones)
  python3 scripts/search_corpus.py MIRROR_ROOT --select N
      re-derives the list: of the files that read as biomedical or clinical articles with a Chinese
      abstract and keywords (the rule below), N evenly spaced in path order (so every year and
      journal batch of the archive is represented), written to corpus.tsv
  python3 scripts/search_corpus.py MIRROR_ROOT --latency N OUT
      the real-article latency index's sources (docs/serve.md): N files by the same rule (six
      biomedical words instead of 15) and spacing, written straight to OUT (not listed: a speed corpus, nothing is judged or tuned on it)
"""
import os, re, subprocess, sys

REPO = "DreamBlooms/ChinaXiv-201601-to-202209"
COMMIT = "b13a740d2705c884af43414b8399202fbc996858"
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "search")
LIST = os.path.join(HERE, "corpus.tsv")
BIOMEDICAL = re.compile(r"细胞|患者|基因|蛋白|小鼠|大鼠|临床|疾病|护理|肿瘤|炎症|治疗")


def git(mirror, *args, data=None):
    return subprocess.run(["git", "--git-dir", os.path.join(mirror, REPO.replace("/", "+"), "repo"), *args],
                          input=data, capture_output=True, check=True).stdout


def blobs(mirror, ids):
    """Yields (id, bytes) for blob ids, through one cat-file process."""
    out = git(mirror, "cat-file", "--batch", data="".join(i + "\n" for i in ids).encode())
    at = 0
    for _ in ids:
        nl = out.index(b"\n", at)
        oid, _, size = out[at:nl].decode().split()
        yield oid, out[nl + 1:nl + 1 + int(size)]
        at = nl + 1 + int(size) + 1


def biomedical(mirror, n, hits=15):
    """N evenly spaced (path order) of the files that read as biomedical articles, as (path, blob id, bytes);
    an article reads as biomedical with at least HITS biomedical words."""
    rows = [l.split("\t") for l in git(mirror, "ls-tree", "-r", COMMIT, "md").decode().splitlines()]
    entries = sorted((path, meta.split()[2]) for meta, path in rows)
    chosen = []
    for (path, oid), (_, data) in zip(entries, blobs(mirror, [o for _, o in entries])):
        text = data.decode("utf-8", "replace")
        head = text[:6000]
        if ("摘要" in head and re.search(r"关键词|关键字", head) and len(BIOMEDICAL.findall(text)) >= hits
                and 8000 <= len(text) <= 60000):
            chosen.append((path, oid, data))
    if n >= len(chosen):
        return chosen
    step = len(chosen) / n
    return [chosen[int(i * step)] for i in range(min(n, len(chosen)))]


def select(mirror, n):
    chosen = [(path, oid) for path, oid, _ in biomedical(mirror, n)]
    with open(LIST, "w", encoding="utf-8") as f:
        f.write(f"# {REPO} @ {COMMIT}; licence CC BY 4.0 (repository LICENSE); selected by scripts/search_corpus.py --select {n}\n")
        f.write("file\tpath\tblob\n")
        for path, oid in chosen:
            f.write(f"{os.path.basename(path)}\t{path}\t{oid}\n")
    print(f"{len(chosen)} files listed in {LIST}", file=sys.stderr)


def extract(mirror, out):
    os.makedirs(out, exist_ok=True)
    rows = [l.rstrip("\n").split("\t") for l in open(LIST, encoding="utf-8") if not l.startswith(("#", "file\t"))]
    for (name, _, oid), (_, data) in zip(rows, blobs(mirror, [r[2] for r in rows])):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    print(f"{len(rows)} files written to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[2] == "--latency":
        os.makedirs(sys.argv[4], exist_ok=True)
        # At the selection's threshold the archive gives 3,486 files (96,179 paragraphs, under the
        # 100,000 of the latency target); six biomedical words give enough.
        files = biomedical(sys.argv[1], int(sys.argv[3]), hits=6)
        for path, _, data in files:
            with open(os.path.join(sys.argv[4], os.path.basename(path)), "wb") as f:
                f.write(data)
        print(f"{len(files)} files written to {sys.argv[4]}", file=sys.stderr)
    elif len(sys.argv) == 4 and sys.argv[2] == "--select":
        select(sys.argv[1], int(sys.argv[3]))
    elif len(sys.argv) == 3:
        extract(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
