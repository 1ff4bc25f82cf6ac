#!/bin/bash
# driso report convert: every format from a committed JSON report, exit codes,
# atomic -o, baselines, and clear errors for hand-edited or truncated reports.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:?}"
F=$DRISO_FIXTURES/reports
T=$DRISO_TMP/report_convert
rm -rf "$T" && mkdir -p "$T"
fail=0
check() { # description, command...
	local what=$1; shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}
expect_rc() { # want, command...
	local want=$1; shift
	"$@"; local rc=$?
	[ "$rc" = "$want" ] || { echo "  exit $rc, expected $want: $*" >&2; return 1; }
}

# JSON -> JSON is the identity (round trip through the loader)
check "json round trip" expect_rc 1 "$DRISO" report convert "$F/golden/sample.json" --format json -o "$T/rt.json"
check "json identical" cmp "$F/golden/sample.json" "$T/rt.json"
check "no temp file left" test ! -e "$T/rt.json.tmp"

# text: same as the library's golden output
check "text" expect_rc 1 "$DRISO" report convert "$F/golden/sample.json" --format text --root "$F/src" -o "$T/out.txt"
check "text identical" cmp "$F/golden/sample.txt" "$T/out.txt"

# colour only on a terminal, and never with NO_COLOR
if command -v script >/dev/null; then
	env -u NO_COLOR script -qec "'$DRISO' report convert '$F/golden/sample.json' --format text" /dev/null > "$T/tty.txt"
	check "colour on a tty" grep -q $'\033\\[1;31merror:' "$T/tty.txt"
	NO_COLOR=1 script -qec "'$DRISO' report convert '$F/golden/sample.json'" /dev/null > "$T/tty-nc.txt"
	NO_COLOR= script -qec "'$DRISO' report convert '$F/golden/sample.json'" /dev/null > "$T/tty-empty.txt"
	check "an empty NO_COLOR does not disable colour (no-color.org)" grep -q $'\033\\[1;31merror:' "$T/tty-empty.txt"
	check "NO_COLOR honoured (and text is the tty default)" bash -c "grep -q 'error: DefaultDestDir' '$T/tty-nc.txt' && ! grep -q $'\033' '$T/tty-nc.txt'"
fi
check "no colour into a file" bash -c "! grep -q $'\033' '$T/out.txt'"
# not a terminal: the default format is JSON
"$DRISO" report convert "$F/golden/sample.json" > "$T/default.json"
check "json is the default off a tty" cmp "$F/golden/sample.json" "$T/default.json"

# SARIF and HTML: well-formed, all findings present
check "sarif" expect_rc 1 "$DRISO" report convert "$F/golden/sample.json" --format sarif --root "$F/src" -o "$T/out.sarif"
if command -v python3 >/dev/null; then
	check "sarif parses, 5 results" python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
assert d['version']=='2.1.0'
r=d['runs'][0]['results']
assert len(r)==5, len(r)
assert r[0]['fixes'][0]['artifactChanges'][0]['replacements'][0]['insertedContent']['text']=='13'
" "$T/out.sarif"
fi
check "html" expect_rc 1 "$DRISO" report convert "$F/golden/sample.json" --format=html --root="$F/src" -o "$T/out.html"
check "html has every finding" test "$(grep -c '<article class="finding' "$T/out.html")" = 5

# baseline: against itself nothing is new -> exit 0, empty findings
check "baseline drops known findings" expect_rc 0 "$DRISO" report convert "$F/golden/sample.json" --baseline "$F/golden/sample.json" --format json -o "$T/base.json"
check "baseline output has no findings" grep -q '"findings": \[\]' "$T/base.json"
# a baseline from before the INF finding existed: only that one remains
check "baseline keeps new findings" expect_rc 1 "$DRISO" report convert "$F/golden/sample.json" --baseline "$F/golden/shard-a.json" --format text -o "$T/new.txt"
check "new finding listed" grep -q '^pkg/sample.inf:11:18: error:' "$T/new.txt"
check "old finding gone" bash -c "! grep -q '^src/driver.c' '$T/new.txt'"

# hand-edited and truncated reports: exit 2 and the field named
sed '0,/"line": 11/s//"line": -2/' "$F/golden/sample.json" > "$T/bad.json"
"$DRISO" report convert "$T/bad.json" --format text > "$T/bad.out" 2> "$T/bad.err"; rc=$?
check "bad report exits 2" test $rc = 2
check "bad report names the field" grep -qF "$T/bad.json:1: error: findings[0].line: expected a positive integer, found -2" "$T/bad.err"
check "bad report writes nothing" test ! -s "$T/bad.out"
head -c 700 "$F/golden/sample.json" > "$T/trunc.json"
"$DRISO" report convert "$T/trunc.json" -o "$T/trunc.out" 2> "$T/trunc.err"; rc=$?
check "truncated report exits 2" test $rc = 2
check "truncated report says so" grep -q "truncated" "$T/trunc.err"
check "failed convert leaves no output" test ! -e "$T/trunc.out"
check "missing file" bash -c "'$DRISO' report convert '$T/nope.json' 2>&1 >/dev/null | grep -q 'cannot read report'; test \${PIPESTATUS[0]} = 2"

# usage errors
check "unknown format" expect_rc 2 "$DRISO" report convert "$F/golden/sample.json" --format xml
check "unknown subcommand" expect_rc 2 "$DRISO" report frobnicate
check "convert needs one input" expect_rc 2 "$DRISO" report convert
check "help" expect_rc 0 "$DRISO" report --help >/dev/null
check "help mentions baseline" bash -c "'$DRISO' report convert --help | grep -q -- '--baseline'"
check "unwritable output" expect_rc 2 "$DRISO" report convert "$F/golden/sample.json" -o "$T/no/such/dir/x.json"

exit $fail
