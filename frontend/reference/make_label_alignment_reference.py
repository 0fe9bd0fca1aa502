#!/usr/bin/env python3
"""What pandas does where frames and columns of different row labels meet and Stratum does not pair them.

Run from anywhere:  python3 frontend/reference/make_label_alignment_reference.py
Each case is an expression over `data` (examples/data/seattle-weather.csv) that combines rows of different labels.
pandas either raises (comparisons, a mask missing labels, a reindex on repeated labels: its message is recorded) or
aligns the two sides on their labels into a result Stratum cannot give (a union of labels, an int64 or bool column
that gets missing values and so changes dtype: recorded as "aligned" with the result's dtype and row labels).
LabelAlignmentCliTest holds Stratum to this: pandas' message where pandas raises, else a located refusal.
Writes frontend/src/test/resources/label_alignment/cases.csv.
"""
import csv
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "label_alignment" / "cases.csv"

CASES = {
    "compare": 'data["wind"][data["wind"] > 8] == data["wind"][data["wind"] > 9]',
    "arithmetic": 'data["wind"][data["wind"] > 8] + data["wind"][data["wind"] > 9]',
    "frame_arithmetic": 'data[data["wind"] > 8][["wind"]] / data[data["wind"] > 9][["wind"]]',
    "mask_missing_labels": 'data.head(3)[data[data["wind"] > 8]["wind"] > 0]',
    "assign_repeated_labels": 'data.head(3).assign(w=pd.concat([data["wind"], data["wind"]]))',
    "assign_int_missing": 'data.head(30).assign(n=data[data["wind"] > 8]["wind"].round().astype("int64"))',
    "assign_bool_missing": 'data.head(30).assign(b=data[data["wind"] > 8]["wind"] > 9)',
    "concat_columns": 'pd.concat([data[data["wind"] > 8][["wind"]], data[data["wind"] > 9][["date"]]], axis=1)',
}


def outcome(expression):
    data = pd.read_csv(ROOT / "examples" / "data" / "seattle-weather.csv")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = eval(expression, {"pd": pd, "data": data})
    except Exception as e:  # pandas' own refusal
        return "error", f"{type(e).__name__}: {e}"
    dtypes = value.dtypes.astype(str).tolist() if isinstance(value, pd.DataFrame) else [str(value.dtype)]
    return "aligned", f"dtypes {dtypes}, {len(value)} rows labelled {value.index.tolist()[:8]}"


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_label_alignment_reference.py with pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "expression", "pandas", "detail"])
        for case, expression in CASES.items():
            w.writerow([case, expression, *outcome(expression)])
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
