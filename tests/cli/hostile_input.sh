#!/usr/bin/env bash
# Hostile input matrix: each case gets `file:line: error: ...`, exit 2 where
# fatal, the rest of the batch is still scanned, and nothing is written.
. "$(dirname "$0")/lib/common.bash"
EX="$DRISO_SOURCE_DIR/examples/legacy-wdm"
B="$TMP/batch"
mkdir -p "$B"
cp "$EX/acmeio.inf" "$B/good.inf"          # a real finding must survive every bad neighbour
cp "$EX/config.c" "$EX/acmeio.h" "$B/"

printf '\xff\xfe[\x00V\x00e\x00' >"$B/odd-utf16.inf"                 # odd length UTF-16
head -c 1001 "$EX/acmeio.inf" >"$B/truncated-utf16.inf"               # cut mid code unit
printf '[Version]\r\nSignature="$Windows NT$\r\n[Str' >"$B/unterminated.inf"  # quote + section
printf '[Version]\nSig\x00nature=x\n' >"$B/nul.inf"                   # NUL in an 8-bit file
head -c 4096 /dev/urandom >"$B/binary.inf"                            # binary junk named .inf
python3 - "$B/longline.inf" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("[Version]\nSignature=\"$Windows NT$\"\n[Strings]\nX=\"" + "A" * 10_000_000 + "\"\n")
PY
printf 'int f(void) { return ; } }}} @@@ #error nope\n' >"$B/garbage.c"     # libclang can't parse
printf '#include "does_not_exist.h"\nint g(void) { return UNKNOWN; }\n' >"$B/missing.c"
printf '#include "cyc_a.h"\nint h;\n' >"$B/cycle.c"
printf '#include "cyc_b.h"\n' >"$B/cyc_a.h"
printf '#include "cyc_a.h"\n' >"$B/cyc_b.h"
cat >"$B/bomb.c" <<'C'
#define A(x) x x x x x x x x
#define B(x) A(A(x))
#define C(x) B(B(x))
#define D(x) C(C(x))
void bomb(void) { D(D(;)) }
C
printf 'unterminated = "abc\n' >"$B/unterminated.c"
( cd "$B" && find . -type f | sort | xargs sha256sum ) >"$TMP/before.sha"

start=$(date +%s)
# --no-prefilter: every TU must reach libclang here (the prefilter would
# leave bomb.c unparsed: it calls nothing a rule looks at)
"$DRISO" scan -q --no-cache --no-prefilter --tu-timeout 5 --format json -o "$TMP/r.json" "$B" 2>"$TMP/err"
rc=$?
elapsed=$(( $(date +%s) - start ))
check "exit 2 when some files could not be read" test "$rc" -eq 2
check "a pathological TU cannot hang the batch (${elapsed}s)" test "$elapsed" -lt 120
for f in odd-utf16.inf truncated-utf16.inf binary.inf bomb.c; do
	check "error line for $f" grep -Eq "^$f:[0-9]+: error: " "$TMP/err"
done
check "tu-timeout is reported, not skipped silently" grep -q 'tu-timeout' "$TMP/err"
check "report is still valid JSON with the good findings" python3 -c "
import json
d=json.load(open('$TMP/r.json'))
files={f['file'] for f in d['findings']}
assert 'good.inf' in files and 'config.c' in files, files
errs={e['file'] for e in d['errors']}
assert {'odd-utf16.inf','binary.inf','bomb.c'} <= errs, errs
for e in d['errors']:
    assert e['line'] >= 1 and e['message'], e
"
( cd "$B" && find . -type f -not -path './.driso-cache/*' | sort | xargs sha256sum ) >"$TMP/after.sha"
check "scan wrote nothing into the tree" cmp -s "$TMP/before.sha" "$TMP/after.sha"

# fix on the same batch: refuses nothing good, writes nothing bad
cp -r "$B" "$TMP/fixme"
"$DRISO" fix -q --no-cache --tu-timeout 5 --dry-run "$TMP/fixme" >/dev/null 2>"$TMP/fix.err"
check "fix --dry-run on a bad batch exits 2" test $? -eq 2
check "fix --dry-run wrote nothing" diff -r -x .driso-cache "$B" "$TMP/fixme"

