#!/usr/bin/env python3
"""Trims the shared public lexicons into the compact gzip TSVs under config/lexicons/.

usage: scripts/trim_lexicons.py [SHARED_LEXICON_DIR] [OUT_DIR]
Deterministic: same inputs give byte-identical outputs (gzip mtime fixed to 0).
"""
import csv, gzip, io, os, re, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/lexicons"
OUT = sys.argv[2] if len(sys.argv) > 2 else "config/lexicons"


def rows(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            yield dict(zip(header, cells + [""] * (len(header) - len(cells))))


def write(name, header, out_rows):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(("\t".join(header) + "\n").encode("utf-8"))
        for r in out_rows:
            gz.write(("\t".join(r) + "\n").encode("utf-8"))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())
    print(f"{name}: {len(out_rows)} rows, {len(buf.getvalue())} bytes")


# HGNC: protein-coding and non-coding RNA genes (pseudogenes and 'other' loci dropped; miRNA
# loci dropped because mature miRNAs come from miRBase and the miRNA grammar).
genes = []
hgnc_by_id = {}
for r in rows("hgnc_human_genes.tsv"):
    if r["locus_group"] not in ("protein-coding gene", "non-coding RNA") or r["locus_type"] == "RNA, micro":
        continue
    kind = "gene" if r["locus_group"] == "protein-coding gene" else "ncrna"
    hgnc_by_id[r["hgnc_id"]] = r["symbol"]
    genes.append([r["hgnc_id"], r["symbol"], kind, r["name"], r["alias_symbol"], r["prev_symbol"],
                  r["alias_name"], r["prev_name"]])
genes.sort(key=lambda g: int(g[0].split(":")[1]))
write("hgnc_genes.tsv.gz", ["hgnc_id", "symbol", "kind", "name", "alias_symbols", "prev_symbols",
                            "alias_names", "prev_names"], genes)

# MGI: protein-coding mouse genes; the human ortholog (first HGNC id still kept) is the norm.
mouse = []
for r in rows("mgi_mouse_genes.tsv"):
    if r["feature_type"] != "protein coding gene":
        continue
    human = next((h for h in r["human_ortholog_hgnc_id"].split("|") if h in hgnc_by_id), "")
    mouse.append([r["mgi_id"], r["symbol"], human])
mouse.sort(key=lambda m: int(m[0].split(":")[1]))
write("mgi_mouse_genes.tsv.gz", ["mgi_id", "symbol", "human_hgnc_id"], mouse)

# miRBase v22 mature miRNAs of human, mouse and rat.
mirs = [[r["mimat"], r["name"]] for r in rows("mirbase_v22_mature_hsa_mmu_rno.tsv")]
write("mirbase_mature.tsv.gz", ["mimat", "name"], mirs)

# Cell Ontology: label, exact synonyms, related synonyms (abbreviations such as MSC, PBMC live there).
cells = [[r["cl_id"], r["name"], r["exact_synonyms"], r["related_synonyms"]] for r in rows("cell_ontology_terms.tsv")]
write("cell_ontology.tsv.gz", ["cl_id", "name", "exact_synonyms", "related_synonyms"], cells)

# Disease Ontology: label and MeSH ids.
dis = [[r["doid"], r["label"], r["mesh_ids"]] for r in rows("doid_diseases.tsv")]
write("doid_diseases.tsv.gz", ["doid", "label", "mesh_ids"], dis)

# CC-CEDICT: Chinese headwords whose English gloss is exactly a Cell Ontology or Disease Ontology
# label (or exact synonym): these become Chinese names with the same identifiers.
en_index = {}
for c in cells:
    for n in [c[1]] + [s for s in c[2].split("|") if s]:
        en_index.setdefault(n.lower(), ("cell_type", c[1], "CL", c[0]))
for d in dis:
    en_index.setdefault(d[1].lower(), ("disease", d[1], "DOID", d[0]))
mapped = {}
for r in rows("cc_cedict_biomed_zh_en.tsv"):
    zh = r["zh_simplified"]
    # keyword_match 'en' only (the headword has no biomedical character) is where the noise is.
    if "zh" not in r["keyword_match"] or len(zh) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", zh):
        continue
    for gloss in r["en_glosses"].split("/"):
        g = re.sub(r"\(.*?\)", "", gloss).strip().lower()
        for cand in (g, g[:-1] if g.endswith("s") else g):
            if cand in en_index and zh not in mapped:
                mapped[zh] = en_index[cand]
cedict = [[zh, *mapped[zh]] for zh in sorted(mapped)]
write("cedict_zh_mapped.tsv.gz", ["zh", "type", "norm", "db", "id"], cedict)
