#!/usr/bin/env bash
# A briefing opened again: the findings cache against a fresh analysis.
#
#   benches/reopen.sh [BINARY] [ARTICLES]    # default target/release/brief, 100000
#
# Generates ARTICLES distinct articles (the bundled sample and the fixtures, each
# copy with its own date and closing line, so no two share findings) in
# ${TMPDIR:-/tmp}/brief-reopen-ARTICLES, kept for later runs. Then, with a cache
# of its own in a temporary directory:
#   - `--json` with --no-cache, with an empty cache (analyse and keep), and again
#     (every article read back): wall time and peak memory from /usr/bin/time;
#   - the reader in tmux, cached: time to its first frame and to the whole
#     briefing ("loaded:" on the status line), polled every 50 ms.
# The three exports must be byte-identical, or the script fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$root/target/release/brief}")
count=${2:-100000}
dir=${TMPDIR:-/tmp}/brief-reopen-$count
work=$(mktemp -d)
trap 'rm -rf "$work"; tmux -L brief-reopen kill-server 2>/dev/null || true' EXIT

if [ ! -d "$dir" ]; then
    mkdir -p "$dir.partial"
    awk -v count="$count" -v dir="$dir.partial" '
        FNR == 1 { n_src++ }
        { src[n_src] = src[n_src] $0 "\n" }
        END {
            for (n = 0; n < count; n++) {
                body = src[n % n_src + 1]
                sub(/^date [0-9-]+[ \n]/, "", body)
                date = sprintf("date 2026-%02d-%02d", 1 + int(n / 28) % 12, 1 + n % 28)
                folder = sprintf("%s/%03d", dir, int(n / 1000))
                if (n % 1000 == 0) system("mkdir -p " folder)
                file = sprintf("%s/%06d.txt", folder, n)
                printf "%s\n\n%s\nNotatka redakcyjna numer %d.\n", date, body, n > file
                close(file)
            }
        }' "$root"/assets/*.txt "$root"/tests/fixtures/pl/*.txt "$root"/tests/fixtures/en/*.txt \
        "$root"/tests/fixtures/pl-holdout/*.txt "$root"/tests/fixtures/briefing/*.txt
    mv "$dir.partial" "$dir"
fi
echo "input: $(find "$dir" -name '*.txt' | wc -l) files, $(du -sm --apparent-size "$dir" | cut -f1) MB in $dir"

export XDG_CACHE_HOME=$work/cache
mkdir -p "$XDG_CACHE_HOME"
export_run() {
    label=$1
    shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" --json "$@" "$dir" >"$work/$label.json"
    read -r wall peak <"$work/time"
    printf '%-12s --json %7s s wall %6d MB peak\n' "$label" "$wall" $((peak / 1024))
}
export_run fresh --no-cache
export_run cold
export_run cached
cmp "$work/fresh.json" "$work/cold.json"
cmp "$work/fresh.json" "$work/cached.json"
echo "             the three exports are byte-identical; cache $(du -sm "$XDG_CACHE_HOME" | cut -f1) MB"

tmux -L brief-reopen -f /dev/null new-session -d -x 120 -y 40 "$bin $dir; sleep 600"
start=$(date +%s%N)
first=
while :; do
    screen=$(tmux -L brief-reopen capture-pane -p -t 0)
    now=$(date +%s%N)
    if [ -z "$first" ] && grep -q Timeline <<<"$screen"; then first=$(((now - start) / 1000000)); fi
    if grep -q "loaded:" <<<"$screen"; then break; fi
    sleep 0.05
done
echo "reader, cached: first frame after $first ms, whole briefing after $(((now - start) / 1000000)) ms"
