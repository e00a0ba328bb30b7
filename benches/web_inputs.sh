#!/bin/sh
# Time and memory of reading saved web pages and feeds.
#
# Generates, once, in ${TMPDIR:-/tmp}/brief-bench-web:
#   big.html    a 50 MB single-file page: a short article inside megabytes of
#               inline script and a long menu, as single-file page savers make
#   pages/      about 2,000 saved pages: the page fixtures under tests/fixtures/html,
#               copied over and over
#   feed.xml    a feed of 500 items, each with its text in content:encoded
# then runs `brief --json` on each once with /usr/bin/time -v and prints the
# wall time, the CPU time (user + system) and the peak resident memory.
#
#   cargo build --release
#   benches/web_inputs.sh                  # target/release/brief
#   benches/web_inputs.sh path/to/brief
#
# Needs /usr/bin/time (GNU time), awk and head.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/brief}
dir=${TMPDIR:-/tmp}/brief-bench-web

if [ ! -d "$dir" ]; then
    mkdir -p "$dir.partial/pages"
    {
        printf '<html><head><title>Talks in Oslo - Desk</title></head><body>\n'
        blob=$(head -c 786432 /dev/zero | tr '\0' 'Q')
        i=0
        while [ $i -lt 64 ]; do
            printf '<script>var blob = "%s";</script>\n' "$blob"
            i=$((i + 1))
        done
        printf '<article><p>The ministers met in Oslo.</p><p>They will meet again.</p></article>\n'
        i=0
        while [ $i -lt 2000 ]; do
            printf '<div class="menu"><a href="/">Home</a></div>\n'
            i=$((i + 1))
        done
        printf '</body></html>\n'
    } > "$dir.partial/big.html"
    n=0
    while [ $n -lt 2000 ]; do
        for page in "$root"/tests/fixtures/html/*.html; do
            cp "$page" "$dir.partial/pages/$n-$(basename "$page")"
            n=$((n + 1))
        done
    done
    awk 'BEGIN {
        print "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Desk</title>"
        for (n = 0; n < 500; n++) {
            printf "<item><title>Talks %d</title><link>https://desk.example/%d</link>", n, n
            printf "<pubDate>Wed, %02d Mar 2026 10:00:00 +0100</pubDate><content:encoded><![CDATA[", 1 + n % 28
            for (p = 0; p < 6; p++)
                printf "<p>Foreign Minister Claire Dubois met Erik Haugland in Oslo on Tuesday, round %d. \"We share the same ocean,\" Dubois said.</p>", n
            print "]]></content:encoded></item>"
        }
        print "</channel></rss>"
    }' > "$dir.partial/feed.xml"
    mv "$dir.partial" "$dir"
fi

for input in "$dir/big.html" "$dir/pages" "$dir/feed.xml"; do
    /usr/bin/time -v "$bin" --json "$input" 2> "$dir.time" > /dev/null
    awk -v what="$(basename "$input")" '
        /Elapsed \(wall clock\)/ { wall = $NF }
        /User time/ { cpu += $NF }
        /System time/ { cpu += $NF }
        /Maximum resident set size/ { rss = $NF }
        END { printf "%-10s wall %s  cpu %.2f s  peak %.0f MB\n", what, wall, cpu, rss / 1024 }
    ' "$dir.time"
done
rm -f "$dir.time"
