#!/usr/bin/env bash
# shims_parse: every fixture in tests/fixtures/parse must parse with ZERO
# errors under clang-19 -fsyntax-only with driso's canonical flags
# (docs/shims.md) and the shim headers of this source tree.
#
# The first line of each fixture names its environment:
#   // driso-parse-env: wdm | kmdf | umdf | user
# .cpp fixtures are parsed as C++17. A fixture without the marker fails
# the test (an unparsed fixture would prove nothing).
set -u

SRC=${DRISO_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
FIX=${DRISO_FIXTURES:-$SRC/tests/fixtures}/parse
SHIMS=$SRC/analyzer/shims
CLANG=${CLANG:-clang-19}
MINGW=/usr/x86_64-w64-mingw32/include
CLANG_INC=$("$CLANG" -print-resource-dir 2>/dev/null)/include

if ! command -v "$CLANG" >/dev/null 2>&1; then
	echo "shims_parse: $CLANG not found" >&2
	exit 1
fi

# the MSVC dialect driso parses with (analyzer/compile_env.c add_ms_compatibility)
common=(--target=x86_64-w64-mingw32 -fms-extensions -fms-compatibility -fms-compatibility-version=19.29
	-D__GNUC__=4 -D__GNUC_MINOR__=2 -D__GNUC_PATCHLEVEL__=1
	-D__GCC_ATOMIC_BOOL_LOCK_FREE=2 -D__GCC_ATOMIC_CHAR_LOCK_FREE=2 -D__GCC_ATOMIC_CHAR16_T_LOCK_FREE=2
	-D__GCC_ATOMIC_CHAR32_T_LOCK_FREE=2 -D__GCC_ATOMIC_WCHAR_T_LOCK_FREE=2 -D__GCC_ATOMIC_SHORT_LOCK_FREE=2
	-D__GCC_ATOMIC_INT_LOCK_FREE=2 -D__GCC_ATOMIC_LONG_LOCK_FREE=2 -D__GCC_ATOMIC_LLONG_LOCK_FREE=2
	-D__GCC_ATOMIC_POINTER_LOCK_FREE=2 -D__GCC_ATOMIC_TEST_AND_SET_TRUEVAL=1 -nostdinc -isystem "$SHIMS"
	-isystem "$CLANG_INC")
defs=(-D_AMD64_ -DAMD64 -D_WIN64 -DNTDDI_VERSION=0x0A000005 -D_WIN32_WINNT=0x0A00 -DWINVER=0x0A00)
kernel=(-isystem "$MINGW/ddk" -isystem "$MINGW" -D_KERNEL_MODE=1)
user=(-isystem "$MINGW")

# The error counting itself must work: a snippet calling an undeclared
# WDF function has to be reported as an error, or the loop below proves
# nothing.
probe=$(printf '#include <ntddk.h>\n#include <wdf.h>\nvoid f(void) { WdfDrisoNoSuchFunction(); }\n' |
	"$CLANG" -x c -fsyntax-only "${common[@]}" "${kernel[@]}" "${defs[@]}" -DKMDF_VERSION_MAJOR=1 - 2>&1 |
	grep -c ': \(fatal \)\?error:')
if [ "$probe" -eq 0 ]; then
	echo "FAIL: an undeclared function was not reported; error detection is broken"
	exit 1
fi

fail=0
count=0
for f in "$FIX"/*.c "$FIX"/*.cpp; do
	[ -e "$f" ] || continue
	count=$((count + 1))
	env=$(head -n 1 "$f" | sed -n 's|^// driso-parse-env: *\([a-z]*\).*|\1|p')
	case "$env" in
	wdm) flags=("${common[@]}" "${kernel[@]}" "${defs[@]}") ;;
	kmdf) flags=("${common[@]}" "${kernel[@]}" "${defs[@]}" -DKMDF_VERSION_MAJOR=1 -DKMDF_VERSION_MINOR=15) ;;
	umdf) flags=("${common[@]}" "${user[@]}" "${defs[@]}" -DUMDF_VERSION_MAJOR=2 -DUMDF_VERSION_MINOR=15) ;;
	user) flags=("${common[@]}" "${user[@]}" "${defs[@]}" -DUNICODE -D_UNICODE) ;;
	*)
		echo "FAIL $(basename "$f"): no '// driso-parse-env:' marker on line 1"
		fail=1
		continue
		;;
	esac
	lang=(-D__GNUC_STDC_INLINE__=1)
	case "$f" in *.cpp) lang=(-x c++ -std=c++17 -D__GNUC_GNU_INLINE__=1 -D__GNUG__=4 -D__GXX_ABI_VERSION=1002
		-D__GXX_RTTI=1 -D__GXX_WEAK__=1 -D__EXCEPTIONS=1 -D__STRICT_ANSI__=1) ;; esac
	out=$("$CLANG" "${lang[@]}" -fsyntax-only -ferror-limit=0 "${flags[@]}" "$f" 2>&1)
	errors=$(printf '%s\n' "$out" | grep -c ': \(fatal \)\?error:')
	if [ "$errors" -ne 0 ]; then
		echo "FAIL $(basename "$f") [$env]: $errors error(s)"
		printf '%s\n' "$out" | grep ': \(fatal \)\?error:' | head -n 20
		fail=1
	else
		echo "ok   $(basename "$f") [$env]"
	fi
done

if [ "$count" -lt 6 ]; then
	echo "FAIL: expected at least 6 parse fixtures in $FIX, found $count"
	fail=1
fi

# The shims must stay declarations only: no shim may define a non-inline
# function body outside the small *_INIT helpers and context casts.
if grep -nE '^[A-Za-z_][A-Za-z_0-9 \*]*\([^;]*\)[[:space:]]*\{' "$SHIMS"/*.h | grep -v 'DRISO_WDF_INLINE\|static __inline\|DRISO_INLINE\|DECLARE_INTERFACE\|driso_minmax.h:' >/dev/null; then
	echo "FAIL: a shim defines a function body:"
	grep -nE '^[A-Za-z_][A-Za-z_0-9 \*]*\([^;]*\)[[:space:]]*\{' "$SHIMS"/*.h | grep -v 'DRISO_WDF_INLINE\|static __inline\|DRISO_INLINE\|DECLARE_INTERFACE\|driso_minmax.h:' | head
	fail=1
fi

if ! grep -q '#define DRISO_SHIMS_VERSION [0-9]' "$SHIMS/driso_shims.h"; then
	echo "FAIL: DRISO_SHIMS_VERSION missing from driso_shims.h"
	fail=1
fi

exit $fail
