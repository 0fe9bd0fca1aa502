#!/usr/bin/env python3
"""Reference outputs of scikit-learn 1.9's OneHotEncoder grouping of infrequent categories (issue 7).

Run from anywhere:  python3 runtime/reference/make_onehot_reference.py
Needs numpy, pandas and scikit-learn. Writes its small inputs (inputs/onehot_train.csv, inputs/onehot_test.csv,
from a fixed seed) and onehot_infrequent.csv under runtime/src/test/resources/reference/ (fixture_format.py), so
the Java tests never need Python.
"""
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.preprocessing import OneHotEncoder

from fixture_format import OUT, fmt_list, write

INPUTS = OUT / "inputs"
warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__


def make_inputs():
    rng = np.random.RandomState(11)
    cities = np.array(["Paris", "Berlin", "Oslo", "Rome", "Lima", "Kyiv", "Bern"])
    p = np.array([0.35, 0.25, 0.15, 0.1, 0.07, 0.05, 0.03])
    n_train, n_test = 60, 10
    city = rng.choice(cities, size=n_train + n_test, p=p).astype(object)
    size = rng.choice([1, 2, 3, 4, 5], size=n_train + n_test, p=[0.4, 0.3, 0.15, 0.1, 0.05])
    color = rng.choice(["red", "blue", "green", None], size=n_train + n_test, p=[0.5, 0.3, 0.12, 0.08]).astype(object)
    df = pd.DataFrame({"city": city, "size": size, "color": color})
    # unseen categories in the held-out rows
    df.loc[n_train, "city"] = "Quito"
    df.loc[n_train + 1, "size"] = 9
    df.loc[n_train + 2, "color"] = "violet"
    df.iloc[:n_train].to_csv(INPUTS / "onehot_train.csv", index=False)
    df.iloc[n_train:].to_csv(INPUTS / "onehot_test.csv", index=False)


def cases():
    return [
        ("min_frequency=5", dict(min_frequency=5, handle_unknown="infrequent_if_exist")),
        ("min_frequency=0.1", dict(min_frequency=0.1, handle_unknown="infrequent_if_exist")),
        ("max_categories=3", dict(max_categories=3, handle_unknown="infrequent_if_exist")),
        ("max_categories=1", dict(max_categories=1, handle_unknown="infrequent_if_exist")),
        ("min_frequency=4,max_categories=4", dict(min_frequency=4, max_categories=4, handle_unknown="ignore")),
        ("min_frequency=6,drop=first", dict(min_frequency=6, drop="first", handle_unknown="infrequent_if_exist")),
        ("max_categories=2,drop=if_binary", dict(max_categories=2, drop="if_binary",
                                                  handle_unknown="infrequent_if_exist")),
        ("min_frequency=100,handle_unknown=infrequent_if_exist", dict(min_frequency=100,
                                                                      handle_unknown="infrequent_if_exist")),
        ("handle_unknown=infrequent_if_exist", dict(handle_unknown="infrequent_if_exist")),
        ("min_frequency=3,sparse_output=True", dict(min_frequency=3, handle_unknown="infrequent_if_exist",
                                                   sparse_output=True)),
    ]


def main():
    make_inputs()
    train = pd.read_csv(INPUTS / "onehot_train.csv")
    test = pd.read_csv(INPUTS / "onehot_test.csv")
    cols = ["city", "size", "color"]
    rows = []
    for name, kwargs in cases():
        kwargs.setdefault("sparse_output", False)
        enc = OneHotEncoder(**kwargs).fit(train[cols])
        names = enc.get_feature_names_out()
        for split, frame in (("train", train), ("test", test)):
            out = enc.transform(frame[cols])
            out = out.toarray() if hasattr(out, "toarray") else out
            for j, c in enumerate(names):
                rows.append([name, split, c, fmt_list(out[:, j].tolist())])
    write("onehot_infrequent.csv", ["case", "split", "column", "values"], rows)


if __name__ == "__main__":
    main()
