#!/bin/bash
# driso inf parse / emit: golden model output, encodings, round trips, and a
# batch that goes on past bad files and exits 2.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:=/tmp/driso-cli-inf.$$}"
F="$DRISO_FIXTURES/inf"
T="$DRISO_TMP/inf_parse"
rm -rf "$T" && mkdir -p "$T"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Run from the fixture dir so "file" in the output is the bare name.
cd "$F" || exit 1

# 1. golden JSON and text models
"$DRISO" inf parse syntax.inf >"$T/syntax.json" 2>"$T/err"; rc=$?
[ $rc -eq 0 ] || fail "parse syntax.inf exit $rc: $(cat "$T/err")"
diff -u syntax.json "$T/syntax.json" >"$T/diff" || { fail "syntax.inf JSON differs from golden"; cat "$T/diff"; }
"$DRISO" inf parse --format text syntax.inf >"$T/syntax.txt" 2>&1
diff -u syntax.txt "$T/syntax.txt" >"$T/diff" || { fail "syntax.inf text differs from golden"; cat "$T/diff"; }
"$DRISO" inf parse --format=json syntax.inf | cmp -s - syntax.json || fail "--format=json spelling"

# 2. the UTF-16 copies give the same sections; their encoding is named
for f in utf16le_bom.inf utf16le_nobom.inf utf16be_bom.inf; do
	"$DRISO" inf parse "$f" >"$T/$f.json" 2>"$T/err" || fail "parse $f: $(cat "$T/err")"
	if command -v jq >/dev/null; then
		jq -S .sections "$T/$f.json" >"$T/a" && jq -S .sections syntax.json >"$T/b" &&
			cmp -s "$T/a" "$T/b" || fail "$f sections differ from syntax.inf"
	else
		sed -n '/"sections"/,$p' "$T/$f.json" | cmp -s - <(sed -n '/"sections"/,$p' syntax.json) ||
			fail "$f sections differ from syntax.inf"
	fi
done
grep -q '"encoding":	"utf-16le-bom"' "$T/utf16le_bom.inf.json" || fail "utf16le_bom encoding name"
grep -q '"encoding":	"utf-16le"' "$T/utf16le_nobom.inf.json" || fail "utf16le_nobom encoding name"
grep -q '"encoding":	"utf-16be-bom"' "$T/utf16be_bom.inf.json" || fail "utf16be encoding name"

# 3. several files: one JSON array, golden
"$DRISO" inf parse ctrlz.inf ansi_high.inf >"$T/batch.json" 2>"$T/err" || fail "batch parse: $(cat "$T/err")"
diff -u batch.json "$T/batch.json" >"$T/diff" || { fail "batch JSON differs from golden"; cat "$T/diff"; }
if command -v jq >/dev/null; then
	[ "$(jq length "$T/batch.json")" = 2 ] || fail "batch is not an array of 2"
fi

# 4. bad files: file:line: error on stderr, the others still printed, exit 2
"$DRISO" inf parse ctrlz.inf junk_binary.inf truncated_odd_utf16.inf unterminated_quote.inf \
	missing.inf ansi_high.inf >"$T/mixed.json" 2>"$T/mixed.err"; rc=$?
[ $rc -eq 2 ] || fail "mixed batch exit $rc, expected 2"
grep -q '^junk_binary.inf:[0-9]*: error: .*NUL' "$T/mixed.err" || fail "junk_binary error line: $(cat "$T/mixed.err")"
grep -q '^truncated_odd_utf16.inf:[0-9]*: error: .*odd-length' "$T/mixed.err" || fail "odd UTF-16 error"
grep -q '^unterminated_quote.inf:4: error: unterminated quoted string' "$T/mixed.err" || fail "unterminated quote error"
grep -q '^missing.inf:1: error: cannot read' "$T/mixed.err" || fail "missing file error"
n_docs=$(grep -c '^	"file":' "$T/mixed.json")
[ "$n_docs" = 3 ] || fail "mixed batch printed $n_docs models, expected 3 (ctrlz, unterminated_quote, ansi_high)"
if command -v jq >/dev/null; then
	jq -e 'length == 3' "$T/mixed.json" >/dev/null || fail "mixed batch output is not valid JSON"
fi
"$DRISO" inf parse junk_control.inf >/dev/null 2>"$T/err"; rc=$?
[ $rc -eq 2 ] && grep -q '^junk_control.inf:1: error: not an INF' "$T/err" || fail "junk_control: rc=$rc $(cat "$T/err")"

# 5. emit is byte-identical for every fixture that decodes
for f in syntax.inf utf16le_bom.inf utf16le_nobom.inf utf16be_bom.inf mixed_eol.inf ansi_high.inf \
	utf8_bom.inf ctrlz.inf unterminated_quote.inf truncated.inf; do
	"$DRISO" inf emit "$f" >"$T/emit" 2>/dev/null
	cmp -s "$T/emit" "$f" || fail "emit $f differs"
done
"$DRISO" inf emit junk_binary.inf >"$T/emit" 2>"$T/err"; rc=$?
[ $rc -eq 2 ] && [ ! -s "$T/emit" ] || fail "emit of junk: rc=$rc, output $(wc -c <"$T/emit") bytes"

# 6. usage
"$DRISO" inf --help | grep -q 'usage: driso inf parse' || fail "inf --help"
"$DRISO" inf parse --help | grep -q 'usage: driso inf parse' || fail "inf parse --help"
"$DRISO" inf parse >/dev/null 2>&1; [ $? -eq 2 ] || fail "parse without FILE must exit 2"
"$DRISO" inf parse --format xml syntax.inf >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad format must exit 2"
"$DRISO" inf parse --bogus syntax.inf >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option must exit 2"
"$DRISO" inf frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown subcommand must exit 2"
"$DRISO" inf emit >/dev/null 2>&1; [ $? -eq 2 ] || fail "emit without FILE must exit 2"

if [ $fails -ne 0 ]; then
	echo "$fails failure(s)"
	exit 1
fi
echo "inf_parse: all checks passed"
