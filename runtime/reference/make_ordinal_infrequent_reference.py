#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9's OrdinalEncoder grouping of infrequent categories (issue 7).

Run from anywhere:  python3 runtime/reference/make_ordinal_infrequent_reference.py
Needs numpy, pandas and scikit-learn. Reads the committed inputs of make_onehot_reference.py
(inputs/onehot_train.csv, inputs/onehot_test.csv: a string column, an int column, a string column with missing
values; unseen categories in the test rows) and writes ordinal_infrequent.csv: per case and split the codes of
every column (or "error" when scikit-learn refuses the transform) and infrequent_categories_. The shared-data case
(employee_salaries, skipped when absent) fits on the first 80% of the rows and stores the codes of every fifth row
of the rest.
"""
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.preprocessing import OrdinalEncoder

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt_list, write  # noqa: E402

INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

CASES = [
    ("min_frequency=5", dict(min_frequency=5)),
    ("min_frequency=0.1", dict(min_frequency=0.1)),
    ("max_categories=3", dict(max_categories=3)),
    ("max_categories=1", dict(max_categories=1)),
    ("min_frequency=4,max_categories=4", dict(min_frequency=4, max_categories=4)),
    ("min_frequency=6,unknown_value=-1", dict(min_frequency=6, handle_unknown="use_encoded_value",
                                              unknown_value=-1)),
    ("max_categories=2,unknown_value=nan,encoded_missing_value=-2",
     dict(max_categories=2, handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=-2)),
    ("min_frequency=100,unknown_value=-1", dict(min_frequency=100, handle_unknown="use_encoded_value",
                                                unknown_value=-1)),
]


def label(v):
    return str(v.item() if hasattr(v, "item") else v)


def main():
    train = pd.read_csv(INPUTS / "onehot_train.csv")
    test = pd.read_csv(INPUTS / "onehot_test.csv")
    cols = ["city", "size", "color"]
    rows = []
    for name, kwargs in CASES:
        enc = OrdinalEncoder(**kwargs).fit(train[cols])
        for split, frame in (("train", train), ("test", test)):
            try:
                out = enc.transform(frame[cols])
            except ValueError:
                out = None
            for j, c in enumerate(cols):
                infrequent = enc.infrequent_categories_[j]
                labels = "|".join(label(v) for v in infrequent) if infrequent is not None else ""
                rows.append([name, split, c, "error" if out is None else fmt_list(out[:, j].tolist()), labels])
    emp = SHARED / "employee_salaries.csv"
    if emp.exists():
        d = pd.read_csv(emp)
        ecols = ["gender", "department", "employee_position_title"]
        cut = int(len(d) * 0.8)
        for name, kwargs in (("employee_salaries:min_frequency=20", dict(min_frequency=20)),
                             ("employee_salaries:max_categories=12", dict(max_categories=12))):
            enc = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, **kwargs).fit(d[ecols].iloc[:cut])
            out = enc.transform(d[ecols].iloc[cut::5])
            for j, c in enumerate(ecols):
                infrequent = enc.infrequent_categories_[j]
                labels = "|".join(label(v) for v in infrequent) if infrequent is not None else ""
                rows.append([name, "test", c, fmt_list(out[:, j].tolist()), labels])
    write("ordinal_infrequent.csv", ["case", "split", "column", "values", "infrequent"], rows)


if __name__ == "__main__":
    main()
