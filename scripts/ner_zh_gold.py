#!/usr/bin/env python3
"""Chinese entity development set (fixtures/ner-zh): rebuild passage texts from mirrors, and (for the
annotator) turn the term lists in annotations/ into the committed offset gold in gold/.

  scripts/ner_zh_gold.py text MIRROR_ROOT     rebuild fixtures/ner-zh/text/<id>.txt (git-ignored) from
                                              bare mirrors MIRROR_ROOT/<owner>+<name>/repo; checks sha256
  scripts/ner_zh_gold.py gold                 annotations/<id>.txt + text/<id>.txt -> gold/<id>.json
  scripts/ner_zh_gold.py show ID              the passage with its gold mentions bracketed (review aid)

Annotation lines (see fixtures/ner-zh/GUIDELINES.md): SURFACE<TAB>TYPE<TAB>KEY. Every occurrence of
SURFACE in the passage is a mention (longest surface first, no overlaps; a Latin/digit surface must not
continue a Latin/digit run). SURFACE may carry context, left[mention]right, to mark only occurrences in
that context (no boundary test then); a line starting with ! marks occurrences that are no mention. KEY is resolved to an id through config/lexicons (HGNC symbol, miRBase name or stem, CL
label, DOID label) or given as an id (CL:…, DOID:…, MESH:…, NCBITaxon number); '-' is no id.
Python 3 standard library only.
"""
import gzip, hashlib, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "fixtures", "ner-zh")
LEX = os.path.join(ROOT, "config", "lexicons")
SPECIES = {"human": "9606", "mouse": "10090", "rat": "10116"}


