"""Baseline of employee_table_vectorizer: skrub's TableVectorizer and a Ridge grid.

With SKRUB_SRC pointing at a skrub checkout this runs skrub itself (its StringEncoders seeded with random_state=0, as
Stratum runs random_state=None). Without it, the equivalent pandas + scikit-learn: one-hot below 40 distinct values,
TF-IDF of char_wb 3-4-grams and TruncatedSVD(30) for the two text columns, year/month/day/total seconds of the hiring
date, the year passed through. That version skips skrub's float32 casts and scaling factor, so its scores differ a
little from skrub's and Stratum's; its time is what a user of scikit-learn alone would spend.
"""
import os
import sys
import time

started = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.decomposition import TruncatedSVD  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder  # noqa: E402

from baseline_common import ROOT, data_path, emit, grid_results  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data.drop(columns=["current_annual_salary"])

if os.environ.get("SKRUB_SRC"):
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub  # noqa: E402

    skrub = import_skrub()
    features = skrub.TableVectorizer(high_cardinality=skrub.StringEncoder(random_state=0))
else:
    def date_parts(frame):
        d = pd.to_datetime(frame.iloc[:, 0], format="%m/%d/%Y")
        seconds = (d - pd.Timestamp("1970-01-01")) / pd.Timedelta("1s")
        return np.column_stack([d.dt.year, d.dt.month, d.dt.day, seconds]).astype("float32")

    def text_svd():
        return make_pipeline(FunctionTransformer(lambda f: f.iloc[:, 0].fillna("")),
                             TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)),
                             TruncatedSVD(30, random_state=0))

    onehot = OneHotEncoder(sparse_output=False, dtype="float32", handle_unknown="ignore", drop="if_binary")
    features = ColumnTransformer([
        ("low", onehot, ["gender", "department", "department_name", "assignment_category"]),
        ("division", text_svd(), ["division"]),
        ("title", text_svd(), ["employee_position_title"]),
        ("date", FunctionTransformer(date_parts), ["date_first_hired"]),
        ("year", "passthrough", ["year_first_hired"]),
    ])

rows = grid_results(X, y, [("features", features), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "r2")
emit(rows, started)
