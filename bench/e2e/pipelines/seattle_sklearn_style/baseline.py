"""Baseline of seattle_sklearn_style: examples/sklearn_style.py, a make_column_transformer pipeline (Ridge alpha grid)
against skrub.tabular_pipeline("regressor").

With SKRUB_SRC pointing at a skrub checkout this runs the example script itself in skrub, so the scores are compared
candidate by candidate. Without it, the same candidates as a scikit-learn GridSearchCV: the Ridge pipeline as
written, and HistGradientBoosting on the weather as a category column (what tabular_pipeline builds here: the table has
no high-cardinality text), timed as a scikit-learn user would run it.
"""
import math
import time

started = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from baseline_common import ROOT, data_path, emit  # noqa: E402
from employee_features import import_skrub, uses_skrub  # noqa: E402

if uses_skrub():
    import contextlib  # noqa: E402
    import io  # noqa: E402
    import os  # noqa: E402

    import_skrub()
    # the example itself, run by skrub (its print of results_ kept off the JSON this baseline writes)
    example = os.path.join(ROOT, "examples", "sklearn_style.py")  # it reads its data relative to ROOT, the cwd here
    namespace = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(open(example).read(), example, "exec"), namespace)
    search = namespace["search"]
    rows = []
    for record in search.results_.to_dict("records"):
        row = {k: v for k, v in record.items()
               if k != "std_test_score" and not (isinstance(v, float) and math.isnan(v))}
        row["mean_test_score"] = float(row["mean_test_score"])
        rows.append(row)
else:
    weather = pd.read_csv(data_path("seattle-weather.csv"), parse_dates=["date"])
    from sklearn.compose import make_column_selector, make_column_transformer  # noqa: E402
    from sklearn.ensemble import HistGradientBoostingRegressor  # noqa: E402
    from sklearn.linear_model import Ridge  # noqa: E402
    from sklearn.model_selection import GridSearchCV, KFold  # noqa: E402
    from sklearn.pipeline import Pipeline, make_pipeline  # noqa: E402
    from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

    X = weather.drop(columns=["temp_max"]).assign(month=weather["date"].dt.month)
    y = weather["temp_max"]
    preprocess = make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather", "month"]),
        (StandardScaler(), make_column_selector(dtype_include=np.number)),
    )
    Xb = X.assign(weather=X["weather"].astype("category"), year=X["date"].dt.year, day=X["date"].dt.day,
                  total_seconds=X["date"].astype("int64") / 1e9).drop(columns=["date"])
    rows = []
    search = GridSearchCV(Pipeline([("pre", preprocess), ("ridge", Ridge())]),
                          {"ridge__alpha": list(np.logspace(-1, 2, 4))}, cv=KFold(5), refit=False).fit(X, y)
    for params, score in zip(search.cv_results_["params"], search.cv_results_["mean_test_score"]):
        rows.append({"alpha": params["ridge__alpha"], "model": "ridge", "mean_test_score": float(score)})
    boosting = GridSearchCV(HistGradientBoostingRegressor(categorical_features="from_dtype"), {}, cv=KFold(5),
                            refit=False).fit(Xb, y)
    rows.append({"model": "boosting", "mean_test_score": float(boosting.cv_results_["mean_test_score"][0])})
emit(rows, started)
