#!/usr/bin/env python3
"""pandas' rolling, expanding and cumulative statistics of float64 Series, for WindowStatisticsTest.

Run from anywhere:  python3 runtime/reference/make_window_reference.py
Writes runtime/src/test/resources/reference/window_statistics.csv: a row "input <series>" with the series' values,
then one row per call of it (e.g. "spread rolling 10 1 std": series, kind, window, min_periods, statistic; kind
"centered" is rolling(center=True); "ewm" rows are "<series> ewm <com> <min_periods> mean <adjust> <ignore_na>") with
pandas' results; values separated by spaces, floats by repr() (nan for missing). The series are built to reach pandas' special paths:
magnitudes over 18 orders (the compensated running sums), runs of equal values (the exact sums of equal values and the
variance recomputed after a cancellation), ties (medians), and missing values at the start, middle and end.
"""
import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "reference" / "window_statistics.csv"


def series():
    rng = np.random.default_rng(20261128)
    spread = rng.normal(size=200) * 10.0 ** rng.integers(-6, 12, 200)
    spread[[0, 1, 100, 101, 102, 199]] = np.nan
    spread[40:60] = 2.5
    ties = rng.integers(0, 4, 120).astype(float)
    ties[[0, 77, 119]] = np.nan
    cancel = np.concatenate([rng.normal(1e8, 1e3, 30), np.full(20, 0.1), rng.normal(0, 1e-3, 30), [np.nan] * 5,
                             rng.normal(5, 1, 10)])
    growth = 1 + rng.normal(0, 0.01, 100)
    growth[[3, 90]] = np.nan
    return {"spread": spread, "ties": ties, "cancel": cancel, "growth": growth}


def fmt(v):
    v = float(v)
    return "nan" if math.isnan(v) else repr(v)


def main():
    rows = []
    for name, x in series().items():
        s = pd.Series(x)
        calls = []
        for w, minp in [(1, None), (3, None), (10, 1), (500, 1)]:
            for stat in ["sum", "mean", "var", "std", "min", "max", "median", "count"]:
                calls.append((f"{name} rolling {w} {w if minp is None else minp} {stat}",
                              getattr(s.rolling(w, min_periods=minp), stat)()))
        # center=True: the window centred on its row, cut at the ends (odd and even widths, min_periods below and at
        # the width, a window longer than the series).
        for w, minp in [(3, None), (4, None), (5, 1), (10, 3), (500, 1)]:
            for stat in ["sum", "mean", "var", "std", "min", "max", "median", "count"]:
                calls.append((f"{name} centered {w} {w if minp is None else minp} {stat}",
                              getattr(s.rolling(w, min_periods=minp, center=True), stat)()))
        # ewm(com=...).mean(): adjusted or not, missing values ignored or not, min_periods (0 is pandas' default).
        for com, minp, adjust, ignore_na in [(0.5, 0, True, False), (3.0, 0, False, False), (3.0, 5, True, True),
                                             (0.0, 0, True, False), (14.5, 2, False, True), (1 / 0.3 - 1, 1, True, False)]:
            calls.append((f"{name} ewm {com!r} {minp} mean {int(adjust)} {int(ignore_na)}",
                          s.ewm(com=com, min_periods=minp, adjust=adjust, ignore_na=ignore_na).mean()))
        for minp in [0, 20]:
            for stat in ["sum", "mean", "var", "std", "min", "max", "median", "count"]:
                calls.append((f"{name} expanding 0 {minp} {stat}", getattr(s.expanding(min_periods=minp), stat)()))
        for stat in ["cumsum", "cumprod", "cummax", "cummin"]:
            calls.append((f"{name} cumulative 0 0 {stat[3:]}", getattr(s, stat)()))
        rows.append([f"input {name}", " ".join(fmt(v) for v in x)])
        for case, result in calls:
            rows.append([case, " ".join(fmt(v) for v in result.to_numpy())])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "values"])
        w.writerows(rows)
    print(f"wrote {OUT.name} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
