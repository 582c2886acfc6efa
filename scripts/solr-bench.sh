#!/usr/bin/env bash
# Indexing throughput into a 2-node local SolrCloud (2 shards x 2 replicas) next to the local
# Lucene index, on the same generated corpus: three runs of the same N articles, one without an
# index, one with the local index, one with --sink solr; each fresh (new output folder, new
# collection). Prints wall time and CPU seconds of each run, and the cluster's own CPU seconds
# for the Solr run (it is a separate JVM on the same cores).
#
#   scripts/solr-bench.sh [N]       (default 1000; work files under ${TMPDIR:-/tmp})
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
work="$(mktemp -d)"
pb="$root/paperbridge"
trap '"$pb" solr stop --dir "$work/cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$pb" bench --generate "$n" --into "$work/gen" "$root/fixtures/seed/000_ce62bb77f3435be5.txt" \
  "$root/fixtures/md/zh_journal_mineru.md" >/dev/null

cpu_of() { # user+system CPU seconds of a live process, from /proc
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"
}
timed() { # label, command...: wall and CPU seconds of a command and its children
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/$label.log" 2>&1
  read -r wall user sys <"$work/time"
  printf '%-12s %6d articles  wall %7.1f s  %6.1f articles/s  cpu %7.1f s  %6.1f articles per cpu-s\n' \
    "$label" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$(echo "$user + $sys" | bc -l)" \
    "$(echo "$n / ($user + $sys)" | bc -l)"
}

timed no-index "$pb" run "$work/gen" --out "$work/none" --no-index
timed lucene "$pb" run "$work/gen" --out "$work/lucene"
"$pb" solr start --nodes 2 --shards 2 --replicas 2 --port 0 --dir "$work/cluster" --background >"$work/start.log"
zk="$(sed -n 's/^zookeeper: //p' "$work/start.log")"
pid="$(cat "$work/cluster/cluster.pid")"
before="$(cpu_of "$pid")"
timed solr "$pb" run "$work/gen" --out "$work/solr" --sink solr --zk-host "$zk" --collection articles
after="$(cpu_of "$pid")"
printf '%-12s cluster JVM cpu during the solr run %.1f s (client + cluster: %.1f articles per cpu-s)\n' "" \
  "$(echo "$after - $before" | bc -l)" \
  "$(awk -v n="$n" -v a="$after" -v b="$before" '{print n / ($2 + $3 + a - b)}' "$work/time")"
grep -h '^solr:' "$work/solr.log"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
