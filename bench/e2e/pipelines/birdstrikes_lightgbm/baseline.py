"""Baseline of birdstrikes_lightgbm: examples/boosting/birdstrikes_night.py in pandas + scikit-learn + lightgbm."""
import time

started = time.perf_counter()
import pandas as pd  # noqa: E402  (imports are part of what a user waits for)
from lightgbm import LGBMClassifier  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.model_selection import GridSearchCV, StratifiedKFold  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder  # noqa: E402

from baseline_common import data_path, emit  # noqa: E402

data = pd.read_csv(data_path("birdstrikes.csv"))
y = data["Time of day"] == "Night"
cats = ["Phase of flight", "Origin State", "Aircraft Airline Operator", "Wildlife Size"]
X = data[cats + ["Cost Total $"]]
features = ColumnTransformer([("keep", "passthrough", ["Cost Total $"]),
                              ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats)])
search = GridSearchCV(Pipeline([("features", features), ("model", LGBMClassifier(n_estimators=100, verbose=-1))]),
                      {"model__num_leaves": [15, 63]}, cv=StratifiedKFold(5), scoring="roc_auc", n_jobs=1,
                      refit=False)
search.fit(X, y)
rows = [{"num_leaves": p["model__num_leaves"], "mean_test_score": float(m)}
        for p, m in zip(search.cv_results_["params"], search.cv_results_["mean_test_score"])]
emit(rows, started)
