#!/usr/bin/env python3
"""The scikit-learn side of the HistGradientBoosting benchmark: writes the 100k-row data set the JMH benchmark
reads (bench/target/hgb_100k.csv) and times scikit-learn's fit on it the same way (max_iter=100, early stopping
off, all cores unless OMP_NUM_THREADS says otherwise), printing the median wall time of the repetitions and their
median process CPU time (with OMP_NUM_THREADS=1, the one thread's time: the number that load does not inflate
through waiting, to compare with HistGradientBoostingCpuTime).

Usage (from the repository root):  python3 bench/kernels/hgb_sklearn.py [repetitions]
"""
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

OUT = Path(__file__).resolve().parent.parent / "target" / "hgb_100k.csv"


def data():
    rng = np.random.RandomState(0)
    n = 100_000
    x = rng.normal(size=(n, 8))
    x[:, 3] = rng.randint(0, 24, size=n)          # an hour-like feature with few values
    x[:, 5] = np.round(x[:, 5], 2)                 # ties
    x[rng.uniform(size=n) < 0.05, 6] = np.nan      # missing values
    y = (np.sin(x[:, 0]) * 3 + x[:, 1] ** 2 + np.where(x[:, 3] > 12, 2.0, -1.0) + x[:, 2] * x[:, 4]
         + np.nan_to_num(x[:, 6]) + rng.normal(scale=0.5, size=n))
    frame = pd.DataFrame(x, columns=[f"x{j}" for j in range(8)])
    frame["y"] = y
    return frame


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    OUT.parent.mkdir(parents=True, exist_ok=True)
    frame = data()
    frame.to_csv(OUT, index=False)
    frame = pd.read_csv(OUT)  # exactly the values the Java side reads
    x = frame.drop(columns=["y"]).to_numpy(float)
    y = frame["y"].to_numpy(float)
    times = []
    cpu = []
    for _ in range(reps):
        start = time.perf_counter()
        start_cpu = time.process_time()
        HistGradientBoostingRegressor(max_iter=100, early_stopping=False).fit(x, y)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"scikit-learn HistGradientBoostingRegressor fit, 100,000 x 8, 100 iterations, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}: "
          f"median {np.median(times) * 1000:.0f} ms over {reps} (all: {', '.join(f'{t * 1000:.0f}' for t in times)}),"
          f" CPU median {np.median(cpu) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
