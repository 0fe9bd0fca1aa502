"""The TableVectorizer step of the employee_* TableVectorizer baselines, shared by them.

With SKRUB_SRC pointing at a skrub checkout it is skrub's own TableVectorizer (its StringEncoders seeded with
random_state=0, as Stratum runs random_state=None). Without it, the equivalent pandas + scikit-learn: one-hot below 40
distinct values, TF-IDF of char_wb 3-4-grams and TruncatedSVD(30) for the two text columns, year/month/day/total
seconds of the hiring date, the year passed through. That version skips skrub's float32 casts and scaling factor, so
its scores differ a little from skrub's and Stratum's; its time is what a user of scikit-learn alone would spend.
"""
import os
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

from baseline_common import ROOT


def uses_skrub():
    return bool(os.environ.get("SKRUB_SRC"))


def import_skrub():
    sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
    from skrub_source import import_skrub as load  # noqa: E402
    return load()


def _date_parts(frame):
    d = pd.to_datetime(frame.iloc[:, 0], format="%m/%d/%Y")
    seconds = (d - pd.Timestamp("1970-01-01")) / pd.Timedelta("1s")
    return np.column_stack([d.dt.year, d.dt.month, d.dt.day, seconds]).astype("float32")


def _text_svd():
    return make_pipeline(FunctionTransformer(lambda f: f.iloc[:, 0].fillna("")),
                         TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)),
                         TruncatedSVD(30, random_state=0))


def table_vectorizer():
    """skrub.TableVectorizer() on employee_salaries' feature columns, or its scikit-learn equivalent."""
    if uses_skrub():
        skrub = import_skrub()
        return skrub.TableVectorizer(high_cardinality=skrub.StringEncoder(random_state=0))
    onehot = OneHotEncoder(sparse_output=False, dtype="float32", handle_unknown="ignore", drop="if_binary")
    return ColumnTransformer([
        ("low", onehot, ["gender", "department", "department_name", "assignment_category"]),
        ("division", _text_svd(), ["division"]),
        ("title", _text_svd(), ["employee_position_title"]),
        ("date", FunctionTransformer(_date_parts), ["date_first_hired"]),
        ("year", "passthrough", ["year_first_hired"]),
    ])
