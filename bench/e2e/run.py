"""End-to-end benchmark suite: each pipeline run by Stratum and by its Python baseline, alternating.

For every folder under bench/e2e/pipelines/ it runs, REPS times in alternation:
  stratum        ./stratum run --format json <stratum.py | scripts/>   (the whole process, JVM start included)
  stratum_noopt  the same with --no-optimizer                         (what the rewrites contribute)
  stratum_1t     the same with --threads 1                            (what parallelism contributes)
  python         python3 baseline.py                                  (pandas + scikit-learn, the whole process)
then reports median wall times, the speed-up of Stratum over Python, and whether the scores agree (largest
relative difference of mean_test_score over candidates matched by their parameters).

Writes bench/results/e2e.csv, bench/results/e2e.svg (speed-ups) and the "End to end" section of
docs/benchmarks.md (between its markers). Needs Python with pandas and scikit-learn; pipelines whose data are
missing are skipped with a message.

Usage (from the repository root):  bench/run [--reps 3] [--only NAME ...] [--skip-python]
"""
import argparse
import csv
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "bench", "e2e")
PIPELINES = os.path.join(HERE, "pipelines")
RESULTS = os.path.join(ROOT, "bench", "results")
DOC = os.path.join(ROOT, "docs", "benchmarks.md")
BEGIN, END = "<!-- e2e:begin -->", "<!-- e2e:end -->"

VARIANTS = {
    "stratum": [],
    "stratum_noopt": ["--no-optimizer"],
    "stratum_1t": ["--threads", "1"],
}


def stratum_target(folder):
    """The Stratum side: a batch folder `scripts/`, a `stratum.py`, or `stratum.path` naming an example script."""
    scripts = os.path.join(folder, "scripts")
    if os.path.isdir(scripts):
        return scripts + os.sep
    pointer = os.path.join(folder, "stratum.path")
    if os.path.exists(pointer):
        with open(pointer) as f:
            return os.path.join(ROOT, f.read().strip())
    return os.path.join(folder, "stratum.py")


def needed_data(folder):
    """The data files a pipeline's Stratum scripts read, as written (relative to the repository root)."""
    target = stratum_target(folder)
    files = [os.path.join(target, f) for f in sorted(os.listdir(target))] if target.endswith(os.sep) else [target]
    paths = set()
    for f in files:
        with open(f) as handle:
            for line in handle:
                if "read_csv(" in line:
                    paths.add(line.split("read_csv(")[1].split('"')[1])
    return sorted(paths)


def timed(cmd, cwd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed, json.loads(proc.stdout[proc.stdout.index("{"):])


def key(row):
    return tuple(sorted((k, str(v)) for k, v in row.items() if k not in
                        ("mean_test_score", "std_test_score", "fold_test_scores")))


def max_relative_difference(ours, theirs):
    a = {key(r): r["mean_test_score"] for r in ours["results"]}
    b = {key(r): r["mean_test_score"] for r in theirs["results"]}
    if a.keys() != b.keys():
        return math.inf
    return max(abs(a[k] - b[k]) / max(abs(b[k]), 1e-300) for k in a)


def run_pipeline(name, reps, skip_python):
    folder = os.path.join(PIPELINES, name)
    for path in needed_data(folder):
        if not os.path.exists(os.path.join(ROOT, path)):
            print(f"skip {name}: {path} is missing (run bench/e2e/make_data.py for the scaled data sets)")
            return None
    times = {v: [] for v in list(VARIANTS) + ["python"]}
    outputs = {}
    env = dict(os.environ, PYTHONPATH=HERE)
    for rep in range(reps):
        for variant, flags in VARIANTS.items():
            elapsed, out = timed([os.path.join(ROOT, "stratum"), "run", "--format", "json", *flags,
                                  stratum_target(folder)], ROOT)
            times[variant].append(elapsed)
            outputs[variant] = out
        if not skip_python:
            elapsed, out = timed([sys.executable, os.path.join(folder, "baseline.py")], ROOT, env)
            times["python"].append(elapsed)
            outputs["python"] = out
        print(f"  {name} rep {rep + 1}/{reps}: " + ", ".join(f"{v} {t[-1]:.2f}s" for v, t in times.items() if t))
    medians = {v: statistics.median(t) for v, t in times.items() if t}
    row = {"pipeline": name, "candidates": len(outputs["stratum"]["results"])}
    row.update({f"{v}_s": round(m, 3) for v, m in medians.items()})
    for v in ("stratum_noopt", "stratum_1t"):
        row[f"{v}_same_scores"] = max_relative_difference(outputs[v], outputs["stratum"]) == 0.0
    if "python" in medians:
        row["speedup_vs_python"] = round(medians["python"] / medians["stratum"], 2)
        row["max_rel_score_diff"] = max_relative_difference(outputs["stratum"], outputs["python"])
    return row


def write_svg(rows, path):
    rows = [r for r in rows if "speedup_vs_python" in r]
    if not rows:
        return
    width, bar_h, gap, left = 720, 22, 8, 220
    height = 40 + len(rows) * (bar_h + gap)
    top = max(max(r["speedup_vs_python"] for r in rows), 1.0)
    scale = (width - left - 80) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             f'<text x="{left}" y="16">Speed-up of Stratum over pandas + scikit-learn (whole process, median)</text>']
    one = left + scale
    parts.append(f'<line x1="{one:.1f}" y1="24" x2="{one:.1f}" y2="{height - 4}" stroke="#999" stroke-dasharray="3,3"/>')
    for i, r in enumerate(rows):
        y = 28 + i * (bar_h + gap)
        w = r["speedup_vs_python"] * scale
        color = "#2b7bb9" if r["speedup_vs_python"] >= 1 else "#c0504d"
        parts.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{r["pipeline"]}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 15}">{r["speedup_vs_python"]:.2f}x</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def score_diff(row):
    diff = row.get("max_rel_score_diff", float("nan"))
    return "not comparable (other candidates)" if diff == math.inf else f"{diff:.1e}"


