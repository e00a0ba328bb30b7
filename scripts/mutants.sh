#!/usr/bin/env bash
# Mutation testing of one source file with cargo-mutants: each mutant (a function
# body replaced, an operator flipped, a condition negated) is built and the tests
# that cover the file are run; a mutant no test fails is "missed" and names a gap.
#
#   cargo install cargo-mutants          # once
#   scripts/mutants.sh src/model/safe.rs # one file
#   scripts/mutants.sh src/load/decode.rs 1/3   # one shard of three
#
# A mutant whose tests run past 90 s (an endless loop) counts as timed out.
# Exit status as cargo-mutants': 0 all caught, 2 some missed, 3 some timed out.
# The report lands in target/mutants/NAME[-SHARD]/mutants.out/ (caught.txt,
# missed.txt, unviable.txt, timeout.txt, outcomes.json). The file is mutated in
# place, so the target directory is reused and a mutant builds in seconds: the
# script refuses to run while the file has uncommitted changes, and `git diff`
# after an interrupted run shows anything left behind.
set -euo pipefail
cd "$(dirname "$0")/.."

file=${1:?usage: scripts/mutants.sh FILE [SHARD/SHARDS]}
shard=${2:-}
if ! git diff --quiet HEAD -- "$file"; then
    echo "mutants.sh: $file has uncommitted changes; commit or stash them first" >&2
    exit 1
fi

# The fastest tests that still cover each part; anything else runs the whole suite.
case $file in
    src/model/safe.rs | src/model/escapes.rs)
        tests=(--lib --test safe_props --test hostile_render) ;;
    src/load/*)
        tests=(--lib --test cli_errors --test hostile_input) ;;
    src/extract/*)
        tests=(--lib --test extract_gold --test briefing) ;;
    *)
        tests=() ;;
esac

name=$(basename "$file" .rs)${shard:+-${shard%/*}}
mkdir -p "target/mutants/$name"
args=(--in-place --baseline skip --timeout 90 -f "$file" -o "target/mutants/$name")
if [ -n "$shard" ]; then
    args+=(--shard "$shard")
fi
# A mutant that fails a property test makes proptest save the failing case; those
# files belong to no real failure and are removed after the run.
regressions() { git ls-files --others --exclude-standard -- '*.proptest-regressions' | sort; }
before=$(regressions)
status=0
cargo mutants "${args[@]}" -- "${tests[@]}" || status=$?
comm -13 <(echo "$before") <(regressions) | xargs -r rm --
exit "$status"
