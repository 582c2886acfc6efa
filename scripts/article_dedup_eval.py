#!/usr/bin/env python3
"""Content-level article dedup, measured on planted copies of real preprints (issue #21).

Real text: ChinaXiv preprints as MinerU Markdown, from a local mirror of
DreamBlooms/ChinaXiv-201601-to-202209 at commit b13a740 (CC BY 4.0, the repository's LICENSE; a
bare git directory as the fetch tool makes it). Nothing fetched is committed: this script rebuilds
the set (git-ignored output) and scores a run's manifest.json against its gold.

  python3 scripts/article_dedup_eval.py build MIRROR_ROOT HANLP_JAR OUT [N]
      OUT/tune/ and OUT/check/: N (default 600) preprints that have an abstract and keywords, one
      version each, evenly spaced in path order, DOI lines removed; each goes to tune or check by
      the SHA-256 of its file name (even first byte: tune). Every fourth gets planted copies:
      ~bytes (the same bytes), ~newline (a trailing newline), ~crlf (CRLF line ends and doubled
      spaces after sentence ends), ~lost (one Han character of the body removed), ~traditional
      (converted character by character with HanLP's s2t table, read from HANLP_JAR, e.g.
      pipeline/target/paperbridge.jar). Hard negatives: other preprints with the same byline
      (same authors, other papers) joined to the set. OUT/tune.gold.tsv and OUT/check.gold.tsv
      list file<TAB>group (copies share the original's group).
  python3 scripts/article_dedup_eval.py score OUT/tune.gold.tsv RUN_OUT
      pairs of sources the run put in one article (manifest duplicateOf) against the gold pairs:
      precision, recall, recall by kind of copy, and how often the kept copy is the original.
"""
import hashlib, os, re, subprocess, sys, zipfile, json
from itertools import combinations

REPO = "DreamBlooms/ChinaXiv-201601-to-202209"
COMMIT = "b13a740d2705c884af43414b8399202fbc996858"
DOI_LINE = re.compile(r"(?im)^.*(\bdoi\b\s*[:：]|doi\.org/|\b10\.\d{4,9}/\S+).*\n?")
HAN = re.compile(r"[\u4e00-\u9fff]")
KINDS = ["bytes", "newline", "crlf", "lost", "traditional"]


def git(mirror, *args, data=None):
    return subprocess.run(["git", "--git-dir", os.path.join(mirror, REPO.replace("/", "+"), "repo"), *args],
                          input=data, capture_output=True, check=True).stdout


def blobs(mirror, ids):
    out = git(mirror, "cat-file", "--batch", data="".join(i + "\n" for i in ids).encode())
    at = 0
    for _ in ids:
        nl = out.index(b"\n", at)
        oid, _, size = out[at:nl].decode().split()
        yield oid, out[nl + 1:nl + 1 + int(size)]
        at = nl + 1 + int(size) + 1


