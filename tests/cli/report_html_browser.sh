#!/bin/bash
# The HTML report in a real browser (headless Chromium): the page renders
# offline, the filter script runs, the counts and finding rows are in the DOM,
# and a filter given in the URL hash shows only that rule / severity / package.
# SKIP (pass) when no chromium is installed, unless DRISO_REQUIRE_BROWSER=1.
set -u
: "${DRISO:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:?}"
F=$DRISO_FIXTURES/reports
T=$DRISO_TMP/report_html_browser
rm -rf "$T" && mkdir -p "$T"

browser=${CHROMIUM:-}
for b in chromium chromium-browser google-chrome; do
	[ -n "$browser" ] && break
	command -v "$b" >/dev/null && browser=$b
done
if [ -z "$browser" ]; then
	[ "${DRISO_REQUIRE_BROWSER:-0}" = 1 ] && { echo "FAIL no chromium (DRISO_REQUIRE_BROWSER=1)"; exit 1; }
	echo "SKIP chromium not installed (apt-get install chromium)"
	exit 0
fi

fail=0
check() {
	local what=$1; shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

# DOM after the page's scripts ran; no network: the report must be self-contained
dom() { # url, out
	local profile
	profile=$(mktemp -d "$T/profile.XXXXXX")
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --virtual-time-budget=3000 --dump-dom "$1" > "$2" 2> "$2.err"
}
shown() { grep -o '<span id="shown">[^<]*' "$1" | sed 's/.*>//'; }
visible_rules() { # rule of each article without the hidden attribute
	grep -o '<article [^>]*>' "$1" | grep -v 'hidden=' | sed 's/.*data-rule="\([^"]*\)".*/\1/' | tr '\n' ' '
}

"$DRISO" report convert "$F/golden/sample.json" --format html --root "$F/src" -o "$T/report.html"
url="file://$T/report.html"

dom "$url" "$T/all.html"
check "page rendered" grep -q '<h1>Driver Package Isolation report</h1>' "$T/all.html"
check "script ran: counter filled by the filter script" grep -q 'data-shown="4"' "$T/all.html"
check "4 of 5 shown (suppressed hidden)" test "$(shown "$T/all.html")" = "4 of 5 findings shown"
check "finding rows" test "$(visible_rules "$T/all.html")" = "inf-destination-dirid registry-absolute sample-unicode-note registry-absolute "
check "summary counts" grep -q '<b id="n-error">1</b>' "$T/all.html"
check "patch rendered" grep -q '<span class="add">+DefaultDestDir = 13</span>' "$T/all.html"

dom "$url#rule=registry-absolute" "$T/rule.html"
check "hash filter by rule" test "$(visible_rules "$T/rule.html")" = "registry-absolute registry-absolute "
check "hash filter count" test "$(shown "$T/rule.html")" = "2 of 5 findings shown"
check "the filter controls follow the hash" grep -q 'data-filter="rule=registry-absolute"' "$T/rule.html"

dom "$url#severity=error" "$T/sev.html"
check "hash filter by severity" test "$(visible_rules "$T/sev.html")" = "inf-destination-dirid "

dom "$url#package=setup&severity=warning" "$T/pkg.html"
check "hash filter by package and severity" test "$(visible_rules "$T/pkg.html")" = "registry-absolute "

dom "$url#suppressed=1" "$T/sup.html"
check "suppressed on request" test "$(shown "$T/sup.html")" = "5 of 5 findings shown"

dom "$url#q=WdfDriverOpen" "$T/q.html"
check "text search" test "$(visible_rules "$T/q.html")" = "registry-absolute "

# a screenshot must render (the README's docs/html-report.png is made this way)
profile=$(mktemp -d "$T/profile.XXXXXX")
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
	--window-size=1280,1000 --screenshot="$T/shot.png" "$url" > /dev/null 2>&1
check "screenshot" test -s "$T/shot.png"
exit $fail
