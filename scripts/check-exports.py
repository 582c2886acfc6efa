#!/usr/bin/env python3
"""Checks a PaperBridge output folder the way a corpus builder's loader would read it.

usage: check-exports.py OUT_DIR

For every JSON-lines export (corpus.jsonl, parallel/pairs.jsonl, ner/zh.jsonl, ner/en.jsonl):
- every row has the same keys, recursively, and each key one JSON type across all rows (null
  aside): what pyarrow's block-wise type inference, and so pandas and Hugging Face datasets, need;
- every key of the rows is declared in the Features file next to it (corpus.features.json,
  parallel/pairs.features.json, ner/features.json), and no declared key is missing from the rows;
- with the jsonschema package installed, every row validates against OUT_DIR/schema/*.json.
pairs.tsv and glossary.tsv have a header and the same number of fields on every line; every row of
an article has the article's one split. Prints one line per problem and a last line
'exports: N rows and lines checked, M problems'; exit 0 only when nothing failed. Uses the standard library only
(jsonschema when present).
"""
import json, os, sys

try:
    import jsonschema
except ImportError:
    jsonschema = None

def kind(v):
    if v is None: return None
    if isinstance(v, bool): return "bool"
    if isinstance(v, int): return "number"
    if isinstance(v, float): return "number"
    if isinstance(v, str): return "string"
    if isinstance(v, list): return "list"
    return "object"

def shape(v, path, types, keys):
    k = kind(v)
    if k is not None:
        types.setdefault(path, set()).add(k)
    if isinstance(v, dict):
        keys.setdefault(path, set()).update([tuple(sorted(v.keys()))])
        for key, child in v.items():
            shape(child, path + "." + key, types, keys)
    elif isinstance(v, list):
        for child in v:
            shape(child, path + "[]", types, keys)

def declared(feature, path, out):
    """Paths of a Features dict (Value, ClassLabel, Translation leaves; [x] lists; plain dicts structs)."""
    if isinstance(feature, list):
        declared(feature[0], path + "[]", out)
    elif isinstance(feature, dict) and "_type" not in feature:
        out.setdefault(path, set()).update(feature.keys())
        for key, child in feature.items():
            declared(child, path + "." + key, out)
    elif isinstance(feature, dict) and feature.get("_type") == "Translation":
        out.setdefault(path, set()).update(feature["languages"])

def check_jsonl(out, rel, features_rel, schema_rel, problems, splits):
    path = os.path.join(out, rel)
    if not os.path.exists(path):
        return 0
    types, keys, rows = {}, {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.append("%s:%d: not JSON: %s" % (rel, n, e))
    for r in rows:
        shape(r, "", types, keys)
    for p, ts in sorted(types.items()):
        if len(ts) > 1:
            problems.append("%s: %s has %d types: %s" % (rel, p or "row", len(ts), ", ".join(sorted(ts))))
    for p, ks in sorted(keys.items()):
        if len(ks) > 1:
            problems.append("%s: %s has differing keys across rows" % (rel, p or "row"))
    feats = {}
    with open(os.path.join(out, features_rel), encoding="utf-8") as f:
        declared(json.load(f), "", feats)
    for p, ks in keys.items():
        have = set(k for tup in ks for k in tup)
        if p in feats and not p.endswith("sections[]") and have != feats[p]:
            problems.append("%s: keys of %s %s differ from %s's %s" % (rel, p or "row", sorted(have), features_rel, sorted(feats[p])))
    if jsonschema is not None:
        with open(os.path.join(out, "schema", schema_rel), encoding="utf-8") as f:
            validator = jsonschema.Draft202012Validator(json.load(f))
        for n, r in enumerate(rows, 1):
            for e in validator.iter_errors(r):
                problems.append("%s:%d: %s at %s" % (rel, n, e.message[:120], "/".join(map(str, e.path))))
                break
    for r in rows:
        doc, split = (r.get("id"), None) if rel == "corpus.jsonl" else (r.get("doc"), r.get("split"))
        if split is not None:
            if splits.setdefault(doc, split) != split:
                problems.append("%s: article %s has rows in two splits" % (rel, doc))
    return len(rows)

def check_tsv(out, rel, header, problems):
    path = os.path.join(out, rel)
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        problems.append("%s: header is not %s" % (rel, "\\t".join(header)))
        return 0
    for n, l in enumerate(lines[1:], 2):
        if len(l.split("\t")) != len(header):
            problems.append("%s:%d: %d fields, not %d" % (rel, n, len(l.split("\t")), len(header)))
    return len(lines) - 1

def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = sys.argv[1]
    problems, splits, checked = [], {}, 0
    checked += check_jsonl(out, "corpus.jsonl", "corpus.features.json", "article.schema.json", problems, splits)
    checked += check_jsonl(out, "parallel/pairs.jsonl", "parallel/pairs.features.json", "pair.schema.json", problems, splits)
    for lang in ("zh", "en"):
        checked += check_jsonl(out, "ner/%s.jsonl" % lang, "ner/features.json", "ner-sentence.schema.json", problems, splits)
    checked += check_tsv(out, "parallel/pairs.tsv", ["zh", "en", "kind", "docId", "score", "bead", "split", "zhLang"], problems)
    checked += check_tsv(out, "glossary.tsv", ["zh", "en", "abbr", "docs", "count"], problems)
    for p in problems:
        print(p)
    if jsonschema is None:
        print("(jsonschema not installed: rows were not validated against the schemas)")
    print("exports: %d rows and lines checked, %d problems" % (checked, len(problems)))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
