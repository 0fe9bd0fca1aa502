#!/usr/bin/env python3
"""The scikit-learn side of the random forest benchmark: writes the 20k-row data set the JMH benchmark reads
(bench/target/forest_20k.csv) and times scikit-learn's fit on it the same way (RandomForestRegressor with
n_estimators=50, random_state=0, n_jobs=-1: all cores, as Stratum grows trees in parallel), printing the median.

Usage (from the repository root):  python3 bench/kernels/forest_sklearn.py [repetitions]
"""
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

OUT = Path(__file__).resolve().parent.parent / "target" / "forest_20k.csv"


def data():
    rng = np.random.RandomState(0)
    n = 20_000
    x = rng.normal(size=(n, 8))
    x[:, 3] = rng.randint(0, 24, size=n)          # an hour-like feature with few values
    x[:, 5] = np.round(x[:, 5], 2)                 # ties
    y = (np.sin(x[:, 0]) * 3 + x[:, 1] ** 2 + np.where(x[:, 3] > 12, 2.0, -1.0) + x[:, 2] * x[:, 4]
         + rng.normal(scale=0.5, size=n))
    frame = pd.DataFrame(x, columns=[f"x{j}" for j in range(8)])
    frame["y"] = y
    return frame


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data().to_csv(OUT, index=False)
    frame = pd.read_csv(OUT)  # exactly the values the Java side reads
    x = frame.drop(columns=["y"]).to_numpy(float)
    y = frame["y"].to_numpy(float)
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        RandomForestRegressor(n_estimators=50, random_state=0, n_jobs=-1).fit(x, y)
        times.append(time.perf_counter() - start)
    print(f"scikit-learn RandomForestRegressor fit, 20,000 x 8, 50 trees: "
          f"median {np.median(times) * 1000:.0f} ms over {reps} (all: {', '.join(f'{t * 1000:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
