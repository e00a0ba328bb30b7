#!/usr/bin/env bash
# Mutation testing of one source file with cargo-mutants: each mutant (a function
# body replaced, an operator flipped, a condition negated) is built and the tests
# that cover the file are run; a mutant no test fails is "missed" and names a gap.
#
#   cargo install cargo-mutants          # once
#   scripts/mutants.sh src/model/safe.rs # one file
#   scripts/mutants.sh src/load/decode.rs 0/3   # the first of three shards (0, 1, 2)
#
# Each mutant is built with the `mutation` profile (Cargo.toml: the test profile
# without debug info, so it links faster) and only the test targets named below
# are built and run; the first run builds the dependencies for that profile once.
# A mutant whose tests run past 90 s (30 s for the extractor, whose tests take about
# one second) is stuck in an endless loop and counts as timed out.
# Exit status as cargo-mutants': 0 all caught, 2 some missed, 3 some timed out.
# The report lands in target/mutants/NAME[-SHARD]/mutants.out/ (caught.txt,
# missed.txt, unviable.txt, timeout.txt, outcomes.json), NAME being the path under
# src/ with dashes: extract-quotes-mod-1 for shard 1 of src/extract/quotes/mod.rs.
# The file is mutated in place, so the target directory is reused and a mutant
# builds in seconds: the script refuses to run while the file has uncommitted
# changes, and `git diff` after an interrupted run shows anything left behind.
set -euo pipefail
cd "$(dirname "$0")/.."

file=${1:?usage: scripts/mutants.sh FILE [SHARD/SHARDS]}
shard=${2:-}
if ! git diff --quiet HEAD -- "$file"; then
    echo "mutants.sh: $file has uncommitted changes; commit or stash them first" >&2
    exit 1
fi

# The fastest test targets that still cover each part; anything else runs the whole
# suite. The targets go to every cargo command (the build too, or it would build all
# of them), `skip` to the test binaries: the loader's unit tests cannot reach the
# extractor (load never calls extract), and one of them alone takes seconds.
skip=()
timeout=90
case $file in
    src/model/safe.rs | src/model/escapes.rs)
        targets=(--lib --test=safe_props --test=hostile_render) ;;
    src/load/*)
        targets=(--lib --test=cli_errors --test=hostile_input) ;;
    src/extract/*)
        targets=(--lib --test=extract_gold --test=briefing)
        skip=(--skip load::)
        timeout=30 ;;
    *)
        targets=() ;;
esac

name=${file#src/}
name=${name%.rs}
name=${name//\//-}${shard:+-${shard%/*}}
mkdir -p "target/mutants/$name"
args=(--in-place --baseline skip --timeout "$timeout" --profile mutation -f "$file" -o "target/mutants/$name")
for t in "${targets[@]}"; do
    args+=("--cargo-arg=$t")
done
if [ -n "$shard" ]; then
    args+=(--shard "$shard")
fi
# A mutant that fails a property test makes proptest save the failing case; those
# files belong to no real failure and are removed after the run.
regressions() { git ls-files --others --exclude-standard -- '*.proptest-regressions' | sort; }
before=$(regressions)
status=0
cargo mutants "${args[@]}" -- -- "${skip[@]}" || status=$?
comm -13 <(echo "$before") <(regressions) | xargs -r rm --
exit "$status"
