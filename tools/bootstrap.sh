#!/usr/bin/env bash
# The README's first command: install dependencies, build driso, and run the
# main job: scan the bundled legacy driver package and write its report and
# patch into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
mkdir -p out
set +e
./build/driso scan examples/legacy-wdm --format json -o out/legacy-wdm.report.json
./build/driso scan examples/legacy-wdm --format text
./build/driso fix examples/legacy-wdm --diff out/legacy-wdm.patch
set -e
echo
echo "report: out/legacy-wdm.report.json   patch: out/legacy-wdm.patch"
