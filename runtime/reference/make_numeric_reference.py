#!/usr/bin/env python3
"""Reference outputs of numpy's element-wise functions on pandas Series, for ColumnFunctionsTest.

Run from anywhere:  python3 runtime/reference/make_numeric_reference.py
Writes runtime/src/test/resources/reference/numeric_functions.csv: one row per (function, input dtype, input),
with the output and its dtype as pandas gives them for np.<function>(series). Floats are written with repr()
so they round-trip exactly. The Java test compares within a few ulps, since numpy picks SIMD or libm loops by
CPU and those differ from each other in the last bits.
"""
import csv
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "test" / "resources" / "reference" / "numeric_functions.csv"

FUNCTIONS = ["log", "log1p", "exp", "expm1", "sqrt", "square", "abs", "fabs", "sin", "cos"]

warnings.filterwarnings("ignore")  # log(0), sqrt(-1) and overflow warn in numpy; the values are what we want


def fmt(v):
    if isinstance(v, (np.integer, int)) and not isinstance(v, bool):
        return str(int(v))
    v = float(v)
    if math.isnan(v):
        return "nan"
    return repr(v)


def float_inputs():
    special = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, math.pi, math.e, float("nan"), float("inf"), float("-inf"),
               1e-300, -1e-300, 5e-324, 1e-20, -1e-20, 1e-8, 1e-3, 0.999, 1.001, 709.78, 710.0, -745.0, -746.0,
               1e22, -1e22, 1e300, -1e300, 1.5e154, -0.9999999, -1.0000001, 3e-162, 1e-170]
    rng = np.random.default_rng(20261126)
    spread = list(rng.uniform(-50.0, 50.0, 60)) + list(np.exp(rng.uniform(-30.0, 30.0, 40)))
    spread += list(rng.uniform(-1.0, 1.0, 30)) + list(rng.standard_normal(30) * 1e3)
    return special + [float(v) for v in spread]


def int_inputs():
    return [0, 1, -1, 2, -3, 7, 100, -12345, 2**31, 3037000499, 3037000500, -3037000500, 2**53 + 1,
            2**62, 2**63 - 1, -2**63]


def main():
    rows = []
    floats = pd.Series(float_inputs(), dtype="float64", name="x")
    ints = pd.Series(int_inputs(), dtype="int64", name="n")
    for name in FUNCTIONS:
        f = getattr(np, name)
        for series in (floats, ints):
            out = f(series)
            assert out.name == series.name, (name, out.name)
            for x, y in zip(series.tolist(), out.tolist()):
                rows.append([name, str(series.dtype), fmt(x), fmt(y), str(out.dtype)])
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["function", "input_dtype", "input", "output", "output_dtype"])
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} rows) with numpy {np.__version__}, pandas {pd.__version__}")


if __name__ == "__main__":
    main()
