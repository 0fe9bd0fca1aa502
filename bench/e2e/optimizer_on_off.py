"""The optimizer's contribution on one batch of scripts: wall time and kernel invocations, on vs off, in one run.

Usage (from the repository root, after ./stratum build):
    python3 bench/e2e/optimizer_on_off.py [--reps N] [DIR]
DIR defaults to bench/e2e/pipelines/agent_batch_20/scripts (20 agent-style scripts that share most steps), run as
one batch (`stratum run DIR`). Each repetition runs the optimizer on and off back to back (alternating which goes
first), so both see the same machine load; the tasks and fits counts come from `--stats --format json` and are exact,
the times are whole-process wall times (JVM start included). Prints a Markdown table and the on/off ratios.
"""
import argparse
import json
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DIR = os.path.join("bench", "e2e", "pipelines", "agent_batch_20", "scripts")


def run(directory, optimizer):
    cmd = [os.path.join(ROOT, "stratum"), "run", "--stats", "--format", "json"]
    if not optimizer:
        cmd.append("--no-optimizer")
    cmd.append(directory)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    out = json.loads(proc.stdout)
    stats = out["stats"]
    scores = {}
    for r in out["results"]:
        params = json.dumps({k: v for k, v in r.items() if k not in ("mean_test_score", "std_test_score",
                                                                      "fold_test_scores")}, sort_keys=True)
        scores[params] = r["mean_test_score"]
    return wall, stats["tasks"], stats["fits"], scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    args = parser.parse_args()
    walls = {True: [], False: []}
    counts = {}
    scores = {}
    for rep in range(args.reps):
        order = [True, False] if rep % 2 == 0 else [False, True]
        for optimizer in order:
            wall, tasks, fits, s = run(args.dir, optimizer)
            walls[optimizer].append(wall)
            counts[optimizer] = (tasks, fits)
            scores[optimizer] = s
    if scores[True].keys() != scores[False].keys():
        raise SystemExit("the optimizer on and off ran different candidates")
    diff = max(abs(scores[True][k] - scores[False][k]) / max(abs(scores[False][k]), 1e-300) for k in scores[True])
    on, off = statistics.median(walls[True]), statistics.median(walls[False])
    print(f"| optimizer | wall (s, median of {args.reps}) | tasks | fits |")
    print("|---|---:|---:|---:|")
    print(f"| on | {on:.2f} | {counts[True][0]} | {counts[True][1]} |")
    print(f"| off | {off:.2f} | {counts[False][0]} | {counts[False][1]} |")
    print()
    print(f"off/on: wall {off / on:.2f}x, tasks {counts[False][0] / counts[True][0]:.2f}x; "
          f"max relative difference of mean_test_score on vs off: {diff:.1e}")


if __name__ == "__main__":
    main()
