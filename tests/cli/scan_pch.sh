#!/usr/bin/env bash
# The shared precompiled header must be used where it is safe and must never
# change a finding: reports with and without it are byte-identical.
. "$(dirname "$0")/lib/common.bash"
python3 "$DRISO_SOURCE_DIR/bench/gen_tree.py" "$TMP/tree" 24 11 >/dev/null
mkdir -p "$TMP/tmpdir"
TMPDIR="$TMP/tmpdir" "$DRISO" scan -q --no-cache --stats --format json -o "$TMP/pch.json" "$TMP/tree" 2>"$TMP/stats"
"$DRISO" scan -q --no-cache --no-pch --format json -o "$TMP/nopch.json" "$TMP/tree"
check "PCH used for the shared driver headers" grep -Eq '\(([1-9][0-9]*) with a shared PCH, [1-9][0-9]* PCHs built\)' "$TMP/stats"
check "findings identical with and without PCH" cmp -s "$TMP/pch.json" "$TMP/nopch.json"
check "synthetic tree has findings" grep -q '"registry-absolute"\|"device-name"\|"file-write-global"' "$TMP/pch.json"
check "no PCH files left behind" test -z "$(ls -A "$TMP/tmpdir")"

# A TU that defines something before its first include parses without the PCH.
mkdir -p "$TMP/def"
for i in 1 2 3 4; do
	printf '#include <ntddk.h>\nNTSTATUS f%d(PUNICODE_STRING p) { return RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, p->Buffer, NULL, NULL, NULL); }\n' $i >"$TMP/def/a$i.c"
done
printf '#define NTDDI_VERSION 0x06010000\n#include <ntddk.h>\nint g;\n' >"$TMP/def/b.c"
"$DRISO" scan -q --no-cache --stats --format json -o "$TMP/d1.json" "$TMP/def" 2>"$TMP/dstats"
"$DRISO" scan -q --no-cache --no-pch --format json -o "$TMP/d2.json" "$TMP/def"
check "only the four plain TUs share the PCH" grep -q '(4 with a shared PCH' "$TMP/dstats"
check "mixed directory: identical findings" cmp -s "$TMP/d1.json" "$TMP/d2.json"
done_testing
