"""Shared code of the Python baselines: run a GridSearchCV and print its results as JSON.

Each baseline is the pandas + scikit-learn code a user would write instead of the DataOps script next to it:
the `.skb.apply(..., cols=...)` steps become a ColumnTransformer, the grid a GridSearchCV with the same folds.
"""
import json
import os
import sys
import time

from sklearn.model_selection import GridSearchCV, KFold
from sklearn.pipeline import Pipeline

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("STRATUM_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))


def data_path(name):
    """A data file: bench/data/ for generated ones, else the shared data folder, else examples/data."""
    for folder in (os.path.join(ROOT, "bench", "data"), SHARED, os.path.join(ROOT, "examples", "data")):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    raise SystemExit(f"missing data file {name}")


def grid_results(X, y, steps, param_grid, labels, scoring, cv=5):
    """Fits the grid and returns rows {choice: label, ..., mean_test_score: x} in candidate order."""
    search = GridSearchCV(Pipeline(steps), param_grid, cv=KFold(cv), scoring=scoring, n_jobs=1, refit=False)
    search.fit(X, y)
    rows = []
    for i, params in enumerate(search.cv_results_["params"]):
        row = labels(params)
        row["mean_test_score"] = float(search.cv_results_["mean_test_score"][i])
        rows.append(row)
    return rows


def emit(rows, started):
    json.dump({"results": rows, "wall_time_seconds": time.perf_counter() - started}, sys.stdout)
    sys.stdout.write("\n")
