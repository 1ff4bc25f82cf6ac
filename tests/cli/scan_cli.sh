#!/usr/bin/env bash
# driso scan / fix / packages on the bundled legacy example and on bad input:
# exit codes, --help, report shape, the fix round trip (rescan clean of
# fixable findings, idempotent, untouched bytes identical).
. "$(dirname "$0")/lib/common.bash"
EX="$DRISO_SOURCE_DIR/examples/legacy-wdm"

for cmd in scan fix apply inf report explain packages doctor version; do
	expect_exit "help: $cmd" 0 "$DRISO" "$cmd" --help
done
expect_exit "no command is a usage error" 2 "$DRISO"
expect_exit "unknown command" 2 "$DRISO" frobnicate
expect_exit "unknown option" 2 "$DRISO" scan --frobnicate "$EX"
expect_exit "bad --format" 2 "$DRISO" scan --format yaml "$EX"
expect_exit "missing path" 2 "$DRISO" scan "$TMP/does-not-exist"
expect_exit "fix needs an action" 2 "$DRISO" fix "$EX"

# The example has violations: exit 1, JSON with every rule family the answer key names.
expect_exit "scan example finds violations" 1 "$DRISO" scan -q --format json -o "$TMP/r.json" "$EX"
check "report is JSON with schema 1" python3 -c "
import json,sys
d=json.load(open('$TMP/r.json'))
assert d['tool']=='driso' and d['schema']==1, d.keys()
rules={f['rule'] for f in d['findings']}
need={'inf-destination-dirid','registry-absolute','file-write-global','device-name','params-write'}
missing=need-rules
assert not missing, missing
for f in d['findings']:
    assert f['file'] and f['line']>=1 and f['column']>=1 and f['message'] and f['evidence'] is not None, f
    assert f.get('package')=='acmeio', f
"
check "text output is linter style" bash -c "NO_COLOR=1 '$DRISO' scan -q '$EX' | grep -Eq '^acmeio.inf:[0-9]+:[0-9]+: (error|warning|note): .* \[inf-[a-z-]+\]$'"
check "NO_COLOR: no escape codes" bash -c "! NO_COLOR=1 '$DRISO' scan -q '$EX' | grep -q $'\033'"

# Deterministic: two runs, -j1 vs -j2, identical JSON.
"$DRISO" scan -q -j1 --format json -o "$TMP/j1.json" "$EX"
"$DRISO" scan -q -j2 --format json -o "$TMP/j2.json" "$EX"
check "report identical for -j1 and -j2" cmp -s "$TMP/j1.json" "$TMP/j2.json"

# packages
check "packages pairs INF, service, binary, project, sources" bash -c "
'$DRISO' packages --format json '$EX' | python3 -c \"
import json,sys
p=json.load(sys.stdin)['packages']
assert len(p)==1, p
p=p[0]
assert p['inf']=='acmeio.inf' and p['services']==['acmeio'] and p['binaries']==['acmeio.sys'], p
assert p['projects']==['acmeio.vcxproj'] and len(p['sources'])==3 and p['model']=='WDM', p
assert p['target_build']==7600 and p['target_source']=='project', p
\""

# Fix round trip on a copy.
cp -r "$EX" "$TMP/ex"
expect_exit "fix --dry-run writes nothing" 0 "$DRISO" fix -q --dry-run "$TMP/ex"
check "dry run left files unchanged" diff -r -x .driso-cache "$EX" "$TMP/ex"
expect_exit "fix --apply" 0 "$DRISO" fix -q --apply "$TMP/ex"
check "INF still UTF-16LE with BOM" bash -c "head -c 2 '$TMP/ex/acmeio.inf' | od -An -tx1 | grep -q 'ff fe'"
"$DRISO" scan -q --format json -o "$TMP/after.json" "$TMP/ex"
check "rescan: no fixable finding left" python3 -c "
import json
d=json.load(open('$TMP/after.json'))
fx=[f for f in d['findings'] if f.get('fix')]
assert not fx, [(f['rule'],f['line']) for f in fx]
"
cp -r "$TMP/ex" "$TMP/ex2"
expect_exit "fix twice" 0 "$DRISO" fix -q --apply "$TMP/ex2"
check "fixing twice changes nothing" diff -r -x .driso-cache "$TMP/ex" "$TMP/ex2"

# Bad input in a batch: reported, the rest still scanned, exit 2.
mkdir -p "$TMP/bad"
cp "$EX/acmeio.inf" "$TMP/bad/good.inf"
printf '\xff\xfe[\x00V\x00' > "$TMP/bad/odd.inf"
head -c 3000 /dev/urandom > "$TMP/bad/junk.inf"
"$DRISO" scan -q --format json -o "$TMP/bad.json" "$TMP/bad" 2>"$TMP/bad.err"
rc=$?
check "bad input: exit 2" test "$rc" -eq 2
check "bad input: file:line: error on stderr" grep -Eq '^odd.inf:[0-9]+: error: ' "$TMP/bad.err"
check "bad input: other files still scanned" python3 -c "
import json
d=json.load(open('$TMP/bad.json'))
assert any(f['file']=='good.inf' for f in d['findings'])
assert {e['file'] for e in d['errors']} >= {'odd.inf'}, d['errors']
"
done_testing