def quick_start_seconds(reps):
    """Whole-process wall time of the README's quick start, the 'first result' a new user waits for."""
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        subprocess.run([os.path.join(ROOT, "stratum"), "run", "examples/quickstart.py"], cwd=ROOT,
                       capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def markdown(rows, reps, quick_start):
    java = subprocess.run([os.path.join(ROOT, "stratum"), "--version"], capture_output=True, text=True).stdout.strip()
    try:
        import sklearn
        import pandas
        py = f"Python {platform.python_version()}, pandas {pandas.__version__}, scikit-learn {sklearn.__version__}"
    except ImportError:
        py = "Python baseline not run"
    if os.environ.get("SKRUB_SRC"):
        py += (f"; skrub from source (SKRUB_SRC, commit {os.environ.get('SKRUB_COMMIT', 'unknown')}) in the "
               "baselines that use skrub")
    lines = [BEGIN, "## End to end: Stratum vs pandas + scikit-learn", "",
             f"Run by `bench/run --reps {reps}` on {datetime.date.today().isoformat()}: {os.cpu_count()} cores, "
             f"{java}; {py}. Whole-process wall times (JVM or interpreter start included), median of {reps} "
             "alternating runs; scores compared candidate by candidate.", "",
             "| pipeline | candidates | Stratum (s) | no optimizer (s) | 1 thread (s) | Python (s) | speed-up | max rel. score diff |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['pipeline']} | {r['candidates']} | {r['stratum_s']:.2f} | {r['stratum_noopt_s']:.2f} | "
                     f"{r['stratum_1t_s']:.2f} | {r.get('python_s', float('nan')):.2f} | "
                     f"{r.get('speedup_vs_python', float('nan')):.2f}x | {score_diff(r)} |")
    speedups = [r["speedup_vs_python"] for r in rows if "speedup_vs_python" in r]
    lines += ["", f"Quick start (`./stratum run examples/quickstart.py`, JVM start included): **{quick_start:.2f} s** "
              f"wall, median of {max(reps, 3)} runs."]
    if speedups:
        geo = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
        lines += ["", f"Geometric mean speed-up: **{geo:.2f}x** over {len(speedups)} pipelines. "
                  "Plot: `bench/results/e2e.svg`; raw numbers: `bench/results/e2e.csv`."]
    lines.append(END)
    return "\n".join(lines) + "\n"


def update_doc(section):
    text = open(DOC).read() if os.path.exists(DOC) else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(DOC, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--skip-python", action="store_true")
    args = parser.parse_args()
    skip_python = args.skip_python
    if not skip_python:
        try:
            import pandas  # noqa: F401
            import sklearn  # noqa: F401
        except ImportError:
            print("pandas or scikit-learn is not installed: the Python baseline is skipped")
            skip_python = True
    names = sorted(os.listdir(PIPELINES)) if not args.only else args.only
    rows = []
    for name in names:
        row = run_pipeline(name, args.reps, skip_python)
        if row:
            rows.append(row)
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, "e2e.csv"), "w", newline="") as f:
        fields = sorted({k for r in rows for k in r}, key=lambda k: (k != "pipeline", k))
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    write_svg(rows, os.path.join(RESULTS, "e2e.svg"))
    update_doc(markdown(rows, args.reps, quick_start_seconds(max(args.reps, 3))))
    print(f"wrote {RESULTS}/e2e.csv, e2e.svg and the end-to-end section of {DOC}")


if __name__ == "__main__":
    main()
