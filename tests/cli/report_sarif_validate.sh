#!/bin/bash
# Validate driso's SARIF with Microsoft's SARIF Multitool and the GitHub
# code-scanning rules:  validate --rule-kind "Gh;Sarif".
#
# The Multitool comes from npm (@microsoft/sarif-multitool, a self-contained
# .NET binary in @microsoft/sarif-multitool-linux). This test installs it into
# $DRISO_TMP/sarif-tool when npm is available and the registry reachable, or
# uses $SARIF_MULTITOOL (path to the Sarif.Multitool binary) when set. Without
# either it prints SKIP and passes, unless DRISO_REQUIRE_SARIF_VALIDATOR=1
# (CI sets it) makes a missing validator a failure.
#
# The Multitool exits 0 even when it finds problems, so the test counts the
# results of its output log: any error or warning fails the test. A broken
# SARIF file is validated too, to prove the counting sees problems.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:?}"
F=$DRISO_FIXTURES/reports
T=$DRISO_TMP/report_sarif_validate
rm -rf "$T" && mkdir -p "$T"

skip() {
	if [ "${DRISO_REQUIRE_SARIF_VALIDATOR:-0}" = 1 ]; then
		echo "FAIL $1 (DRISO_REQUIRE_SARIF_VALIDATOR=1)"
		exit 1
	fi
	echo "SKIP $1"
	exit 0
}

tool=${SARIF_MULTITOOL:-}
if [ -z "$tool" ]; then
	dir=$DRISO_TMP/sarif-tool
	tool=$(find "$dir/node_modules/@microsoft" -name Sarif.Multitool -type f 2>/dev/null | grep linux | head -1)
	if [ -z "$tool" ]; then
		command -v npm >/dev/null || skip "npm not installed: cannot install @microsoft/sarif-multitool"
		mkdir -p "$dir"
		timeout 600 npm install --prefix "$dir" --no-audit --no-fund @microsoft/sarif-multitool > "$T/npm.log" 2>&1 ||
			skip "npm install @microsoft/sarif-multitool failed (offline?): $(tail -1 "$T/npm.log")"
		tool=$(find "$dir/node_modules/@microsoft" -name Sarif.Multitool -type f 2>/dev/null | grep linux | head -1)
	fi
fi
[ -n "$tool" ] && [ -f "$tool" ] || skip "Sarif.Multitool binary not found"
chmod +x "$tool"    # npm may not run the package's postinstall chmod
command -v node >/dev/null || command -v python3 >/dev/null || skip "need node or python3 to read the validation log"

# count error/warning results of a Multitool output log (level defaults to warning)
count_problems() {
	if command -v node >/dev/null; then
		node -e '
			const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
			let n = 0;
			for (const run of log.runs || []) for (const r of run.results || []) {
				const level = r.level || "warning";
				if (level === "error" || level === "warning") {
					n++;
					console.error("  " + level + " " + r.ruleId + " " + JSON.stringify((r.message || {}).arguments || (r.message || {}).text));
				}
			}
			console.log(n);' "$1"
	else
		python3 -c '
import json, sys
n = 0
for run in json.load(open(sys.argv[1])).get("runs", []):
    for r in run.get("results", []):
        if r.get("level", "warning") in ("error", "warning"):
            n += 1
            print("  %s %s %s" % (r.get("level", "warning"), r.get("ruleId"), r.get("message", {}).get("arguments")), file=sys.stderr)
print(n)' "$1"
	fi
}

fail=0
validate() { # name, sarif file, expected problems ("0" or "some")
	local log=$T/$1.validation.sarif
	if ! "$tool" validate --rule-kind "Gh;Sarif" -o "$log" "$2" > "$T/$1.validate.out" 2>&1 || [ ! -s "$log" ]; then
		echo "FAIL $1: the Multitool did not run: $(tail -3 "$T/$1.validate.out")"
		fail=1
		return
	fi
	local n
	n=$(count_problems "$log")
	if [ "$3" = 0 ] && [ "$n" = 0 ]; then
		echo "ok   $1: no errors or warnings"
	elif [ "$3" = some ] && [ "$n" -gt 0 ]; then
		echo "ok   $1: the validator reports $n problem(s) in a broken file, as it must"
	else
		echo "FAIL $1: $n error/warning result(s) (expected $3)"
		fail=1
	fi
}

# the sample with sources (snippets, computed fix regions) and without them
"$DRISO" report convert "$F/golden/sample.json" --format sarif --root "$F/src" -o "$T/sample.sarif"
validate sample "$T/sample.sarif" 0
"$DRISO" report convert "$F/golden/sample.json" --format sarif --root /nonexistent -o "$T/nosrc.sarif"
validate sample-without-sources "$T/nosrc.sarif" 0
# an empty run
"$DRISO" report convert "$F/golden/sample.json" --baseline "$F/golden/sample.json" --format sarif -o "$T/empty.sarif"
validate empty "$T/empty.sarif" 0
# any other committed JSON reports (e.g. from other areas' fixtures)
for j in "$F"/sarif-inputs/*.json; do
	[ -e "$j" ] || continue
	b=$(basename "$j" .json)
	"$DRISO" report convert "$j" --format sarif -o "$T/$b.sarif"
	validate "$b" "$T/$b.sarif" 0
done
# negative control: an absolute URI with a uriBaseId and an empty artifactChanges
sed -e '0,/"uri": "pkg\/sample.inf"/s##"uri": "file:///abs/sample.inf"#' \
    -e '0,/"startLine": 11,/s###' "$T/sample.sarif" > "$T/broken.sarif"
validate broken "$T/broken.sarif" some
exit $fail
