#!/usr/bin/env python3
"""HistGradientBoosting fits of scikit-learn and Stratum in pairs, a few seconds apart, on the same 100k x 8 table:
the ratio of each pair's wall times, and their median. The project's machines change speed by a third from one
minute to the next; two scripts timed one after the other can see different speeds, a pair's two fits see the same.

Stratum fits in a JVM that stays up (HistGradientBoostingFitServer, which this script starts), scikit-learn in this
process; each waits while the other runs. The order within a pair alternates. Threads: "all" is scikit-learn's
OpenMP default and Stratum's caller plus common pool; "one" limits scikit-learn with threadpoolctl and runs Stratum
on a one-worker pool. Both fit 100 iterations with early stopping off.

Usage (from the repository root, after mvn -B -o -q -pl bench -am package -DskipTests):
  python3 bench/kernels/hgb_paired.py regressor|classifier [pairs, default 8] [warm-up pairs, default 12]
"""
import glob
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hgb_sklearn import data  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
TARGET = ROOT / "bench" / "target"
JVM_FLAGS = ["--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
             "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"]


def table(task):
    path = TARGET / ("hgb_100k_classes.csv" if task == "classifier" else "hgb_100k.csv")
    if not path.exists():
        TARGET.mkdir(parents=True, exist_ok=True)
        frame = data()
        if task == "classifier":
            frame["c"] = np.where(frame["y"] < 0, 0, np.where(frame["y"] < 2, 1, 2))
        frame.to_csv(path, index=False)
    return path


def java():
    """The java of a JDK 25 or later: JAVA_HOME first, then the places ./stratum looks at."""
    candidates = [os.environ["JAVA_HOME"]] if os.environ.get("JAVA_HOME") else []
    for pattern in ("/usr/lib/jvm/temurin-25*", "/usr/lib/jvm/*-25*", "/usr/lib/jvm/java-25*", "/usr/lib/jvm/jdk-25*",
                    "/opt/java/jdk-25*", "/opt/jdk-25*"):
        candidates += sorted(glob.glob(pattern))
    for home in candidates:
        release = Path(home) / "release"
        if (Path(home) / "bin" / "java").exists() and release.exists():
            version = re.search(r'^JAVA_VERSION="(\d+)', release.read_text(), re.M)
            if version and int(version.group(1)) >= 25:
                return str(Path(home) / "bin" / "java")
    sys.exit("hgb_paired.py: no JDK 25 found (looked at $JAVA_HOME and /usr/lib/jvm/*25*, /opt); set JAVA_HOME to one")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("regressor", "classifier"):
        sys.exit(__doc__)
    task = sys.argv[1]
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    # Stratum's JIT compiles while scikit-learn's fits take the cores: with 6 warm-up pairs the classifier's first
    # counted fits were still 20-30% slower than its later ones (docs/benchmarks.md, twenty-sixth session).
    warm = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    path = table(task)
    frame = pd.read_csv(path)  # exactly the values the Java side reads
    if task == "classifier":
        x = frame.drop(columns=["y", "c"]).to_numpy(float)
        y = frame["c"].to_numpy()
        model = lambda: HistGradientBoostingClassifier(max_iter=100, early_stopping=False)  # noqa: E731
    else:
        x = frame.drop(columns=["y"]).to_numpy(float)
        y = frame["y"].to_numpy(float)
        model = lambda: HistGradientBoostingRegressor(max_iter=100, early_stopping=False)  # noqa: E731
    server = subprocess.Popen(
        [java(), *JVM_FLAGS, "-cp", str(TARGET / "benchmarks.jar"),
         "io.stratum.bench.kernels.HistGradientBoostingFitServer", task, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if server.stdout.readline().strip() != "ready":
        sys.exit("the Stratum fit server did not start")

    def stratum(threads):
        server.stdin.write(f"fit {threads}\n")
        server.stdin.flush()
        return float(server.stdout.readline()) / 1000

    def sklearn(threads):
        with threadpool_limits(limits=1 if threads == "one" else None):
            start = time.perf_counter()
            model().fit(x, y)
            return time.perf_counter() - start

    print(f"HistGradientBoosting{task.capitalize()} fit, 100,000 x 8, 100 iterations, "
          f"{pairs} pairs after {warm} warm-up pairs, {time.strftime('%H:%M:%S UTC', time.gmtime())}")
    for threads in ("all", "one"):
        ratios, ours, theirs = [], [], []
        for p in range(warm + pairs):
            if p % 2 == 0:
                s = sklearn(threads)
                t = stratum(threads)
            else:
                t = stratum(threads)
                s = sklearn(threads)
            if p >= warm:
                ratios.append(s / t)
                ours.append(t)
                theirs.append(s)
        label = "all cores" if threads == "all" else "one thread"
        print(f"  {label}: scikit-learn median {statistics.median(theirs) * 1000:.0f} ms, "
              f"Stratum median {statistics.median(ours) * 1000:.0f} ms; pair ratios median "
              f"{statistics.median(ratios):.2f}x (min {min(ratios):.2f}x, max {max(ratios):.2f}x)")
        print("    pairs (scikit-learn/Stratum ms): "
              + ", ".join(f"{a * 1000:.0f}/{b * 1000:.0f}" for a, b in zip(theirs, ours)))
    server.stdin.write("quit\n")
    server.stdin.flush()
    server.wait()


if __name__ == "__main__":
    main()
