#!/usr/bin/env bash
# The result cache: warm == cold byte for byte, a header edit invalidates,
# corrupt entries are recomputed, --no-cache neither reads nor writes.
. "$(dirname "$0")/lib/common.bash"
cp -r "$DRISO_SOURCE_DIR/examples/legacy-wdm" "$TMP/ex"
EX="$TMP/ex"
rm -rf "$EX/.driso-cache"

"$DRISO" scan -q --no-cache --format json -o "$TMP/nocache.json" "$EX"
check "--no-cache writes no cache" test ! -e "$EX/.driso-cache"
"$DRISO" scan -q --format json -o "$TMP/cold.json" "$EX"
check "cold run fills the cache" bash -c "ls '$EX/.driso-cache/v1/'*.json >/dev/null"
"$DRISO" scan -q --format json -o "$TMP/warm.json" "$EX"
check "cold == no-cache" cmp -s "$TMP/nocache.json" "$TMP/cold.json"
check "warm == cold" cmp -s "$TMP/cold.json" "$TMP/warm.json"

# A header edit must invalidate: change the log path macro.
sed -i 's/acmeio.log/acmeio2.log/' "$EX/acmeio.h"
"$DRISO" scan -q --format json -o "$TMP/edited.json" "$EX"
check "header edit seen through the cache" grep -q 'acmeio2.log' "$TMP/edited.json"
"$DRISO" scan -q --no-cache --format json -o "$TMP/edited-nc.json" "$EX"
check "after header edit: cached == uncached" cmp -s "$TMP/edited.json" "$TMP/edited-nc.json"

# Corrupt and truncated entries are ignored and rebuilt.
for f in "$EX"/.driso-cache/v1/*.json; do head -c 40 "$f" > "$f.x" && mv "$f.x" "$f"; done
"$DRISO" scan -q --format json -o "$TMP/after-corrupt.json" "$EX"
check "corrupt cache: same report" cmp -s "$TMP/edited-nc.json" "$TMP/after-corrupt.json"
"$DRISO" scan -q --format json -o "$TMP/rebuilt.json" "$EX"
check "corrupt cache: rebuilt entry serves the same report" cmp -s "$TMP/edited-nc.json" "$TMP/rebuilt.json"
check "corrupt cache: the live entries are valid JSON again" bash -c "grep -l 'acmeio2' '$EX'/.driso-cache/v1/*.json | xargs -n1 python3 -m json.tool >/dev/null"
done_testing
