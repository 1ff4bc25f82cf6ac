#!/usr/bin/env bash
# driso apply REPORT.json: applies exactly the fixes left in a reviewed
# report; refusals (stale file, overlap, path escape, bad report) exit 2 and
# write nothing.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}"
TMP="${DRISO_TMP:-/tmp}/apply_report.$$"
rm -rf "$TMP"
mkdir -p "$TMP"
trap '[ -n "${KEEP:-}" ] || rm -rf "$TMP"' EXIT
fail=0
check() { # description, command...
	local what="$1"
	shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

fresh_tree() {
	rm -rf "$TMP/root" "$TMP/outside"
	mkdir -p "$TMP/root" "$TMP/outside"
	cp "$DRISO_FIXTURES/rewriters/apply-tree/drv.c" "$DRISO_FIXTURES/rewriters/apply-tree/drv.inf" "$TMP/root/"
	echo 'int secret;' > "$TMP/outside/secret.c"
}

# byte offset of the first occurrence of a fixed string
off() { grep -bo -F -- "$2" "$1" | head -n1 | cut -d: -f1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

# one finding per line, so a reviewer's deletion is `sed /rule/d`
finding() { # rule file sha start end replacement [package]
	local pkg=""
	[ -n "${7:-}" ] && pkg=", \"package\": \"$7\""
	printf '    {"rule": "%s", "severity": "error", "file": "%s", "line": 1, "column": 1, "message": "m"%s, "fix": {"files": [{"file": "%s", "sha256": "%s", "edits": [{"start": %s, "end": %s, "replacement": "%s"}]}]}}' \
		"$1" "$2" "$pkg" "$2" "$3" "$4" "$5" "$6"
}

write_report() { # out, findings (joined with ",\n")
	local out="$1"
	shift
	{
		printf '{\n  "tool": "driso", "schema": 1, "version": "0.1.0", "root": "%s",\n  "findings": [\n' "$TMP/root"
		local first=1
		for f in "$@"; do
			[ $first = 1 ] || printf ',\n'
			printf '%s' "$f"
			first=0
		done
		printf '\n  ],\n  "errors": []\n}\n'
	} > "$out"
}

standard_report() {
	local c="$TMP/root/drv.c" i="$TMP/root/drv.inf"
	local sc si
	sc=$(sha "$c")
	si=$(sha "$i")
	local o1 o2 o3 o4
	o1=$(off "$c" 'SystemRoot')
	o2=$(off "$c" 'g_Mode = 1')
	o3=$(off "$i" '= 12')
	o4=$(off "$i" '%12%')
	write_report "$1" \
		"$(finding file-write-global drv.c "$sc" "$o1" $((o1 + 10)) 'DriverData' acme)" \
		"$(finding state-mode drv.c "$sc" $((o2 + 9)) $((o2 + 10)) '2' acme)" \
		"$(finding inf-destination-dirid drv.inf "$si" $((o3 + 2)) $((o3 + 4)) '13' acme)" \
		"$(finding inf-service-binary drv.inf "$si" $((o4 + 1)) $((o4 + 3)) '13' other)"
}

snapshot() { (cd "$TMP" && find root outside -type f -exec sha256sum {} + | sort); }

# --- help and usage -------------------------------------------------------
"$DRISO" apply --help > "$TMP/out" 2>&1
check "--help exits 0" test $? -eq 0
check "--help shows usage" grep -q 'usage: driso apply' "$TMP/out"
"$DRISO" apply > "$TMP/out" 2>&1
check "no report: exit 2" test $? -eq 2
"$DRISO" apply --bogus x.json > "$TMP/out" 2>&1
check "unknown option: exit 2" test $? -eq 2

# --- dry run ----------------------------------------------------------------
fresh_tree
standard_report "$TMP/report.json"
before=$(snapshot)
"$DRISO" apply --dry-run --diff "$TMP/report.json" > "$TMP/out" 2>&1
check "dry run exits 0" test $? -eq 0
check "dry run lists files" grep -q '^would write drv.c (2 edits' "$TMP/out"
check "dry run shows the diff" grep -q '^+DefaultDestDir = 13' "$TMP/out"
check "dry run writes nothing" test "$before" = "$(snapshot)"

# --- the reviewer deletes one finding: exactly the others are applied -------
fresh_tree
standard_report "$TMP/report.json"
sed '/"rule": "state-mode"/d' "$TMP/report.json" > "$TMP/edited.json"
check "reviewer's deletion kept 3 findings" test "$(grep -c '"rule"' "$TMP/edited.json")" -eq 3
c="$TMP/root/drv.c"; i="$TMP/root/drv.inf"
"$DRISO" apply "$TMP/edited.json" > "$TMP/out" 2>&1
check "apply exits 0" test $? -eq 0
check "apply reports what it wrote" grep -q '^wrote drv.inf (2 edits' "$TMP/out"
check "kept fix applied (C)" grep -q 'DriverData\\\\acme.log' "$c"
check "deleted finding not applied" grep -q 'g_Mode = 1;' "$c"
check "INF edited, CRLF kept" cmp -s "$i" <(printf '[Version]\r\nSignature="$WINDOWS NT$"\r\n\r\n[DestinationDirs]\r\nDefaultDestDir = 13\r\n\r\n[Svc_Inst]\r\nServiceBinary = %%13%%\\acme.sys\r\n')
check "no temp or backup files left" test -z "$(find "$TMP/root" -name '.driso-*')"

# --- applying the same report again: files changed since the scan ------------
before=$(snapshot)
"$DRISO" apply "$TMP/edited.json" > "$TMP/out" 2>&1
check "stale: exit 2" test $? -eq 2
check "stale: says so" grep -q 'drv.c:1: error: file changed since the scan' "$TMP/out"
check "stale: nothing written" test "$before" = "$(snapshot)"

# --- one stale file refuses the whole set ------------------------------------
fresh_tree
standard_report "$TMP/report.json"
printf '\n' >> "$TMP/root/drv.inf"
before=$(snapshot)
"$DRISO" apply "$TMP/report.json" > "$TMP/out" 2>&1
check "partly stale: exit 2" test $? -eq 2
check "partly stale: nothing written (drv.c untouched too)" test "$before" = "$(snapshot)"

# --- filters ----------------------------------------------------------------
fresh_tree
standard_report "$TMP/report.json"
"$DRISO" apply --only inf-destination-dirid,state-mode "$TMP/report.json" > "$TMP/out" 2>&1
check "--only exits 0" test $? -eq 0
check "--only applied listed rules" grep -q 'DefaultDestDir = 13' "$TMP/root/drv.inf"
check "--only applied listed rules (2)" grep -q 'g_Mode = 2;' "$TMP/root/drv.c"
check "--only skipped the others" grep -q 'ServiceBinary = %12%' "$TMP/root/drv.inf"
fresh_tree
standard_report "$TMP/report.json"
"$DRISO" apply --only inf-destinaton-dirid "$TMP/report.json" > "$TMP/out" 2>&1
check "--only typo: exit 0, nothing to apply" test $? -eq 0
check "--only typo: warned" grep -q 'warning: --only inf-destinaton-dirid matches no finding' "$TMP/out"
check "--only typo: nothing to apply" grep -q 'nothing to apply' "$TMP/out"
fresh_tree
standard_report "$TMP/report.json"
"$DRISO" apply --package other "$TMP/report.json" > "$TMP/out" 2>&1
check "--package exits 0" test $? -eq 0
check "--package applied its finding" grep -q 'ServiceBinary = %13%' "$TMP/root/drv.inf"
check "--package skipped other packages" grep -q 'DefaultDestDir = 12' "$TMP/root/drv.inf"

# --- overlapping edits --------------------------------------------------------
fresh_tree
c="$TMP/root/drv.c"
o1=$(off "$c" 'SystemRoot')
write_report "$TMP/overlap.json" \
	"$(finding rule-a drv.c "$(sha "$c")" "$o1" $((o1 + 10)) 'DriverData')" \
	"$(finding rule-b drv.c "$(sha "$c")" $((o1 + 6)) $((o1 + 20)) 'X')"
before=$(snapshot)
"$DRISO" apply "$TMP/overlap.json" > "$TMP/out" 2>&1
check "overlap: exit 2" test $? -eq 2
check "overlap: names both findings" grep -q 'conflicting edits: rule-a@drv.c:1:1.*rule-b@drv.c:1:1' "$TMP/out"
check "overlap: nothing written" test "$before" = "$(snapshot)"

# --- path escapes -------------------------------------------------------------
fresh_tree
ln -s "$TMP/outside/secret.c" "$TMP/root/link.c"
s=$(sha "$TMP/outside/secret.c")
for bad in '../outside/secret.c' "$TMP/outside/secret.c" 'link.c'; do
	write_report "$TMP/escape.json" "$(finding esc "$bad" "$s" 0 3 'XXX')"
	before=$(snapshot)
	"$DRISO" apply "$TMP/escape.json" > "$TMP/out" 2>&1
	check "escape $bad: exit 2" test $? -eq 2
	check "escape $bad: refused with a reason" grep -Eq "error: .*(\.\.|absolute|outside the scan root)" "$TMP/out"
	check "escape $bad: nothing written" test "$before" = "$(snapshot)"
done

# --- a relative root is found next to the report ------------------------------
fresh_tree
standard_report "$TMP/report.json"
sed "s#\"root\": \"$TMP/root\"#\"root\": \"root\"#" "$TMP/report.json" > "$TMP/relative.json"
check "relative root recorded" grep -q '"root": "root"' "$TMP/relative.json"
(cd "$TMP/outside" && "$DRISO" apply "$TMP/relative.json") > "$TMP/out" 2>&1
check "relative root: exit 0" test $? -eq 0
check "relative root: applied" grep -q 'DefaultDestDir = 13' "$TMP/root/drv.inf"
(cd / && "$DRISO" apply --root /nonexistent "$TMP/relative.json") > "$TMP/out" 2>&1
check "missing --root: exit 2" test $? -eq 2
check "missing --root: says so" grep -q "scan root '/nonexistent' is not a directory" "$TMP/out"

# --- git apply for 8-bit files, then --utf16-only for the UTF-16 INF ---------
# (driso fix --diff: git applies the 8-bit sections and skips the UTF-16 ones;
# a plain driso apply afterwards is refused because drv.c changed)
fresh_tree
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$TMP/root/drv.inf"; } > "$TMP/root/drv16.inf"
c="$TMP/root/drv.c"
o1=$(off "$c" 'SystemRoot')
o3=$(off "$TMP/root/drv.inf" '= 12')
write_report "$TMP/u16.json" \
	"$(finding file-write-global drv.c "$(sha "$c")" "$o1" $((o1 + 10)) 'DriverData')" \
	"$(finding inf-destination-dirid drv16.inf "$(sha "$TMP/root/drv16.inf")" $((o3 + 2)) $((o3 + 4)) '13')"
sed -i 's/SystemRoot/DriverData/' "$c"          # what git apply did to the 8-bit file
cp "$c" "$TMP/drv.c.gitapplied"
"$DRISO" apply "$TMP/u16.json" > "$TMP/out" 2>&1
check "after git apply: plain apply refused (drv.c changed)" test $? -eq 2
check "after git apply: says which file changed" grep -q 'drv.c.*changed since the scan' "$TMP/out"
"$DRISO" apply --utf16-only "$TMP/u16.json" > "$TMP/out" 2>&1
check "--utf16-only: exit 0" test $? -eq 0
check "--utf16-only: UTF-16 INF written" grep -q 'wrote drv16.inf (1 edit, utf-16le-bom)' "$TMP/out"
check "--utf16-only: INF now says 13" sh -c "iconv -f UTF-16 -t UTF-8 '$TMP/root/drv16.inf' | grep -q 'DefaultDestDir = 13'"
check "--utf16-only: 8-bit file left as git wrote it" cmp -s "$c" "$TMP/drv.c.gitapplied"
check "--utf16-only: one finding applied" grep -q 'from 1 finding' "$TMP/out"

# --- bad report ---------------------------------------------------------------
printf '{"tool": "driso", "schema": 1, "version": "x", "findings": [' > "$TMP/trunc.json"
"$DRISO" apply "$TMP/trunc.json" > "$TMP/out" 2>&1
check "truncated report: exit 2" test $? -eq 2
check "truncated report: file:line: error:" grep -q 'trunc.json:[0-9]*: error:' "$TMP/out"

exit $fail
