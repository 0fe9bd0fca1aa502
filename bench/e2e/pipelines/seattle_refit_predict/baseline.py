"""Baseline of seattle_refit_predict (examples/predict_new_data.py): GridSearchCV with refit=True, then predict and
score the 2015 rows."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imports are part of what a user waits for)
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.metrics import mean_absolute_error  # noqa: E402
from sklearn.model_selection import GridSearchCV, KFold  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402

from baseline_common import data_path, emit  # noqa: E402

weather = pd.read_csv(data_path("seattle-weather.csv"))
past = weather[weather["date"] < "2015-01-01"]
new = weather[weather["date"] >= "2015-01-01"]
features = ColumnTransformer([
    ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather"]),
    ("scale", StandardScaler(), ["precipitation", "temp_min", "wind"]),
], remainder="passthrough")
search = GridSearchCV(Pipeline([("features", features), ("model", Ridge())]),
                      {"model__alpha": [0.1, 1.0, 10.0, 100.0]}, cv=KFold(5), scoring="r2", n_jobs=1, refit=True)
search.fit(past.drop(columns=["temp_max", "date"]), past["temp_max"])
X_new = new.drop(columns=["temp_max", "date"])
search.predict(X_new)[:5]
search.score(X_new, new["temp_max"])
mean_absolute_error(new["temp_max"], search.predict(X_new))
rows = [{"alpha": p["model__alpha"], "mean_test_score": float(m)}
        for p, m in zip(search.cv_results_["params"], search.cv_results_["mean_test_score"])]
emit(rows, started)
