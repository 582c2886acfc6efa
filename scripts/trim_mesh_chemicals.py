#!/usr/bin/env python3
"""Trims MeSH descriptors to the chemicals and drugs a biomedical text names, for
config/lexicons/mesh_chemicals.tsv.gz.

usage: scripts/trim_mesh_chemicals.py TERMS_TSV TREE_NUMBERS_TSV [OUT_FILE]
Inputs: data/terms.tsv and data/tree-numbers.tsv of github.com/dhimmel/mesh (MeSH 2015
descriptors, repository CC0; MeSH itself is a public-domain work of the U.S. National Library of
Medicine). Deterministic: same inputs give byte-identical output (gzip mtime fixed to 0).
"""
import csv, gzip, io, sys

TERMS, TREES = sys.argv[1], sys.argv[2]
OUT = sys.argv[3] if len(sys.argv) > 3 else "config/lexicons/mesh_chemicals.tsv.gz"

# Branches of the "Chemicals and Drugs" tree whose descriptors name substances: inorganic,
# organic, heterocyclic, polycyclic compounds, hormones, carbohydrates, lipids, nucleotides,
# amino acids, peptides and coenzymes. Left out: proteins (D12.776) and enzymes (D08.811), which
# are genes' products and the gene lexicons' business; complex mixtures, materials, preparations
# and the pharmacological-action classes (D20, D25, D26, D27: "Anti-Inflammatory Agents" names a
# role, not a substance).
KEEP = ("D01", "D02", "D03", "D04", "D06", "D09", "D10", "D13", "D12.125", "D12.644", "D08.211")
PROTEIN = ("D12.776", "D08.811")

names = {}
with open(TERMS, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        names[row["mesh_id"]] = row["mesh_name"]

keep, protein = set(), set()
with open(TREES, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        tree = row["mesh_tree_number"]
        if tree.startswith(KEEP):
            keep.add(row["mesh_id"])
        if tree.startswith(PROTEIN):
            protein.add(row["mesh_id"])

rows = []
for mesh_id in sorted(keep - protein):
    name = names.get(mesh_id, "")
    # Inverted headings ("Acids, Acyclic", "Fluorides, Topical") are never written so in text.
    if not name or ", " in name:
        continue
    rows.append((mesh_id, name))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
    gz.write(b"mesh_id\tname\n")
    for mesh_id, name in rows:
        gz.write(f"{mesh_id}\t{name}\n".encode("utf-8"))
with open(OUT, "wb") as f:
    f.write(buf.getvalue())
print(f"{OUT}: {len(rows)} rows, {len(buf.getvalue())} bytes")
