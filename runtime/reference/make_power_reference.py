#!/usr/bin/env python3
"""Reference outputs of pandas' `series ** exponent` for the exponents numpy computes exactly, for ColumnPowerTest.

Run from anywhere:  python3 runtime/reference/make_power_reference.py
Writes runtime/src/test/resources/reference/power_scalar_exponents.csv: one row per (input dtype, exponent as the
script writes it, input) with pandas' output. numpy computes an array to a scalar 2, -1 or 0.5 as its square, its
reciprocal and its square root (so (-0.0) ** 0.5 is -0.0 and (-inf) ** 0.5 is nan, where C's pow gives 0.0 and inf),
to 1 and 0 as the value and 1: all correctly rounded, the same on every machine, which the Java test holds to the
bit. Any other exponent is numpy's pow, whose last bit depends on the CPU (MachineDependentDigits tracks it). The
first bases are values where Java's Math.pow(x, -1.0) is not 1 / x.
"""
import csv
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "reference" / "power_scalar_exponents.csv"

EXPONENTS = ["2", "-1", "2.0", "-1.0", "0.5", "1", "1.0", "0", "0.0"]

warnings.filterwarnings("ignore")  # division by zero and sqrt of negatives warn; the values are what we want


def fmt(v):
    if isinstance(v, (np.integer, int)) and not isinstance(v, bool):
        return str(int(v))
    v = float(v)
    return "nan" if math.isnan(v) else repr(v)


def float_inputs():
    pow_differs = [47.99907565720585, 34.08807939576161, 2.726421031018944, 1.2985285258718893, 23.52889411316238,
                   39.31690332840711]
    special = [0.0, -0.0, 1.0, -1.0, 0.5, -4.0, 3.0, math.pi, float("nan"), float("inf"), float("-inf"), 1e-300,
               5e-324, 1e300, -1e300, 1.5e154]
    rng = np.random.default_rng(20261129)
    spread = list(rng.uniform(0.0, 50.0, 40)) + list(np.exp(rng.uniform(-30.0, 30.0, 20))) + list(rng.uniform(-20, 20, 20))
    return pow_differs + special + [float(v) for v in spread]


def main():
    rows = []
    floats = pd.Series(float_inputs(), dtype="float64", name="x")
    ints = pd.Series([0, 1, -1, 2, -3, 7, 100, 3037000499], dtype="int64", name="n")
    for series in (floats, ints):
        for text in EXPONENTS:
            exponent = float(text) if "." in text else int(text)
            if series.dtype == "int64" and text == "-1":
                continue  # pandas raises: integers to negative integer powers are not allowed
            out = series ** exponent
            for x, y in zip(series.tolist(), out.tolist()):
                rows.append([str(series.dtype), text, fmt(x), fmt(y), str(out.dtype)])
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["input_dtype", "exponent", "input", "output", "output_dtype"])
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} rows) with numpy {np.__version__}, pandas {pd.__version__}")


if __name__ == "__main__":
    main()