def byline(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return re.sub(r"[\s\d,，*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]", "", lines[1])[:40] if len(lines) > 1 else ""


def title_key(text):
    """The first 200 letters and digits: the same paper posted twice starts the same (a shared
    first line alone is not enough: "NursRxiv", a special issue's banner)."""
    return "".join(c for c in DOI_LINE.sub("", text).lower() if c.isalnum())[:200]


def part(name):
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "check"


def s2t_table(jar):
    table = {}
    with zipfile.ZipFile(jar) as z:
        for line in z.read("data/dictionary/tc/s2t.txt").decode("utf-8").splitlines():
            k, _, v = line.partition("=")
            if len(k) == 1 and v:
                table[ord(k)] = v.split()[0][0]
    return table


def copies(text, s2t):
    body = text.find("\n", len(text) // 2)
    han = HAN.search(text, max(body, 0))
    lost = text[:han.start()] + text[han.end():] if han else None
    out = {"bytes": text, "newline": text + "\n",
           "crlf": text.replace("\n", "\r\n").replace("。", "。  ").replace(". ", ".  "),
           "traditional": text.translate(s2t)}
    if lost is not None:
        out["lost"] = lost
    return out


def build(mirror, jar, out, n):
    rows = [l.split("\t") for l in git(mirror, "ls-tree", "-r", COMMIT, "md").decode().splitlines()]
    entries = sorted((path, meta.split()[2]) for meta, path in rows)
    eligible, by_author, seen = [], {}, set()
    for (path, oid), (_, data) in zip(entries, blobs(mirror, [o for _, o in entries])):
        preprint = re.sub(r"V\d+\.md$", "", os.path.basename(path))
        if preprint in seen:
            continue  # one version of each preprint: later versions are revisions, not other papers
        text = data.decode("utf-8", "replace")
        head = text[:6000]
        if "摘要" in head and re.search(r"关键词|关键字", head) and 5000 <= len(text) <= 60000:
            seen.add(preprint)
            eligible.append((path, text))
            key = byline(text)
            if len(key) >= 6:
                by_author.setdefault(key, []).append(len(eligible) - 1)
    step = len(eligible) / n
    chosen = sorted({int(i * step) for i in range(min(n, len(eligible)))})
    negatives = set()
    for i in chosen:
        group = by_author.get(byline(eligible[i][1]), [])
        negatives.update(j for j in group if j != i)
    s2t = s2t_table(jar)
    gold = {"tune": [], "check": []}
    for p in ("tune", "check"):
        os.makedirs(os.path.join(out, p), exist_ok=True)
    planted = 0
    # ChinaXiv holds some papers twice under two ids (found on the tune part: the same title, byline
    # and opening): those are one article in the gold too.
    group_of_title = {}
    for i in sorted(set(chosen) | negatives):
        key = title_key(eligible[i][1])
        if len(key) >= 100:
            group_of_title.setdefault((part(os.path.basename(eligible[i][0])), key), os.path.basename(eligible[i][0])[:-3])
    for rank, i in enumerate(sorted(set(chosen) | negatives)):
        path, text = eligible[i]
        text = DOI_LINE.sub("", text)
        name = os.path.basename(path)
        p = part(name)
        stem = name[:-3]
        with open(os.path.join(out, p, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        gold[p].append((name, group_of_title.get((p, title_key(eligible[i][1])), stem), "original"))
        if i in chosen and chosen.index(i) % 4 == 0:
            planted += 1
            for kind, copy in copies(text, s2t).items():
                # "~" sorts after ".", so the original comes first in path order.
                copy_name = f"{stem}~{kind}.md"
                with open(os.path.join(out, p, copy_name), "w", encoding="utf-8", newline="") as f:
                    f.write(copy)
                gold[p].append((copy_name, group_of_title.get((p, title_key(eligible[i][1])), stem), kind))
    for p, rows in gold.items():
        with open(os.path.join(out, p + ".gold.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# {REPO} @ {COMMIT}; CC BY 4.0; built by scripts/article_dedup_eval.py\nfile\tgroup\tkind\n")
            for row in sorted(rows):
                f.write("\t".join(row) + "\n")
    print(f"{len(chosen)} preprints ({planted} with planted copies) and {len(negatives)} same-byline negatives; "
          f"tune {len(gold['tune'])} files, check {len(gold['check'])} files in {out}", file=sys.stderr)


def score(gold_file, run_out):
    gold = {}
    for line in open(gold_file, encoding="utf-8"):
        if line.startswith(("#", "file\t")):
            continue
        name, group, kind = line.rstrip("\n").split("\t")
        gold[name] = (group, kind)
    manifest = json.load(open(os.path.join(run_out, "manifest.json"), encoding="utf-8"))
    keeper = {}
    status = {}
    for s in manifest["sources"]:
        name = os.path.basename(s["path"])
        status[name] = s["status"]
        if s["status"] == "duplicate":
            keeper[name] = os.path.basename(s["duplicateOf"])
    predicted = {}
    for name in gold:
        k = keeper.get(name, name)
        predicted.setdefault(k, []).append(name)
    pred_pairs = {tuple(sorted(p)) for g in predicted.values() for p in combinations(g, 2)}
    groups = {}
    for name, (group, _) in gold.items():
        groups.setdefault(group, []).append(name)
    gold_pairs = {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    print(f"{len(gold)} sources ({sum(1 for s in status.values() if s == 'failed')} failed), {len(groups)} articles "
          f"in the gold, {len(predicted)} in the run")
    print(f"pairs: gold {len(gold_pairs)}, predicted {len(pred_pairs)}, correct {tp}: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    for kind in KINDS:
        copies_ = [n for n, (g, k) in gold.items() if k == kind]
        found = [n for n in copies_ if keeper.get(n, n) in groups[gold[n][0]] and len(predicted.get(keeper.get(n, n), [])) > 1]
        print(f"  {kind:12s} {len(found)}/{len(copies_)} in one article with their original")
    planted = [g for g, names in groups.items() if any("~" in n for n in names)]
    right = sum(1 for g in planted if any(status.get(n) == "ok" and "~" not in n for n in groups[g]))
    print(f"kept copy is an original (simplified, complete), not a planted copy: {right}/{len(planted)}")
    wrong = sorted(p for p in pred_pairs - gold_pairs)
    for a, b in wrong[:10]:
        print(f"  false pair: {a} ~ {b}")


if __name__ == "__main__":
    if len(sys.argv) in (5, 6) and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) == 6 else 600)
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
