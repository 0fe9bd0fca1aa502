"""Reference expansions of skrub's type and name selectors on a pandas frame holding one column of each dtype
Stratum distinguishes, plus s.regex on names (Python's re.match: anchored at the start only).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src python3 ir/reference/make_selector_reference.py
Writes ir/src/test/resources/reference/selector_expansions.csv (selector repr, selected names in frame order);
ColumnSelectorTest reads it with the frame's dtypes as Stratum's column kinds (the test's FRAME_KINDS).
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
from skrub_source import import_skrub  # noqa: E402

skrub = import_skrub()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import skrub.selectors as s  # noqa: E402

FRAME = pd.DataFrame({
    "n_int": np.array([1, 2], dtype="int64"),
    "n_float": np.array([1.5, 2.5]),
    "n_float32": np.array([1.5, 2.5], dtype="float32"),
    "name": pd.Series(["a", "b"], dtype="str"),
    "kind_cat": pd.Series(["x", "y"], dtype="category"),
    "flag": np.array([True, False]),
    "when": pd.to_datetime(["2020-01-01", "2021-01-01"]),
    "when_utc": pd.to_datetime(["2020-01-01", "2021-01-01"]).tz_localize("UTC"),
    "lag": pd.to_timedelta(["1D", "2D"]),
    "int_2": np.array([3, 4], dtype="int64"),
})

SELECTORS = [s.numeric(), s.integer(), s.float(), s.string(), s.categorical(), s.boolean(), s.any_date(),
             s.any_date() | s.boolean(), s.numeric() - s.integer(), ~s.any_date(), s.regex("n_"), s.regex("int"),
             s.regex(r"n_\w+t$"), s.regex(".*_2"), s.regex("when|lag"), s.string() | s.categorical(),
             s.regex("n_") & s.float()]


def main():
    out = os.path.join(ROOT, "ir", "src", "test", "resources", "reference", "selector_expansions.csv")
    with open(out, "w", newline="") as f:
        f.write(f"# made by ir/reference/make_selector_reference.py with pandas {pd.__version__} and skrub {skrub.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["selector", "selected"])
        for sel in SELECTORS:
            w.writerow([repr(sel), " ".join(sel.expand(FRAME))])
    print(f"wrote {len(SELECTORS)} rows to {out}")


if __name__ == "__main__":
    main()
