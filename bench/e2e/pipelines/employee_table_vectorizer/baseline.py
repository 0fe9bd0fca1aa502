"""Baseline of employee_table_vectorizer: skrub's TableVectorizer (or its scikit-learn equivalent, see
employee_features.py) and a Ridge grid."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402

from baseline_common import data_path, emit, grid_results  # noqa: E402
from employee_features import table_vectorizer  # noqa: E402

data = pd.read_csv(data_path("employee_salaries.csv"))
y = data["current_annual_salary"]
X = data.drop(columns=["current_annual_salary"])
rows = grid_results(X, y, [("features", table_vectorizer()), ("model", Ridge())], {"model__alpha": [0.1, 1.0, 10.0]},
                    lambda p: {"alpha": p["model__alpha"]}, "r2")
emit(rows, started)
