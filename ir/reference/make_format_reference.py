#!/usr/bin/env python3
"""Python's format(value, spec) and round(value, n), for PyFormatSpecTest.

Run from the repository root:  python3 ir/reference/make_format_reference.py
Writes ir/src/test/resources/reference/format_spec.csv: kind (float/int/str/bool), the value as repr() writes it, the spec
(or 'round:N' for round(value, N) printed with str()), and what CPython gives, or the error's type and message.
"""
import csv
import itertools
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "test" / "resources" / "reference" / "format_spec.csv"

FLOATS = [0.0, -0.0, 1.0, 0.5, 2.675, 1.005, 0.125, 3.14159265, -2.5, 123456.789, 1e-5, 1.5e-7, 1e16, 1.23456789e22,
          0.000123456, 999.9996, 9.9995, 0.83308, 16.43908281998631, float("inf"), float("-inf"), float("nan")]
INTS = [0, 7, -42, 1234567, 10 ** 12]
STRS = ["", "a", "hello", "it's"]
FLOAT_SPECS = ["", ".0f", ".1f", ".2f", ".3f", ".4f", "f", ".2e", "e", ".3E", "g", ".3g", ".1g", ".10g", "G", ".2%",
               "%", ".3", ".1", "10.3f", "<10.2f", "^11.1f", "+.2f", " .2f", "010.2f", ",.2f", "_.1f", "#.0f",
               "#.3g", "*>12.4e", "=+10.1f", ".0e", ".0%", "n", "12", "x"]
INT_SPECS = ["", "d", "5d", "<6", "^7", "+d", ",", "_d", "08d", ".2f", ".1e", ".3g", "%", ".2"]
STR_SPECS = ["", "s", "10", ">8", "^9", ".2", "*<6.3s", "d"]
# a bool (numpy's too) formats as its int under any spec but the empty one
BOOLS = [True, False]
BOOL_SPECS = ["", "d", ">5", "<6", "^7", ".2f", "+d", "05", ".1e", "s"]
ROUNDS = [0, 1, 2, 3, -1]


def result(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001
        return f"!{type(e).__name__}: {e}"


def main():
    rows = []
    for v, spec in itertools.product(FLOATS, FLOAT_SPECS):
        rows.append(["float", repr(v), spec, result(lambda: format(v, spec))])
    for v, n in itertools.product(FLOATS, ROUNDS):
        rows.append(["float", repr(v), f"round:{n}", result(lambda: str(round(v, n)))])
    for v, spec in itertools.product(INTS, INT_SPECS):
        rows.append(["int", repr(v), spec, result(lambda: format(v, spec))])
    for v, spec in itertools.product(STRS, STR_SPECS):
        rows.append(["str", repr(v), spec, result(lambda: format(v, spec))])
    for v, spec in itertools.product(BOOLS, BOOL_SPECS):
        rows.append(["bool", repr(v), spec, result(lambda: format(v, spec))])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by ir/reference/make_format_reference.py with Python {sys.version.split()[0]}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "value", "spec", "python"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
