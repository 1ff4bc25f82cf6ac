#!/bin/bash
# driso explain: --help, --list, a registered rule in full, unknown rules.
# The rule tables belong to the rule families; this test uses whatever is
# registered (the formatting itself is pinned by tests/unit/test_report_explain.c).
set -u
: "${DRISO:?}" "${DRISO_TMP:?}"
T=$DRISO_TMP/report_explain
rm -rf "$T" && mkdir -p "$T"
fail=0
check() {
	local what=$1; shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

"$DRISO" explain --help > "$T/help.txt"; rc=$?
check "help exits 0" test $rc = 0
check "help text" grep -q "usage: driso explain RULE" "$T/help.txt"
"$DRISO" explain --list > "$T/list.txt" 2> "$T/list.err"; rc=$?
check "list exits 0" test $rc = 0
"$DRISO" explain no-such-rule-xyz > "$T/unknown.out" 2> "$T/unknown.err"; rc=$?
check "unknown rule exits 2" test $rc = 2
check "unknown rule message" grep -q "unknown rule 'no-such-rule-xyz'" "$T/unknown.err"
check "no arguments is a usage error" bash -c "'$DRISO' explain 2>/dev/null; test \$? = 2"

if [ -s "$T/list.txt" ]; then
	n=0
	while read -r id family sev code rest; do
		"$DRISO" explain "$id" > "$T/rule.txt"; rc=$?
		[ $rc = 0 ] || { echo "  explain $id exited $rc"; fail=1; }
		head -1 "$T/rule.txt" | grep -q "^$id ($family rule, default severity $sev" ||
			{ echo "  explain $id: bad header: $(head -1 "$T/rule.txt")"; fail=1; }
		grep -q "^Minimum OS of the replacement: " "$T/rule.txt" || { echo "  explain $id: no minimum OS"; fail=1; }
		grep -q "^InfVerif code: " "$T/rule.txt" || { echo "  explain $id: no InfVerif line"; fail=1; }
		n=$((n + 1))
	done < "$T/list.txt"
	echo "ok   explained all $n registered rules"
	first=$(head -1 "$T/list.txt" | cut -d' ' -f1)
	"$DRISO" explain "${first:0:5}" 2> "$T/suggest.err" >/dev/null
	check "suggests close rule ids" grep -q "did you mean: .*$first" "$T/suggest.err"
else
	check "empty list says why" grep -q "no rules are registered" "$T/list.err"
fi
exit $fail
