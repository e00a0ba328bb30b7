#!/bin/sh
# Runs one fuzz target for RUNS executions (default 1,000,000), seeded from the
# test fixtures, the growing corpus kept in fuzz/target/corpus/TARGET:
#
#   cargo install cargo-fuzz
#   fuzz/run.sh html_page
#   fuzz/run.sh extract 200000
set -eu
cd "$(dirname "$0")"
target=${1:-}
runs=${2:-1000000}
case $target in
decode) seeds="corpus/load_extract_render ../tests/fixtures/load ../tests/fixtures/html" ;;
html_page) seeds="../tests/fixtures/html" ;;
feed) seeds="../tests/fixtures/feeds" ;;
extract | draw | load_extract_render) seeds="corpus/load_extract_render ../tests/fixtures/html" ;;
*)
    echo "usage: fuzz/run.sh decode|html_page|feed|extract|draw|load_extract_render [RUNS]" >&2
    exit 2
    ;;
esac
mkdir -p "target/corpus/$target"
# shellcheck disable=SC2086 # the seed directories are separate words
exec cargo +nightly fuzz run -s none "$target" "target/corpus/$target" $seeds -- -runs="$runs"
