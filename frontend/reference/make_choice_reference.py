"""Reference grids for skrub.choose_int / skrub.choose_float with n_steps, computed with numpy.

skrub is not installable on our build machines; its discretized numeric choice takes n_steps values of
numpy.linspace over [low, high] (over [log(low), log(high)] then exp when log=True), and for choose_int the
distinct values of numpy.round(...).astype(int), sorted. This script computes those grids with numpy.

Usage (from the repository root):  python3 frontend/reference/make_choice_reference.py
Writes frontend/src/test/resources/reference/numeric_grids.csv; NumericGridTest reads it.
"""
import csv
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CASES = [
    # kind, low, high, log, n_steps
    ("float", 0.1, 100.0, True, 4),
    ("float", 0.01, 10.0, True, 7),
    ("float", 0.0, 1.0, False, 5),
    ("float", -3.5, 2.25, False, 9),
    ("float", 1e-4, 1e4, True, 9),
    ("float", 2.0, 2.0, False, 3),
    ("float", 0.5, 7.0, False, 1),
    ("int", 1, 10, False, 4),
    ("int", 1, 100, True, 6),
    ("int", 0, 3, False, 10),
    ("int", 2, 9, False, 8),
    ("int", 1, 1000, True, 12),
    ("int", -5, 5, False, 3),
]


def grid(kind, low, high, log, n_steps):
    lo, hi = (np.log(low), np.log(high)) if log else (low, high)
    values = np.linspace(lo, hi, n_steps)
    if log:
        values = np.exp(values)
    if kind == "int":
        values = np.unique(np.round(values).astype(int))
        return [str(int(v)) for v in values]
    return [repr(float(v)) for v in values]


def main():
    out = os.path.join(ROOT, "frontend", "src", "test", "resources", "reference", "numeric_grids.csv")
    with open(out, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_choice_reference.py with numpy {np.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "low", "high", "log", "n_steps", "values"])
        for kind, low, high, log, n in CASES:
            w.writerow([kind, repr(low), repr(high), str(log), n, " ".join(grid(kind, low, high, log, n))])
    print(f"wrote {len(CASES)} grids to {out}")


if __name__ == "__main__":
    main()
