#!/usr/bin/env python3
"""The scikit-learn side of the three-class HistGradientBoostingClassifier timing: writes the benchmark's 100k-row
table (hgb_sklearn.py's data) with a class column c (y below 0, below 2, or above) to
bench/target/hgb_100k_classes.csv, which HistGradientBoostingClassifierTime reads, and times scikit-learn's fit on
it (max_iter=100, early stopping off, all cores unless OMP_NUM_THREADS says otherwise), printing the median wall time.

Usage (from the repository root):  python3 bench/kernels/hgb_classifier_sklearn.py [repetitions]
"""
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hgb_sklearn import data  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "target" / "hgb_100k_classes.csv"


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    OUT.parent.mkdir(parents=True, exist_ok=True)
    frame = data()
    frame["c"] = np.where(frame["y"] < 0, 0, np.where(frame["y"] < 2, 1, 2))
    frame.to_csv(OUT, index=False)
    frame = pd.read_csv(OUT)  # exactly the values the Java side reads
    x = frame.drop(columns=["y", "c"]).to_numpy(float)
    c = frame["c"].to_numpy()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        HistGradientBoostingClassifier(max_iter=100, early_stopping=False).fit(x, c)
        times.append(time.perf_counter() - start)
    print(f"scikit-learn HistGradientBoostingClassifier fit, 100,000 x 8, 3 classes, 100 iterations, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}: "
          f"median {np.median(times) * 1000:.0f} ms over {reps} (all: {', '.join(f'{t * 1000:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