# bad compile_commands.json: named with its line, the batch goes on
mkdir -p "$TMP/cdb"
cp "$EX/config.c" "$EX/acmeio.h" "$TMP/cdb/"
printf '[{"directory": 5, "file": ["x"]},\n {"file": "config.c"' >"$TMP/cdb/compile_commands.json"
"$DRISO" scan -q --no-cache -p "$TMP/cdb/compile_commands.json" "$TMP/cdb" >/dev/null 2>"$TMP/cdb.err"
check "bad compile_commands.json: exit 2" test $? -eq 2
check "bad compile_commands.json: file:line: error" grep -Eq '^compile_commands.json:[0-9]+: error: ' "$TMP/cdb.err"

# a .vcxproj in an encoding it does not have: libxml2 must not print its own
# messages; the only diagnostic is driso's file:line: error line
mkdir -p "$TMP/enc"
printf '<?xml version="1.0" encoding="EUC-JP"?>\n<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003"><ItemGroup><ClCompile Include="a\xff\xfe.c"/></ItemGroup></Project>' >"$TMP/enc/p.vcxproj"
echo 'int x;' >"$TMP/enc/a.c"
"$DRISO" scan -q --no-cache "$TMP/enc" >/dev/null 2>"$TMP/enc.err"
check "bad-encoding vcxproj: exit 2" test $? -eq 2
check "bad-encoding vcxproj: file:line: error" grep -Eq '^p.vcxproj:[0-9]+: error: ' "$TMP/enc.err"
check "bad-encoding vcxproj: no libxml2 noise on stderr" bash -c "! grep -Eq 'encoding error|I/O error' '$TMP/enc.err'"

# hand-edited reports fed to apply: clear error naming the field, nothing written
"$DRISO" scan -q --no-cache --format json -o "$TMP/good.json" "$EX"
cp -r "$EX" "$TMP/applyroot"
mutate() { python3 - "$TMP/good.json" "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
kind = sys.argv[2]
fx = next(f for f in d["findings"] if f.get("fix"))
if kind == "type":      fx["line"] = "seven"
elif kind == "negative": fx["fix"]["files"][0]["edits"][0]["start"] = -4
elif kind == "range":    fx["fix"]["files"][0]["edits"][0]["end"] = 10**9
elif kind == "dotdot":   fx["fix"]["files"][0]["file"] = "../../etc/passwd"
elif kind == "absolute": fx["fix"]["files"][0]["file"] = "/etc/passwd"
json.dump(d, open(sys.argv[3], "w"))
PY
}
for kind in type negative range dotdot absolute; do
	mutate "$kind" "$TMP/bad-$kind.json"
	"$DRISO" apply --root "$TMP/applyroot" "$TMP/bad-$kind.json" >/dev/null 2>"$TMP/apply-$kind.err"
	rc=$?
	check "apply: $kind report refused (exit 2)" test "$rc" -eq 2
	check "apply: $kind names the problem" grep -Eq ': error: ' "$TMP/apply-$kind.err"
done
check "apply: nothing written by refused reports" diff -r -x .driso-cache "$EX" "$TMP/applyroot"
head -c 300 "$TMP/good.json" >"$TMP/truncated.json"
"$DRISO" report convert "$TMP/truncated.json" --format sarif >/dev/null 2>"$TMP/trunc.err"
check "report convert: truncated report exits 2" test $? -eq 2
check "report convert: truncated report names the file" grep -q 'truncated.json' "$TMP/trunc.err"
# Writing a report to a device or FIFO must not replace the node with a
# regular file (a FIFO here, so a regression cannot damage /dev/null).
mkfifo "$TMP/fifo"
cat "$TMP/fifo" >/dev/null &
"$DRISO" report convert "$TMP/good.json" --format sarif -o "$TMP/fifo"
wait
check "report convert -o FIFO keeps the FIFO" test -p "$TMP/fifo"
cat "$TMP/fifo" >/dev/null &
"$DRISO" scan -q --no-cache --format json -o "$TMP/fifo" "$EX"
wait
check "scan -o FIFO keeps the FIFO" test -p "$TMP/fifo"
done_testing
