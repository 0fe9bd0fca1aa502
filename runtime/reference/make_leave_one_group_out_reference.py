#!/usr/bin/env python3
"""Reference folds of scikit-learn's LeaveOneGroupOut for issue 7.

Run from anywhere:  python3 runtime/reference/make_leave_one_group_out_reference.py
Needs numpy and scikit-learn. Uses the groups columns of make_group_split_reference.py (int, ties, random, float
with -0.0, strings by code point, bool, sellers) plus a single-group column, and writes leave_one_group_out.csv:
per column and fold the train and test rows in the order scikit-learn yields them, or scikit-learn's error.
"""
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.model_selection import LeaveOneGroupOut

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_format import fmt_list, write  # noqa: E402
from make_group_split_reference import groups  # noqa: E402


def main():
    rows = []
    cases = list(groups()) + [("single", "int", np.array([4, 4, 4]))]
    for name, kind, g in cases:
        labels = "|".join(str(v) for v in g)
        try:
            splits = list(LeaveOneGroupOut().split(np.zeros(len(g)), None, g))
            for f, (train, test) in enumerate(splits):
                rows.append([name, kind, labels, f, fmt_list(train), fmt_list(test), ""])
        except ValueError as e:
            rows.append([name, kind, labels, -1, "", "", str(e)])
    write("leave_one_group_out.csv", ["case", "kind", "groups", "fold", "train", "test", "error"], rows)
    print(f"with scikit-learn {sklearn.__version__}, numpy {np.__version__}")


if __name__ == "__main__":
    main()
