# Shared helpers for tests/cli/*.sh (sourced, not a test itself).
set -u
: "${DRISO:?DRISO must point at the driso binary}"
: "${DRISO_SOURCE_DIR:?}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/driso-cli.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1"; shift; [ $# -gt 0 ] && printf '     %s\n' "$@"; }

# expect_exit NAME CODE CMD... : run CMD, compare its exit code
expect_exit() {
	local name=$1 want=$2
	shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"
	local got=$?
	if [ "$got" -eq "$want" ]; then pass "$name"; else fail "$name" "exit $got, expected $want" "$(head -c 2000 "$TMP/err")"; fi
}

# check NAME CONDITION-CMD... : pass when the command succeeds
check() {
	local name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name" "failed: $*"; fi
}

done_testing() {
	echo "$PASSED passed, $FAILED failed"
	[ "$FAILED" -eq 0 ]
}
