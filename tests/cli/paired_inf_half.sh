#!/usr/bin/env bash
# The INF half of source fixes, through the whole pipeline: a WDM driver that
# now loads acme_fw.bin from its image directory gets that file copied with
# acme.sys in its INF; a desktop tool outside the package that reads
# acme_cal.dat gets the INF to publish the file's driver-store path under HKR.
# The patch is golden, applies with git, and a rescan has nothing fixable.
source "$DRISO_SOURCE_DIR/tests/cli/lib/common.bash"
FIX="$DRISO_SOURCE_DIR/tests/fixtures/paired_inf"
GOLDEN="$DRISO_SOURCE_DIR/tests/fixtures/paired_inf.patch"
cp -r "$FIX" "$TMP/work"
cp -r "$FIX" "$TMP/pristine"

expect_exit "fix --diff writes the paired patch" 0 "$DRISO" fix "$TMP/work" --no-cache --diff "$TMP/out.patch"
if [ -n "${DRISO_UPDATE_GOLDEN:-}" ]; then cp "$TMP/out.patch" "$GOLDEN"; fi
check "patch equals the golden patch" cmp -s "$TMP/out.patch" "$GOLDEN"
check "the INF half copies acme_fw.bin next to acme.sys" \
	grep -q $'^+acme_fw.bin\r$' "$TMP/out.patch"
check "and lists it in [SourceDisksFiles] like acme.sys" \
	grep -q '^+acme_fw.bin   = 1' "$TMP/out.patch"
check "the tool's file is published as REG_EXPAND_SZ %13% path" \
	grep -qF '+HKR,,acme_calPath,0x00020000,%13%\acme_cal.dat' "$TMP/out.patch"
check "a file the INF already installs is not added again" \
	bash -c "! grep -q '^+acme_cal.dat' '$TMP/out.patch'"

(cd "$TMP/pristine" && git apply --check "$TMP/out.patch" 2>"$TMP/err")
check "git apply --check accepts the patch" test $? -eq 0
(cd "$TMP/pristine" && git apply "$TMP/out.patch")
check "CRLF of the INF is kept on the new lines" \
	test "$(grep -a 'acme_fw.bin\|acme_calPath' "$TMP/pristine/driver/acme.inf" | grep -vc $'\r$')" = 0

"$DRISO" scan "$TMP/pristine" --no-cache --format json -o "$TMP/after.json" 2>"$TMP/err"
check "rescan: nothing fixable is left" \
	test "$(jq '[.findings[] | select(.fix != null and (.fix.files | length) > 0)] | length' "$TMP/after.json")" = 0
check "rescan: the tool keeps its proposal and says the INF already publishes" \
	test "$(jq '[.findings[] | select(.file == "tool/acmecal.c") | .evidence[].message | select(test("already writes HKR,,acme_calPath"))] | length' "$TMP/after.json")" = 1
check "rescan: the driver's findings are gone" \
	test "$(jq '[.findings[] | select(.file == "driver/acme.c")] | length' "$TMP/after.json")" = 0
expect_exit "fix again writes nothing" 0 "$DRISO" fix "$TMP/pristine" --no-cache --diff "$TMP/again.patch"
check "second patch is empty" test ! -s "$TMP/again.patch"

# The INF half is planned after the result cache: a warm run gives the same patch.
cp -r "$FIX" "$TMP/cached"
"$DRISO" fix "$TMP/cached" --diff "$TMP/cold.patch" -q 2>/dev/null
"$DRISO" fix "$TMP/cached" --diff "$TMP/warm.patch" -q 2>/dev/null
check "cold and warm (cached) runs give the golden patch" \
	bash -c "cmp -s '$TMP/cold.patch' '$GOLDEN' && cmp -s '$TMP/warm.patch' '$GOLDEN'"
check "the warm run used the cache" test -d "$TMP/cached/.driso-cache"

# A reviewer rejects the tool's finding: its INF half stays out.
cp -r "$FIX" "$TMP/review"
"$DRISO" scan "$TMP/review" --no-cache --format json -o "$TMP/r.json" 2>/dev/null
check "the report names the package file" \
	test "$(jq '[.findings[] | select(.package_file == "acme_fw.bin")] | length' "$TMP/r.json")" = 1
jq 'del(.findings[] | select(.file == "tool/acmecal.c"))' "$TMP/r.json" > "$TMP/reviewed.json"
expect_exit "apply the reviewed report" 0 "$DRISO" apply "$TMP/reviewed.json"
check "reviewed apply: firmware copied" grep -q '^acme_fw.bin' "$TMP/review/driver/acme.inf"
check "reviewed apply: no published path" bash -c "! grep -q acme_calPath '$TMP/review/driver/acme.inf'"

# The same package with a UTF-16LE INF (as Visual Studio writes them): git
# applies the C hunks, `apply --utf16-only` must still bring the driver
# finding's INF half, which lives in the same finding as its C edits.
cp -r "$FIX" "$TMP/u16"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$FIX/driver/acme.inf"; } > "$TMP/u16/driver/acme.inf"
(cd "$TMP/u16" && git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm legacy)
"$DRISO" scan "$TMP/u16" --no-cache --format json -o "$TMP/u16.json" 2>/dev/null
"$DRISO" fix "$TMP/u16" --no-cache --diff "$TMP/u16.patch" 2>/dev/null
(cd "$TMP/u16" && git apply "$TMP/u16.patch")
check "utf-16: git apply wrote the C half" grep -q 'IoGetDriverDirectory' "$TMP/u16/driver/acme.c"
expect_exit "utf-16: apply --utf16-only" 0 "$DRISO" apply --utf16-only --root "$TMP/u16" "$TMP/u16.json"
check "utf-16: the INF half of the C fix is applied" \
	bash -c "iconv -f UTF-16LE -t UTF-8 '$TMP/u16/driver/acme.inf' | grep -q '^acme_fw.bin'"
check "utf-16: the INF keeps its BOM" test "$(head -c2 "$TMP/u16/driver/acme.inf" | od -An -tx1 | tr -d ' ')" = fffe
"$DRISO" scan "$TMP/u16" --no-cache --format json -o "$TMP/u16b.json" 2>/dev/null
check "utf-16: rescan has nothing fixable" \
	test "$(jq '[.findings[] | select(.fix != null and (.fix.files | length) > 0)] | length' "$TMP/u16b.json")" = 0
done_testing
