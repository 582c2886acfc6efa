#!/usr/bin/env bash
# Rebuilds fixtures/realdocs/src/ (git-ignored) from local mirrors of the repositories listed in
# fixtures/realdocs/PROVENANCE.md: MIRROR_ROOT/<owner>+<name>/repo must be a bare git directory
# holding the listed commit. Writes only into src/; exits 1 naming any file it could not get.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mirrors="${1:?usage: scripts/realdocs-sources.sh MIRROR_ROOT}"
dir="$root/fixtures/realdocs"
mkdir -p "$dir/src"
missing=0
# Table rows: | `file` | owner/name | `commit` | `path` | ...
while IFS='|' read -r _ file repo commit path _; do
  file="$(echo "$file" | tr -d '` ')"; repo="$(echo "$repo" | tr -d ' ')"
  commit="$(echo "$commit" | tr -d '` ')"; path="$(echo "$path" | sed 's/^ *`//; s/` *$//')"
  git_dir="$mirrors/${repo/\//+}/repo"
  if git --git-dir="$git_dir" show "$commit:$path" > "$dir/src/$file.tmp" 2>/dev/null; then
    mv "$dir/src/$file.tmp" "$dir/src/$file"
  else
    rm -f "$dir/src/$file.tmp"
    echo "realdocs-sources: cannot read $repo $commit:$path" >&2
    missing=1
  fi
done < <(grep '^| `' "$dir/PROVENANCE.md")
exit $missing
