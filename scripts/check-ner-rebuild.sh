#!/usr/bin/env bash
# Retrains the English NER models with the documented train-ner command into a scratch folder and
# compares them, byte for byte, with the shipped files listed in config/models/ner-models.sha256.
# usage: scripts/check-ner-rebuild.sh MTL_DATA_DIR JNLPBA_STANDOFF_TRAIN_DIR
# (the corpora of config/models/PROVENANCE.md; run from the repository root)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 MTL_DATA_DIR JNLPBA_STANDOFF_TRAIN_DIR" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
PAPERBRIDGE_JAVA_OPTS="${PAPERBRIDGE_JAVA_OPTS:--Xmx3g}" ./paperbridge train-ner --mtl "$1" --jnlpba "$2" --out "$out"
models=pipeline/src/main/resources/models/ner/
grep "  $models" config/models/ner-models.sha256 | sed "s|  $models|  $out/|" | sha256sum -c
# The manifest must list what the repository ships (the unit test ShippedNerModelsTest checks the rest).
grep -v '^#' config/models/ner-models.sha256 | sha256sum -c --quiet
echo "check-ner-rebuild: train-ner rebuilds the shipped models byte for byte"
