#!/usr/bin/env python3
"""Measure how well driso's shims let clang parse a real driver tree.

Developer tool, not part of the driso binary. For every .c (and with --cpp
every .cpp) file under ROOT it runs `clang-19 -fsyntax-only` with the
canonical driso flags (docs/shims.md) and counts errors.

The tree is first copied to a private scratch directory where backslashes in
#include directives become slashes, and a case-insensitive VFS overlay covers
the copy, mingw's headers and the shims: that stands in for compile_env's
overlay so that `Precomp.h` vs `precomp.h` does not hide header coverage.

Per file: the driver model comes from the nearest .vcxproj (DriverType
KMDF/WDM/UMDF, else user mode); include dirs are the file's own directory,
`inc`/`include` dirs of it and its ancestors, and the project's relative
AdditionalIncludeDirectories.
"""
import argparse, collections, json, os, re, shutil, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

MINGW = "/usr/x86_64-w64-mingw32/include"
CLANG_INC = "/usr/lib/llvm-19/lib/clang/19/include"
COMMON = ["--target=x86_64-w64-mingw32", "-fms-extensions", "-nostdinc",
          "-D_AMD64_", "-DAMD64", "-D_WIN64", "-DNTDDI_VERSION=0x0A000005",
          "-D_WIN32_WINNT=0x0A00", "-DWINVER=0x0A00"]
SRC_EXT = (".c", ".cpp", ".cxx", ".cc", ".h", ".hpp", ".hxx", ".inl", ".tmh", ".rc", ".idl")
INC_RE = re.compile(r'^(\s*#\s*include\s*[<"])([^>"]*)([>"])', re.M)


def private_copy(src, dst):
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    for d, dirs, files in os.walk(src):
        dirs[:] = [x for x in dirs if x != ".git"]
        rel = os.path.relpath(d, src)
        od = os.path.join(dst, rel)
        os.makedirs(od, exist_ok=True)
        for f in files:
            s, o = os.path.join(d, f), os.path.join(od, f)
            if f.lower().endswith(SRC_EXT):
                with open(s, "rb") as fh:
                    data = fh.read()
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
                text = INC_RE.sub(lambda m: m.group(1) + m.group(2).replace("\\", "/") + m.group(3), text)
                with open(o, "w", encoding="utf-8", errors="surrogateescape") as fh:
                    fh.write(text)
            else:
                try:
                    os.symlink(s, o)
                except OSError:
                    pass


TMH_RE = re.compile(r'^\s*#\s*include\s*"([^"]+\.tmh)"', re.M | re.I)
FUNC_RE = re.compile(r'^\s*//\s*FUNC\s+([A-Za-z_][A-Za-z_0-9]*)', re.M)


