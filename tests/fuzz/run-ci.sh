#!/usr/bin/env bash
# Run every fuzz target over its corpus, then fuzz it for a bounded time.
# Usage: run-ci.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$(cd "$1" && pwd)
secs=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail=0
passed=0
failed=0
for bin in "$build"/tests/fuzz/fuzz_*; do
	name=$(basename "$bin")
	corpus="$here/corpus/$name"
	mkdir -p "$scratch/$name"
	echo "== $name: regression corpus, then ${secs}s"
	if ! (cd "$scratch" && "$bin" -timeout=20 -rss_limit_mb=2048 -max_total_time="$secs" \
		-print_final_stats=1 "$scratch/$name" "$corpus" >"$scratch/$name.log" 2>&1); then
		echo "FAIL $name"
		tail -60 "$scratch/$name.log"
		fail=1
		failed=$((failed + 1))
	else
		grep -E 'stat::number_of_executed_units' "$scratch/$name.log" || true
		passed=$((passed + 1))
	fi
done
echo "fuzz: $passed passed, $failed failed"
exit $fail
