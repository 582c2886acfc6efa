#!/usr/bin/env bash
# Mines Chinese lexicon terms (config/lexicons/zh_mined.tsv.gz) from the biomedical ChinaXiv articles
# of a mirror of DreamBlooms/ChinaXiv-201601-to-202209 (MIRROR_ROOT/<owner>+<name>/repo, a bare git
# directory at the commit below). The articles of fixtures/ner-zh are left out, so the development
# set is never mined. The article texts go to a temporary folder and are deleted; only the term list
# (term, type, id, how many articles) is written. Needs the built jar and test classes
# (./mvnw -B -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mirrors="${1:?usage: scripts/mine_zh_terms.sh MIRROR_ROOT}"
git_dir="$mirrors/DreamBlooms+ChinaXiv-201601-to-202209/repo"
commit=b13a740d2705c884af43414b8399202fbc996858
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Biomedical articles: Markdown files naming cells, rodents, proteins or patients at least 5 times.
git --git-dir="$git_dir" grep -c -E "细胞|大鼠|小鼠|蛋白|患者|miR-" "$commit" -- md \
  | awk -F: '$3 >= 5 {print $2}' > "$tmp/list"
cut -f4 "$root/fixtures/ner-zh/passages.tsv" | tail -n +2 > "$tmp/exclude"
grep -v -x -F -f "$tmp/exclude" "$tmp/list" > "$tmp/keep" || true
mkdir "$tmp/articles"
while read -r path; do
  git --git-dir="$git_dir" show "$commit:$path" > "$tmp/articles/$(basename "$path")"
done < "$tmp/keep"
echo "mine_zh_terms: $(wc -l < "$tmp/keep") articles ($(wc -l < "$tmp/exclude") development-set articles left out)" >&2
java -cp "$root/app/target/paperbridge.jar:$root/pipeline/target/test-classes" \
  org.paperbridge.entity.ZhTermMiner "$tmp/articles" "$root/config/lexicons/zh_mined.tsv.gz"
