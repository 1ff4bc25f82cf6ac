#!/bin/bash
# docs/report-schema.json describes what driso writes: the committed golden
# reports, a fresh scan of examples/legacy-wdm and a converted report all
# validate against it (python3-jsonschema; SKIP when it is not installed),
# and a report the loader rejects is rejected by the schema too.
set -u
: "${DRISO:?}" "${DRISO_SOURCE_DIR:?}" "${DRISO_FIXTURES:?}" "${DRISO_TMP:?}"
T=$DRISO_TMP/report_schema
rm -rf "$T" && mkdir -p "$T"
if ! python3 -c 'import jsonschema' 2>/dev/null; then
	echo "SKIP python3-jsonschema not installed (apt-get install python3-jsonschema)"
	exit 0
fi
G=$DRISO_FIXTURES/reports/golden
inputs=("$G/sample.json" "$G/shard-a.json" "$G/shard-b.json" "$DRISO_FIXTURES/reports/sarif-inputs/edge-cases.json")
"$DRISO" report merge "$G/shard-a.json" "$G/shard-b.json" -o "$T/merged.json"
inputs+=("$T/merged.json")
if (cd "$DRISO_SOURCE_DIR" && "$DRISO" scan -q --format json -o "$T/example.json" examples/legacy-wdm) 2> "$T/scan.err" ||
	[ -s "$T/example.json" ]; then
	inputs+=("$T/example.json")
else
	echo "note: scan of examples/legacy-wdm failed ($(tail -1 "$T/scan.err")); validating the fixtures only"
fi
sed '0,/"severity": "error"/s//"severity": "fatal"/' "$G/sample.json" > "$T/bad.json"

python3 - "$DRISO_SOURCE_DIR/docs/report-schema.json" "$T/bad.json" "${inputs[@]}" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
fail = 0
bad = list(v.iter_errors(json.load(open(sys.argv[2]))))
if bad:
    print("ok   a rejected report fails the schema too (%s)" % bad[0].message)
else:
    print("FAIL the schema accepts severity \"fatal\""); fail = 1
for path in sys.argv[3:]:
    errs = list(v.iter_errors(json.load(open(path))))
    if errs:
        fail = 1
        print("FAIL %s:" % path)
        for e in errs[:5]:
            print("  %s: %s" % ("/".join(map(str, e.absolute_path)), e.message))
    else:
        print("ok   %s" % path)
sys.exit(fail)
PY
