#!/usr/bin/env bash
# Runs the README's SolrCloud tour verbatim on a fresh clone: the commands of the code block that
# follows the line "<!-- solr-tour -->" in README.md, one by one, in a clone of this repository's
# HEAD (so only committed files count). Fails on the first command that fails, and when a search
# of the tour lists no article. Uses the tour's ports (8983, 8984 and ZooKeeper 9983).
#
#   scripts/solr-tour.sh [REPO]     (default: the repository this script is in)
set -euo pipefail
repo="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)"
work="$(mktemp -d)"
clone="$work/clone"
git clone --quiet "$repo" "$clone"

# The tour: the first ```sh block after the marker, comments and blank lines left out.
mapfile -t commands < <(awk '/<!-- solr-tour -->/ {armed = 1; next}
  armed && /^```sh/ {inside = 1; next}
  inside && /^```/ {exit}
  inside && !/^[[:space:]]*(#|$)/ {print}' "$clone/README.md")
if [ "${#commands[@]}" -eq 0 ]; then
  echo "solr-tour: no tour found in README.md (a \`\`\`sh block after <!-- solr-tour -->)" >&2
  exit 2
fi

cleanup() {
  # A tour that failed half-way leaves its cluster running: stop it, then remove the clone.
  (cd "$clone" && ./paperbridge solr stop --dir solr-data >/dev/null 2>&1) || true
  rm -rf "$work"
}
trap cleanup EXIT

cd "$clone"
start=$SECONDS
for command in "${commands[@]}"; do
  echo "solr-tour \$ $command"
  t=$SECONDS
  output="$(bash -c "$command" 2>&1)" || {
    echo "$output"
    if [ -f solr-data/logs/solr.log ]; then
      echo "solr-tour: the first errors in solr-data/logs/solr.log:"
      grep -m 3 -A 12 ' ERROR ' solr-data/logs/solr.log || true
    fi
    echo "solr-tour: FAILED: $command" >&2
    exit 1
  }
  echo "$output"
  if [[ "$command" == *" search "* ]] && ! grep -qE '^ +1\. ' <<<"$output"; then
    echo "solr-tour: FAILED: the search listed no article: $command" >&2
    exit 1
  fi
  echo "solr-tour: ($((SECONDS - t)) s)"
done
echo "solr-tour: ${#commands[@]} commands passed in $((SECONDS - start)) s"
