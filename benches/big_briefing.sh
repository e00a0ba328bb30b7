#!/bin/sh
# Memory and time of the exports on a large generated briefing.
#
# Generates a directory of about MEGABYTES of articles (default 50): the bundled
# sample and every fixture article under tests/fixtures, repeated with varied
# dates, 1,000 files to a folder. Then runs `--json` and `--markdown` over it
# once each with /usr/bin/time -v and prints the wall time, the CPU time (user
# and system: more than the wall time when several cores work), and the peak
# resident memory (and its ratio to the input size). With BASELINE set to another brief
# binary, runs that one too and checks that both give byte-identical output.
#
#   cargo build --release
#   benches/big_briefing.sh                     # target/release/brief, 50 MB
#   BASELINE=/tmp/brief-old benches/big_briefing.sh target/release/brief 50
#
# The generated directory is kept in ${TMPDIR:-/tmp}/brief-bench-<MB> for the
# next run. Needs /usr/bin/time (GNU time) and awk.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/brief}
megabytes=${2:-50}
dir=${TMPDIR:-/tmp}/brief-bench-$megabytes
out=${TMPDIR:-/tmp}/brief-bench-out.$$
trap 'rm -f "$out".*' EXIT

if [ ! -d "$dir" ]; then
    mkdir -p "$dir.partial"
    # One awk process writes every file: the sources are read once, and each
    # copy gets its own date (the first line's date replaced, or one added).
    awk -v target=$((megabytes * 1024 * 1024)) -v dir="$dir.partial" '
        FNR == 1 { n_src++ }
        { src[n_src] = src[n_src] $0 "\n" }
        END {
            for (n = 0; bytes < target; n++) {
                body = src[n % n_src + 1]
                date = sprintf("date 2026-%02d-%02d", 1 + int(n / 28) % 12, 1 + n % 28)
                if (body ~ /^date [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/)
                    text = date substr(body, 16)
                else
                    text = date "\n\n" body
                folder = sprintf("%s/%03d", dir, int(n / 1000))
                if (n % 1000 == 0) system("mkdir -p " folder)
                file = sprintf("%s/%06d.txt", folder, n)
                printf "%s", text > file
                close(file)
                bytes += length(text)
            }
        }' "$root"/assets/*.txt "$root"/tests/fixtures/pl/*.txt "$root"/tests/fixtures/en/*.txt \
        "$root"/tests/fixtures/pl-holdout/*.txt "$root"/tests/fixtures/briefing/*.txt
    mv "$dir.partial" "$dir"
fi

input_kb=$(du -sk --apparent-size "$dir" | cut -f1)
files=$(find "$dir" -name '*.txt' | wc -l)
echo "input: $files files, $((input_kb / 1024)) MB in $dir"

# Prints "LABEL  FORMAT  wall  CPU seconds  peak MB  ratio" for one run of BINARY.
measure() {
    label=$1
    binary=$2
    format=$3
    /usr/bin/time -v "$binary" "--$format" "$dir" >"$out.$label.$format" 2>"$out.time" || {
        cat "$out.time" >&2
        exit 1
    }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out.time")
    peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out.time")
    ratio=$(awk -v p="$peak_kb" -v i="$input_kb" 'BEGIN { printf "%.1f", p / i }')
    printf '%-9s %-10s %8s wall %6ss CPU %5d MB %5sx input\n' \
        "$label" "--$format" "$wall" "$cpu" $((peak_kb / 1024)) "$ratio"
}

for format in json markdown; do
    measure current "$bin" "$format"
    if [ -n "${BASELINE:-}" ]; then
        measure baseline "$BASELINE" "$format"
        if cmp -s "$out.current.$format" "$out.baseline.$format"; then
            echo "          --$format output byte-identical to the baseline's"
        else
            echo "          --$format output DIFFERS from the baseline's" >&2
            exit 1
        fi
    fi
done