def stub_tmh(copy):
    """Create each missing WPP .tmh next to its includer: no-op trace macros
    for the tree's `FUNC Name` lines, then driso_wpp.h (stands in for
    compile_env's WPP stub)."""
    funcs = set()
    wanted = []
    for d, dirs, files in os.walk(copy):
        for f in files:
            if not f.lower().endswith((".c", ".cpp", ".h", ".hpp", ".vcxproj")):
                continue
            p = os.path.join(d, f)
            try:
                t = open(p, encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            funcs.update(FUNC_RE.findall(t))
            funcs.update(re.findall(r"<WppTraceFunction>\s*([A-Za-z_][A-Za-z_0-9]*)", t))
            for m in TMH_RE.finditer(t):
                wanted.append(os.path.join(d, m.group(1)))
    body = "".join("#ifndef %s\n#define %s(...) ((void)0)\n#endif\n" % (n, n) for n in sorted(funcs))
    body += "#include <driso_wpp.h>\n"
    for w in wanted:
        if not os.path.exists(w):
            os.makedirs(os.path.dirname(w), exist_ok=True)
            with open(w, "w") as fh:
                fh.write(body)


SYM_RE = re.compile(r'^\s*SymbolicName\s*=\s*(\w+)', re.M | re.I)


def stub_mc(copy):
    """Message-compiler output (`x.h` from `x.mc`) is generated at build
    time; define each SymbolicName so that sources including it parse."""
    for d, dirs, files in os.walk(copy):
        for f in files:
            if not f.lower().endswith(".mc"):
                continue
            h = os.path.join(d, f[:-3] + ".h")
            if os.path.exists(h):
                continue
            t = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
            with open(h, "w") as fh:
                for i, n in enumerate(SYM_RE.findall(t)):
                    fh.write("#define %s ((LONG)0x%08XL)\n" % (n, 0xC0040000 + i))


def overlay(dirs, path):
    roots = []
    for top in dirs:
        for d, subdirs, files in os.walk(top, followlinks=True):
            contents = [{"type": "file", "name": f, "external-contents": os.path.join(d, f)}
                        for f in files]
            if contents:
                roots.append({"type": "directory", "name": d, "contents": contents})
    with open(path, "w") as fh:
        json.dump({"version": 0, "case-sensitive": "false", "roots": roots}, fh)


def nearest_vcxproj(d, root):
    while True:
        try:
            projs = [f for f in os.listdir(d) if f.endswith(".vcxproj")]
        except OSError:
            projs = []
        if projs:
            return [os.path.join(d, p) for p in sorted(projs)]
        if os.path.samefile(d, root) or d == "/":
            return []
        d = os.path.dirname(d)


def nearest_file(d, root, ext):
    while True:
        try:
            if any(f.endswith(ext) for f in os.listdir(d)):
                return d
        except OSError:
            pass
        if os.path.samefile(d, root) or d == "/":
            return None
        d = os.path.dirname(d)


def child_vcxprojs(d, depth=2):
    out = []
    for cur, dirs, files in os.walk(d):
        if cur[len(d):].count(os.sep) >= depth:
            dirs[:] = []
        out += [os.path.join(cur, f) for f in sorted(files) if f.endswith(".vcxproj")]
    return out


def model_of(src, root):
    base = os.path.basename(src).lower()
    projs = nearest_vcxproj(os.path.dirname(src), root)
    # A project below the source's directory (e.g. WDK/x.vcxproj) that lists it wins.
    for p in child_vcxprojs(os.path.dirname(src)):
        if base in open(p, encoding="utf-8", errors="replace").read().lower():
            projs = [p] + projs
            break
    text = ""
    for p in projs:
        t = open(p, encoding="utf-8", errors="replace").read()
        if base in t.lower():
            text = t
            break
    if not text and projs:
        text = open(projs[0], encoding="utf-8", errors="replace").read()
    m = re.search(r"<DriverType>([^<]*)</DriverType>", text)
    dt = m.group(1) if m else ""
    m = re.search(r"<ConfigurationType>([^<]*)</ConfigurationType>", text)
    ct = m.group(1) if m else ""
    sln = nearest_file(os.path.dirname(projs[0]) if projs else os.path.dirname(src), root, ".sln")
    incs = []
    for m in re.finditer(r"<AdditionalIncludeDirectories>([^<]*)<", text):
        for part in m.group(1).split(";"):
            part = part.strip().replace("\\", "/")
            part = re.sub(r"\$\((ProjectDir|MSBuildProjectDirectory|MSBuildThisFileDirectory)\)/?", "", part)
            if sln:
                part = part.replace("$(SolutionDir)", sln + "/")
            if not part or "$(" in part or "%(" in part:
                continue
            if projs:
                full = os.path.normpath(os.path.join(os.path.dirname(projs[0]), part))
                if os.path.isdir(full) and full not in incs:
                    incs.append(full)
    defs = []
    # Defines of unconditional item definitions and of Debug|x64 ones.
    chosen = ""
    for g in re.finditer(r"<ItemDefinitionGroup([^>]*)>(.*?)</ItemDefinitionGroup>", text, re.S):
        cond = g.group(1)
        if "Condition" not in cond or "Debug|x64" in cond:
            chosen += g.group(2)
    for m in re.finditer(r"<PreprocessorDefinitions[^>]*>([^<]*)<", chosen):
        for part in m.group(1).split(";"):
            part = part.strip()
            if re.match(r"^[A-Za-z_][A-Za-z_0-9]*(=[^$%]*)?$", part) and part not in defs:
                defs.append(part)
    incs = (incs, defs)
    if dt == "KMDF":
        return "KMDF", incs
    if dt in ("WDM", "Miniport", "ExportDriver"):
        return "WDM", incs
    if dt == "UMDF":
        return "UMDF", incs
    if ct == "Driver":
        return "WDM", incs
    return "USER", incs


def flags_for(src, root, shims):
    model, (incs, defs) = model_of(src, root)
    f = list(COMMON)
    f += ["-isystem", CLANG_INC, "-isystem", shims]
    if model in ("KMDF", "WDM"):
        f += ["-isystem", MINGW + "/ddk", "-isystem", MINGW, "-D_KERNEL_MODE=1"]
    else:
        f += ["-isystem", MINGW]
    if model == "KMDF":
        f += ["-DKMDF_VERSION_MAJOR=1", "-DKMDF_VERSION_MINOR=15"]
    if model == "UMDF":
        f += ["-DUMDF_VERSION_MAJOR=2", "-DUMDF_VERSION_MINOR=15"]
    d = os.path.dirname(src)
    dirs = [d]
    a = d
    while True:
        for n in ("inc", "include"):
            c = os.path.join(a, n)
            if os.path.isdir(c) and c not in dirs:
                dirs.append(c)
        if os.path.samefile(a, root):
            break
        a = os.path.dirname(a)
    for i in incs:
        if i not in dirs:
            dirs.append(i)
    for x in dirs:
        f += ["-I", x]
    # Project defines (every configuration's, unconditionally): a lower
    # bound on what compile_env's vcxproj evaluation provides.
    f += ["-D" + d for d in defs if not d.startswith(("_WIN32_WINNT", "NTDDI_VERSION", "WINVER", "_KERNEL_MODE"))]
    return model, f


ERR_RE = re.compile(r"^(.*?):(\d+):(\d+): (fatal error|error): (.*)$")


def norm(msg):
    msg = re.sub(r"'[^']*'", "'X'", msg)
    return msg


def run_one(args):
    src, root, shims, ovl, extra = args
    model, f = flags_for(src, root, shims)
    cmd = ["nice", "clang-19", "-fsyntax-only", "-ferror-limit=0", "-w", "-ivfsoverlay", ovl] + f + extra + [src]
    if src.endswith((".cpp", ".cc", ".cxx")):
        # mingw's libstdc++ headers must precede the C headers they wrap.
        cxx = "/usr/lib/gcc/x86_64-w64-mingw32/12-posix/include/c++"
        cmd[2:2] = ["-std=c++17", "-isystem", cxx, "-isystem", cxx + "/x86_64-w64-mingw32",
                    "-isystem", cxx + "/backward"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=120)
        err = p.stderr
    except subprocess.TimeoutExpired:
        err = src + ":0:0: error: TIMEOUT\n"
    errs = []
    for line in err.splitlines():
        m = ERR_RE.match(line)
        if m:
            errs.append((m.group(1), int(m.group(2)), m.group(4), m.group(5)))
    return src, model, errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--shims", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--scratch", default="/tmp/driso-shims-measure")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cpp", action="store_true")
    ap.add_argument("--only", default="", help="regex on relative path")
    ap.add_argument("--no-copy", action="store_true", help="reuse the scratch copy")
    ap.add_argument("--out", default=None, help="write per-file JSON here")
    ap.add_argument("--extra", default="", help="extra clang flags (space separated), e.g. MSVC-tolerance -Wno-* flags")
    ns = ap.parse_args()
    copy = os.path.join(ns.scratch, "tree")
    if not ns.no_copy or not os.path.isdir(copy):
        private_copy(os.path.abspath(ns.root), copy)
        stub_tmh(copy)
        stub_mc(copy)
    ovl = os.path.join(ns.scratch, "overlay.json")
    overlay([copy, MINGW, ns.shims], ovl)
    exts = (".c", ".cpp") if ns.cpp else (".c",)
    srcs = []
    for d, dirs, files in os.walk(copy):
        for f in files:
            if f.endswith(exts):
                p = os.path.join(d, f)
                if re.search(ns.only, os.path.relpath(p, copy)):
                    srcs.append(p)
    srcs.sort()
    results = []
    with ThreadPoolExecutor(ns.jobs) as ex:
        extra = ns.extra.split()
        for r in ex.map(run_one, [(s, copy, ns.shims, ovl, extra) for s in srcs]):
            results.append(r)
    clean = sum(1 for _, _, e in results if not e)
    by_model = collections.defaultdict(lambda: [0, 0])
    msgs = collections.Counter()
    files_per_msg = collections.Counter()
    first = collections.Counter()
    for src, model, errs in results:
        by_model[model][1] += 1
        if not errs:
            by_model[model][0] += 1
        else:
            first[errs[0][3] if errs[0][2] == "fatal error" else norm(errs[0][3])] += 1
        seen = set()
        for _, _, _, m in errs:
            msgs[m] += 1
            if m not in seen:
                files_per_msg[m] += 1
                seen.add(m)
    print("files with zero errors: %d/%d" % (clean, len(results)))
    for m, (c, t) in sorted(by_model.items()):
        print("  %-5s %d/%d" % (m, c, t))
    print("total errors: %d" % sum(msgs.values()))
    print("\ntop first errors (per file):")
    for m, c in first.most_common(40):
        print("%5d  %s" % (c, m))
    print("\ntop messages (files affected):")
    for m, c in files_per_msg.most_common(80):
        print("%5d  %s" % (c, m))
    if ns.out:
        with open(ns.out, "w") as fh:
            json.dump([{"file": os.path.relpath(s, copy), "model": m,
                        "errors": [{"file": e[0], "line": e[1], "msg": e[3]} for e in errs]}
                       for s, m, errs in results], fh, indent=0)


if __name__ == "__main__":
    main()
