#!/usr/bin/env bash
# The prefilter never changes a report: byte-identical JSON and SARIF with
# and without it (--no-prefilter) on the cross-TU fixture and the bundled
# example, while it does leave TUs unparsed; every cross-TU flow of the
# fixture (wrapper called with a literal from another TU, RegistryPath saved
# in a global by DriverEntry, a string built by a helper elsewhere, a device
# extension field filled elsewhere, a rule call behind a nested header's
# macro) still yields its finding.
. "$(dirname "$0")/lib/common.bash"
CROSS="$DRISO_FIXTURES/prefilter/crossdrv"
EXAMPLE="$DRISO_SOURCE_DIR/examples/legacy-wdm"

for tree in "$CROSS" "$EXAMPLE"; do
	name=$(basename "$tree")
	for fmt in json sarif; do
		"$DRISO" scan -q --stats --no-cache --format $fmt -o "$TMP/$name.pf.$fmt" "$tree" 2>"$TMP/$name.pf.err"
		"$DRISO" scan -q --no-cache --no-prefilter --format $fmt -o "$TMP/$name.all.$fmt" "$tree" 2>/dev/null
		check "$name: $fmt identical with and without the prefilter" cmp -s "$TMP/$name.pf.$fmt" "$TMP/$name.all.$fmt"
	done
	"$DRISO" scan -q --no-cache -j1 --format json -o "$TMP/$name.j1.json" "$tree" 2>/dev/null
	check "$name: -j1 identical" cmp -s "$TMP/$name.pf.json" "$TMP/$name.j1.json"
done

# Each cross-TU flow still produces its finding (so the comparison above
# compares something), and the unrelated TU was not parsed.
j="$TMP/crossdrv.pf.json"
check "wrapper judged with the caller's literal" grep -q 'Contoso\\\\CrossSettings' "$j"
check "RegistryPath saved by DriverEntry, read in params.c" grep -q 'own service key' "$j"
check "log name built by names.c" grep -q 'crossdrv.log' "$j"
check "device name stored by init.c" grep -q 'OtherVendorPeer0' "$j"
check "rule call behind a nested header macro" grep -q 'CrossHw' "$j"
check "9 of 10 TUs parsed, 1 skipped" grep -q '9 of 10 TUs parsed .* 1 skipped' "$TMP/crossdrv.pf.err"
DRISO_PREFILTER_DEBUG=1 "$DRISO" scan -q --no-cache --format json -o /dev/null "$CROSS" 2>"$TMP/debug.err"
check "quiet.c skipped" grep -q 'skips .*/quiet.c' "$TMP/debug.err"
check "quiet.c never added" bash -c "! grep -q 'adds .*/quiet.c' '$TMP/debug.err'"
for f in caller entry names init; do
	check "$f.c added by the fixpoint" grep -q "adds .*/$f.c" "$TMP/debug.err"
done

# The cache stores what the prefiltered run found; a warm run without the
# prefilter serves the same report.
"$DRISO" scan -q --cache-dir "$TMP/cache" --format json -o "$TMP/fill.json" "$CROSS" 2>/dev/null
"$DRISO" scan -q --cache-dir "$TMP/cache" --no-prefilter --format json -o "$TMP/warm.json" "$CROSS" 2>/dev/null
check "cache filled with the prefilter == uncached" cmp -s "$TMP/fill.json" "$TMP/crossdrv.pf.json"
check "warm run == uncached" cmp -s "$TMP/warm.json" "$TMP/crossdrv.pf.json"

expect_exit "--no-prefilter is listed in --help" 0 bash -c "'$DRISO' scan --help | grep -q -- --no-prefilter"
done_testing
