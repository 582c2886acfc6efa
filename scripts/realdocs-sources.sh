#!/usr/bin/env bash
# Rebuilds fixtures/realdocs/src/ (git-ignored) from local mirrors of the repositories listed in
# fixtures/realdocs/PROVENANCE.md: MIRROR_ROOT/<owner>+<name>/repo must be a bare git directory
# holding the listed commit. Rows of route `reader-copy` are derived from the listed PDF by
# scripts/ReaderCopy.java (needs the pipeline's jar: ./paperbridge builds it) and checked against
# fixtures/realdocs/derived.sha256. Writes only into src/; exits 1 naming any file it could not get.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mirrors="${1:?usage: scripts/realdocs-sources.sh MIRROR_ROOT}"
dir="$root/fixtures/realdocs"
mkdir -p "$dir/src"
missing=0
jar="$root/app/target/paperbridge.jar"
# Table rows: | `file` | owner/name | `commit` | `path` | route | ...
while IFS='|' read -r _ file repo commit path route _; do
  file="$(echo "$file" | tr -d '` ')"; repo="$(echo "$repo" | tr -d ' ')"
  commit="$(echo "$commit" | tr -d '` ')"; path="$(echo "$path" | sed 's/^ *`//; s/` *$//')"
  route="$(echo "$route" | tr -d ' ')"
  git_dir="$mirrors/${repo/\//+}/repo"
  if [ "$route" = reader-copy ]; then
    if [ ! -f "$jar" ]; then
      echo "realdocs-sources: $file needs $jar (run ./paperbridge --help once to build it)" >&2
      missing=1
      continue
    fi
    if git --git-dir="$git_dir" show "$commit:$path" > "$dir/src/$file.pdf.tmp" 2>/dev/null \
        && java -cp "$jar" "$root/scripts/ReaderCopy.java" "$dir/src/$file.pdf.tmp" "$dir/src/$file.tmp" 2>/dev/null \
        && (cd "$dir/src" && grep " $file\$" ../derived.sha256 | sed "s/ $file\$/ $file.tmp/" | sha256sum -c --status); then
      mv "$dir/src/$file.tmp" "$dir/src/$file"
    else
      rm -f "$dir/src/$file.tmp"
      echo "realdocs-sources: cannot derive $file from $repo $commit:$path (or its sha256 differs from derived.sha256)" >&2
      missing=1
    fi
    rm -f "$dir/src/$file.pdf.tmp"
  elif git --git-dir="$git_dir" show "$commit:$path" > "$dir/src/$file.tmp" 2>/dev/null; then
    mv "$dir/src/$file.tmp" "$dir/src/$file"
  else
    rm -f "$dir/src/$file.tmp"
    echo "realdocs-sources: cannot read $repo $commit:$path" >&2
    missing=1
  fi
done < <(grep '^| `' "$dir/PROVENANCE.md")
exit $missing
