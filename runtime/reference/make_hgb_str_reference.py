#!/usr/bin/env python3
"""Reference predictions of scikit-learn's histogram gradient boosting with str columns named in
categorical_features (issue 7, trees): scikit-learn ordinal-encodes them (categories: the training column's sorted
distinct values; an unseen or missing value is missing) before binning.

Run from anywhere:  python3 runtime/reference/make_hgb_str_reference.py
Needs pandas and scikit-learn 1.9.1. Reads examples/data/seattle-weather.csv (committed); writes
trees_hgb_str_categorical.csv: per case, the predictions on the held-out rows (training on the first 1,000 rows; the
"no_snow" cases leave the snow rows out of training, so that category is unseen at predict time). OpenMP is pinned to
one thread so scikit-learn's sums are in a fixed order.
"""
import os

os.environ["OMP_NUM_THREADS"] = "1"

import sys  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import fmt_list, write  # noqa: E402

warnings.filterwarnings("ignore")
assert sklearn.__version__ == "1.9.1", sklearn.__version__

FEATURES = ["precipitation", "weather", "wind", "temp_min"]
CASES = [
    # (case, model, training rows)
    ("regressor names", lambda: HistGradientBoostingRegressor(categorical_features=["weather"]), "first"),
    ("regressor index max_iter=30", lambda: HistGradientBoostingRegressor(categorical_features=[1], max_iter=30), "first"),
    ("regressor names no_snow", lambda: HistGradientBoostingRegressor(categorical_features=["weather"]), "no_snow"),
    ("classifier names", lambda: HistGradientBoostingClassifier(categorical_features=["weather"], max_iter=20), "first"),
]


def main():
    data = pd.read_csv(HERE.parent.parent / "examples" / "data" / "seattle-weather.csv")
    rows = []
    for name, model, training in CASES:
        train = data.iloc[:1000]
        if training == "no_snow":
            train = train[train["weather"] != "snow"]
        test = data.iloc[1000:]
        m = model()
        if name.startswith("classifier"):
            y = (train["temp_max"] > 15).astype(int)
            m.fit(train[FEATURES], y)
            out = m.predict_proba(test[FEATURES])[:, 1]
        else:
            m.fit(train[FEATURES], train["temp_max"])
            out = m.predict(test[FEATURES])
        rows.append([name, fmt_list(out)])
    write("trees_hgb_str_categorical.csv", ["case", "values"], rows)


if __name__ == "__main__":
    main()