def passages():
    rows = []
    with open(os.path.join(DIR, "passages.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rows.append(dict(zip(head, line.rstrip("\n").split("\t"))))
    return rows


def rebuild(mirrors):
    os.makedirs(os.path.join(DIR, "text"), exist_ok=True)
    bad = 0
    for p in passages():
        git_dir = os.path.join(mirrors, p["repo"].replace("/", "+"), "repo")
        try:
            data = subprocess.run(["git", "--git-dir", git_dir, "show", p["commit"] + ":" + p["path"]],
                                  check=True, capture_output=True).stdout.decode("utf-8")
        except (subprocess.CalledProcessError, FileNotFoundError, UnicodeDecodeError) as e:
            print(f"ner_zh_gold: cannot read {p['repo']} {p['commit']}:{p['path']} ({e})", file=sys.stderr)
            bad = 1
            continue
        text = data[int(p["start"]):int(p["end"])]
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != p["sha256_16"]:
            print(f"ner_zh_gold: {p['id']}: text differs from the annotated one", file=sys.stderr)
            bad = 1
            continue
        with open(os.path.join(DIR, "text", p["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    return bad


def tsv_gz(name):
    with gzip.open(os.path.join(LEX, name), "rt", encoding="utf-8") as f:
        f.readline()
        for line in f:
            yield line.rstrip("\n").split("\t")


class Ids:
    def __init__(self):
        self.hgnc = {c[1]: c[0] for c in tsv_gz("hgnc_genes.tsv.gz")}
        self.mirna = {}
        for c in tsv_gz("mirbase_mature.tsv.gz"):
            self.mirna[c[1]] = c[0]
        self.cl = {}
        for c in tsv_gz("cell_ontology.tsv.gz"):
            self.cl.setdefault(c[1].lower(), c[0])
        self.doid = {}
        for c in tsv_gz("doid_diseases.tsv.gz"):
            self.doid.setdefault(c[1].lower(), c[0])

    def resolve(self, typ, key):
        if key == "-":
            return None
        if re.match(r"^(CL|DOID|MESH|HGNC|MIMAT|NCBITaxon):", key) or key.startswith("MIMAT"):
            return key
        if typ == "species":
            return "NCBITaxon:" + SPECIES.get(key, key)
        if typ in ("gene", "ncrna"):
            return self.hgnc[key]
        if typ == "mirna":
            return self.mirna_id(key)
        if typ == "cell_type":
            return self.cl[key.lower()]
        if typ == "disease":
            return self.doid[key.lower()]
        raise KeyError(f"{typ} {key}: give an id")

    def mirna_id(self, name):
        hit = self.mirna_in(name)
        for species in ("hsa", "mmu", "rno"):
            # A species without that miRNA in miRBase: the first species that has it.
            hit = hit or self.mirna_in(species + name[name.index("-"):])
        if not hit:
            raise KeyError("no miRBase mature " + name)
        return hit

    def mirna_in(self, name):
        if name in self.mirna:
            return self.mirna[name]
        # A name without its arm: the stem's first registered mature (lowest MIMAT), the one
        # miRBase first named without an arm.
        arms = [v for k, v in self.mirna.items() if k in (name + "-5p", name + "-3p")]
        return min(arms) if arms else None


LATIN = re.compile(r"[A-Za-z0-9\u0370-\u03ff]")


def continues(text, i, step):
    """True when text[i] (the character beside a Latin-edged mention) continues the Latin run."""
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    if LATIN.match(c):
        return True
    j = i + step
    return c == "-" and 0 <= j < len(text) and bool(LATIN.match(text[j]))


def annotate(pid, ids):
    text = open(os.path.join(DIR, "text", pid + ".txt"), encoding="utf-8").read()
    rules = []
    for n, line in enumerate(open(os.path.join(DIR, "annotations", pid + ".txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        surface, typ, key = (line.split("\t") + ["", ""])[:3]
        negative = surface.startswith("!")
        surface = surface[1:] if negative else surface
        m = re.match(r"^(.*)\[(.+)\](.*)$", surface)
        left, mention, right = (m.group(1), m.group(2), m.group(3)) if m else ("", surface, "")
        try:
            rules.append((negative, bool(m), left, mention, right, typ, None if negative else ids.resolve(typ, key)))
        except KeyError as e:
            sys.exit(f"{pid} line {n}: {e}")
    # Blocks (!) first, then context rules, then the longest surfaces.
    rules.sort(key=lambda r: (not r[0], not r[1], -len(r[3])))
    taken = [False] * len(text)
    mentions = []
    for negative, context, left, mention, right, typ, id_ in rules:
        pattern = left + mention + right
        found = 0
        for i in [m.start() for m in re.finditer(re.escape(pattern), text)]:
            s = i + len(left)
            e = s + len(mention)
            if any(taken[s:e]):
                continue
            if not context and LATIN.match(mention[0]) and continues(text, s - 1, -1):
                continue
            if not context and LATIN.match(mention[-1]) and continues(text, e, 1):
                continue
            for k in range(s, e):
                taken[k] = True
            if not negative:
                mentions.append({"start": s, "end": e, "type": typ, "id": id_})
            found += 1
        if not found:
            sys.exit(f"{pid}: '{pattern}' not found")
    mentions.sort(key=lambda x: (x["start"], x["end"]))
    return text, mentions


def write_gold():
    ids = Ids()
    os.makedirs(os.path.join(DIR, "gold"), exist_ok=True)
    total = 0
    for p in passages():
        text, mentions = annotate(p["id"], ids)
        total += len(mentions)
        doc = {"id": p["id"], "part": p["part"],
               "source": {k: p[k] for k in ("repo", "commit", "path")} | {"start": int(p["start"]),
                                                                          "end": int(p["end"])},
               "mentions": mentions}
        with open(os.path.join(DIR, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(passages())} passages, {total} mentions")


def show(pid):
    text = open(os.path.join(DIR, "text", pid + ".txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(DIR, "gold", pid + ".json"), encoding="utf-8"))
    out, last = [], 0
    for m in gold["mentions"]:
        out.append(text[last:m["start"]])
        out.append("[" + text[m["start"]:m["end"]] + "|" + m["type"] + "|" + str(m["id"]) + "]")
        last = m["end"]
    out.append(text[last:])
    print("".join(out))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "text":
        sys.exit(rebuild(sys.argv[2]))
    if len(sys.argv) == 2 and sys.argv[1] == "gold":
        write_gold()
    elif len(sys.argv) == 3 and sys.argv[1] == "show":
        show(sys.argv[2])
    else:
        sys.exit(__doc__)
