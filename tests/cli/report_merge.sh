#!/bin/bash
# driso report merge: the shards of a run (committed: tests/fixtures/reports/
# golden/shard-*.json, written by test_report_merge) merge into exactly the
# report of the unsharded run, in any order; duplicates across shards vanish.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:?}"
G=$DRISO_FIXTURES/reports/golden
T=$DRISO_TMP/report_merge
rm -rf "$T" && mkdir -p "$T"
fail=0
check() {
	local what=$1; shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

"$DRISO" report merge "$G/shard-a.json" "$G/shard-b.json" -o "$T/ab.json"; rc=$?
check "merge exits 1 (findings)" test $rc = 1
check "merge a+b equals the whole run" cmp "$G/sample.json" "$T/ab.json"
"$DRISO" report merge "$G/shard-b.json" "$G/shard-a.json" > "$T/ba.json"
check "merge b+a equals the whole run" cmp "$G/sample.json" "$T/ba.json"
# the duplicate header finding is in both shards but once in the result
check "shard b carries the duplicate" test "$(grep -c '"rule": "sample-unicode-note"' "$G/shard-b.json")" = 1
check "merged once" test "$(grep -c '"rule": "sample-unicode-note"' "$T/ab.json")" = 1
# overlapping inputs: every finding once (files-scanned counts still add up:
# shards are assumed to scan disjoint files)
"$DRISO" report merge "$G/sample.json" "$G/sample.json" "$G/shard-a.json" > "$T/self.json"
check "overlap collapses" test "$(grep -c '"rule": ' "$T/self.json")" = 5
check "overlap: files add up" grep -q '"files_scanned": 8' "$T/self.json"
# other formats straight from the merge
"$DRISO" report merge "$G/shard-a.json" "$G/shard-b.json" --format text > "$T/ab.txt"
check "merge to text" grep -q "^4 findings (1 error, 2 warnings, 1 note), 1 suppressed, 3 files; 1 input error$" "$T/ab.txt"
# one bad shard: exit 2, nothing written, the shard and field named
sed 's/"severity": "note"/"severity": 3/' "$G/shard-b.json" > "$T/bad.json"
"$DRISO" report merge "$G/shard-a.json" "$T/bad.json" -o "$T/none.json" 2> "$T/bad.err"; rc=$?
check "bad shard exits 2" test $rc = 2
check "bad shard named" grep -qF "$T/bad.json:1: error: findings[" "$T/bad.err"
check "bad shard: field named" grep -qF '.severity: expected a string, found a number' "$T/bad.err"
check "bad shard: no output" test ! -e "$T/none.json"
# reports of two different trees: paths would land under the wrong root
sed 's#"root": "[^"]*"#"root": "/elsewhere/other-tree"#' "$G/shard-b.json" > "$T/other.json"
"$DRISO" report merge "$G/shard-a.json" "$T/other.json" -o "$T/mixed.json" 2> "$T/mixed.err"; rc=$?
check "different roots exit 2" test $rc = 2
check "different roots named" grep -qF "scan root '/elsewhere/other-tree' differs from" "$T/mixed.err"
check "different roots: no output" test ! -e "$T/mixed.json"
"$DRISO" report merge "$G/shard-a.json" "$T/other.json" --root /src/sample-driver -o "$T/mixed.json"; rc=$?
check "different roots + --root: merged" test $rc = 1
check "different roots + --root: root kept" grep -qF '"root": "/src/sample-driver"' "$T/mixed.json"
check "merge needs input" bash -c "'$DRISO' report merge 2>/dev/null; test \$? = 2"
exit $fail
