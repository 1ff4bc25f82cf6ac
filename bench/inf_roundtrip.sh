#!/bin/bash
# Round trip through the CLI: for every *.inf / *.inx (any case) under the
# given directories, `driso inf emit FILE` must reproduce FILE byte for byte.
# usage: bench/inf_roundtrip.sh [-d DRISO] DIR...
# Prints each difference or error and "N INF files, D differences, E errors";
# exit 1 when any file differs. Reads only; nothing is downloaded or kept.
set -u
driso=${DRISO:-driso}
if [ "${1:-}" = "-d" ]; then driso=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-d DRISO] DIR..." >&2; exit 2; }
tmp=$(mktemp) || exit 2
trap 'rm -f "$tmp"' EXIT
n=0 diff=0 err=0
while IFS= read -r -d '' f; do
	n=$((n + 1))
	if ! "$driso" inf emit "$f" >"$tmp" 2>/dev/null && [ ! -s "$tmp" ]; then
		err=$((err + 1))
		"$driso" inf emit "$f" 2>&1 >/dev/null | head -1
		continue
	fi
	if ! cmp -s "$tmp" "$f"; then
		diff=$((diff + 1))
		echo "$f: DIFFERS after parse -> emit"
	fi
done < <(find "$@" -type f \( -iname '*.inf' -o -iname '*.inx' \) -print0)
echo "$n INF files, $diff differences, $err errors"
[ $diff -eq 0 ]
