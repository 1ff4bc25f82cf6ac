#!/bin/bash
# bench/run.sh: how fast driso scans a driver tree, against the compiler and
# other tools over the same TUs, measured in ONE run and reported as ratios.
# A benchmark, never a test: the numbers depend on the machine and its load.
#
# usage: bench/run.sh [-n N_TUS] [-j JOBS] [-b BUILD_DIR] [-o REPORT.md] [-k] [TREE]
# (-k keeps the temporary directory: reports, timings, generated tree)
#
# Without TREE, bench/gen_tree.py generates a synthetic tree of N_TUS TUs
# (default 2000) in a temporary directory. With TREE (e.g. a public driver
# tree) that tree is scanned read-only: the result cache goes to a temporary
# --cache-dir, nothing is written into TREE.
#
# Measured (wall seconds and user+sys CPU seconds, /usr/bin/time):
#   driso cold        driso scan --no-cache -jJOBS (the default pipeline)
#   driso cold, all   the same with --no-prefilter (every TU parsed)
#   driso -j1         cold with one parse thread
#   driso fill/warm   a run that fills a fresh cache, then a run served by it
#   clang             clang-19 -fsyntax-only over every TU, JOBS at a time, with
#                     the flags `driso scan --show-env` prints for it (minus the
#                     -ivfsoverlay pair: that file lives only while driso runs)
#   clang-tidy        clang-tidy-19 (else clang-tidy) with one call-matching check
#                     (bugprone-suspicious-string-compare) over the same TUs
#   rg                ripgrep over the tree for the sink API names: the floor
#   INF engine        build/bench/bench_inf --size 50: decode+parse MB/s
#   peak RSS          of the driso cold run (/usr/bin/time %M)
# The machine (nproc, CPU model, memory, load average before and after) is
# printed with the table: on a shared, loaded machine wall time is noise and
# CPU seconds are the fairer comparison.
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
n=2000 jobs=2 build=${DRISO_BUILD:-$src/build} report= tree= keep=
while getopts "n:j:b:o:kh" opt; do
	case $opt in
	n) n=$OPTARG ;;
	j) jobs=$OPTARG ;;
	b) build=$OPTARG ;;
	o) report=$OPTARG ;;
	k) keep=1 ;;
	*) sed -n '2,30p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] && tree=$(cd "$1" && pwd)
driso=${DRISO:-$build/driso}
bench_inf=$build/bench/bench_inf
[ -x "$driso" ] || { echo "no driso binary at $driso (build it, or pass -b BUILD_DIR / DRISO=...)" >&2; exit 2; }
clang=$(command -v clang-19 || command -v clang)
tidy=$(command -v clang-tidy-19 || command -v clang-tidy || true)
rg=$(command -v rg || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/driso-bench.XXXXXX")
if [ -n "$keep" ]; then echo "bench: keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
if [ -z "$tree" ]; then
	python3 "$here/gen_tree.py" "$work/tree" "$n" >&2 || exit 2
	tree=$work/tree
	label="synthetic tree, $n TUs (bench/gen_tree.py)"
else
	label="$tree"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# t NAME CMD...: run CMD under /usr/bin/time; "wall user sys maxrss_kb" into $work/NAME.time
t() {
	local name=$1
	shift
	echo "bench: $name ..." >&2
	/usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
	# the last line: time puts "Command exited with non-zero status N" first
	tail -1 "$work/$name.time" >"$work/$name.t"
}
wall() { cut -d' ' -f1 "$work/$1.t"; }
cpu() { awk '{ printf "%.2f", $2 + $3 }' "$work/$1.t"; }
rss() { awk '{ printf "%.0f", $4 / 1024 }' "$work/$1.t"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# ---- flags per TU, from driso itself -------------------------------------
# --show-env with a path that names no TU prints every TU's command line.
"$driso" scan --show-env "$work/none.c" "$tree" >"$work/env.txt" 2>/dev/null
python3 - "$work" <<'EOF'
import json, os, shlex, sys
work = sys.argv[1]
tus, cur = [], None
for line in open(os.path.join(work, "env.txt"), encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    if line.startswith("# file: "):
        cur = {"file": line[8:], "args": [], "dir": None}
        tus.append(cur)
    elif line.startswith("# directory: ") and cur:
        cur["dir"] = line[13:]
    elif line.startswith("#") or not line or cur is None:
        continue
    else:
        arg = line.split("  # ", 1)[0]
        # a flag and its separate value share one line (compile_env takes_value)
        flag, _, value = arg.partition(" ")
        if value and flag in ("-isystem", "-I", "-include", "-ivfsoverlay", "-iquote", "-idirafter", "-x"):
            cur["args"] += [flag, value]
        else:
            cur["args"].append(arg)
db, lst = [], open(os.path.join(work, "tus.list"), "w")
os.makedirs(os.path.join(work, "rsp"), exist_ok=True)
for i, tu in enumerate(tus):
    a, out = tu["args"], []
    k = 0
    while k < len(a):
        if a[k] == "-ivfsoverlay":
            k += 2
            continue
        out.append(a[k])
        k += 1
    rsp = os.path.join(work, "rsp", "%d.rsp" % i)
    with open(rsp, "w") as f:
        f.write("\n".join(shlex.quote(x) for x in out + [tu["file"]]) + "\n")
    lst.write("%s\t%s\n" % (rsp, tu["file"]))
    db.append({"directory": tu["dir"] or os.path.dirname(tu["file"]), "file": tu["file"],
               "arguments": ["clang"] + out + ["-c", tu["file"]]})
json.dump(db, open(os.path.join(work, "compile_commands.json"), "w"), indent=1)
print(len(tus))
EOF
n_tus=$(wc -l <"$work/tus.list")
[ "$n_tus" -gt 0 ] || { echo "driso found no TUs under $tree" >&2; exit 2; }

# ---- the runs -------------------------------------------------------------
t cold "$driso" scan -q --stats --no-cache -j"$jobs" --format json -o "$work/cold.json" "$tree"
t cold_all "$driso" scan -q --no-cache --no-prefilter -j"$jobs" --format json -o "$work/cold_all.json" "$tree"
t j1 "$driso" scan -q --no-cache -j1 --format json -o "$work/j1.json" "$tree"
t fill "$driso" scan -q -j"$jobs" --cache-dir "$work/cache" --format json -o "$work/fill.json" "$tree"
t warm "$driso" scan -q -j"$jobs" --cache-dir "$work/cache" --format json -o "$work/warm.json" "$tree"
cut -f1 "$work/tus.list" >"$work/rsp.list"
t clang xargs -a "$work/rsp.list" -P "$jobs" -I{} sh -c '"$0" -fsyntax-only -w @"$1" 2>/dev/null || echo "$1" >>"$2"' "$clang" {} "$work/clang.failed"
if [ -n "$tidy" ]; then
	cut -f2 "$work/tus.list" >"$work/files.list"
	t tidy xargs -a "$work/files.list" -P "$jobs" -I{} "$tidy" --quiet -p "$work" \
		-checks='-*,bugprone-suspicious-string-compare' {}
fi
sinks='ZwOpenKey|ZwCreateKey|RtlQueryRegistryValues|RtlWriteRegistryValue|ZwCreateFile|IoGetDeviceObjectPointer|IoCreateDevice|IoCreateSymbolicLink|RegOpenKeyEx|RegCreateKeyEx|CreateFile|CreateService'
[ -n "$rg" ] && t rg "$rg" -c -w -e "$sinks" "$tree"
[ -x "$bench_inf" ] && t inf "$bench_inf" --size 50
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

same() { cmp -s "$work/cold.json" "$work/$1.json" && echo identical || echo DIFFERENT; }
stats=$(grep -o 'prefilter: .*' "$work/cold.err" | head -1)
clang_failed=$( (cat "$work/clang.failed" 2>/dev/null || true) | wc -l)
mbps=$(grep -o '= [0-9]* MB/s' "$work/inf.out" 2>/dev/null | grep -o '[0-9]*' | head -1)
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$work/cold.json" 2>/dev/null || echo "?")

{
	echo "### $label"
	echo
	echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM;"
	echo "load average $load_before before, $load_after after (shared machine: compare CPU seconds)."
	echo "$n_tus TUs, $findings findings; $("$driso" version 2>/dev/null | head -1); $($clang --version | head -1)."
	echo "driso $stats"
	echo
	echo "| run | wall s | CPU s (user+sys) | peak RSS MiB | note |"
	echo "|---|---:|---:|---:|---|"
	echo "| driso cold (--no-cache, -j$jobs) | $(wall cold) | $(cpu cold) | $(rss cold) | default pipeline |"
	echo "| driso cold, --no-prefilter | $(wall cold_all) | $(cpu cold_all) | $(rss cold_all) | report $(same cold_all) |"
	echo "| driso cold -j1 | $(wall j1) | $(cpu j1) | $(rss j1) | report $(same j1) |"
	echo "| driso filling the cache | $(wall fill) | $(cpu fill) | $(rss fill) | |"
	echo "| driso warm (cache hit) | $(wall warm) | $(cpu warm) | $(rss warm) | report $(same warm) |"
	echo "| clang-19 -fsyntax-only, -P $jobs | $(wall clang) | $(cpu clang) | $(rss clang) (largest TU) | $clang_failed TUs with errors |"
	[ -n "$tidy" ] && echo "| $(basename "$tidy") (1 check), -P $jobs | $(wall tidy) | $(cpu tidy) | $(rss tidy) | bugprone-suspicious-string-compare |"
	[ -n "$rg" ] && echo "| rg (sink names) | $(wall rg) | $(cpu rg) | $(rss rg) | floor |"
	[ -x "$bench_inf" ] && echo "| INF engine (bench_inf --size 50) | | $(cpu inf) | | ${mbps:-?} MB/s |"
	echo
	echo "| ratio | wall | CPU | target |"
	echo "|---|---:|---:|---|"
	echo "| driso cold / clang -fsyntax-only | $(ratio "$(wall cold)" "$(wall clang)") | $(ratio "$(cpu cold)" "$(cpu clang)") | <= 0.5 |"
	echo "| driso cold --no-prefilter / clang | $(ratio "$(wall cold_all)" "$(wall clang)") | $(ratio "$(cpu cold_all)" "$(cpu clang)") | |"
	echo "| driso cold / warm (speed-up) | $(ratio "$(wall cold)" "$(wall warm)") | $(ratio "$(cpu cold)" "$(cpu warm)") | >= 20 |"
	echo "| driso -j1 / -j$jobs | $(ratio "$(wall j1)" "$(wall cold)") | $(ratio "$(cpu j1)" "$(cpu cold)") | |"
	[ -n "$tidy" ] && echo "| driso cold / clang-tidy | $(ratio "$(wall cold)" "$(wall tidy)") | $(ratio "$(cpu cold)" "$(cpu tidy)") | |"
	[ -n "$rg" ] && echo "| driso cold / rg | $(ratio "$(wall cold)" "$(wall rg)") | $(ratio "$(cpu cold)" "$(cpu rg)") | |"
	echo "| peak RSS, driso cold | $(rss cold) MiB | | <= 1024 MiB |"
	[ -x "$bench_inf" ] && echo "| INF engine | ${mbps:-?} MB/s | | >= 100 MB/s |"
} | tee ${report:+"$report"}
