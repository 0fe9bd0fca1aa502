"""Scikit-learn-style preprocessing in a DataOps search, written the way agents write it.

A ColumnTransformer one-hot encodes the weather and the month and scales the numbers (picked by dtype with
make_column_selector); inside a scikit-learn Pipeline it feeds a Ridge whose alpha the grid search tunes. It competes
with skrub.tabular_pipeline("regressor"), skrub's own baseline (a TableVectorizer whose categories reach a
HistGradientBoostingRegressor as categories). The choice is between whole pipelines, as skrub lets one write it. The
scores are the ones skrub itself gives (examples/reference/make_reference.py).

Run it from the repository root:  ./stratum run examples/sklearn_style.py
"""
import numpy as np
import pandas as pd
import skrub
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

weather = pd.read_csv("examples/data/seattle-weather.csv", parse_dates=["date"])
data = skrub.var("weather", weather)
data = data.assign(month=data["date"].dt.month)
X = data.drop(columns=["temp_max"]).skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
preprocess = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["weather", "month"]),
    (StandardScaler(), make_column_selector(dtype_include=np.number)),
)
ridge = make_pipeline(preprocess, Ridge(alpha=skrub.choose_float(0.1, 100, log=True, n_steps=4, name="alpha")))
model = skrub.choose_from({"ridge": ridge, "boosting": skrub.tabular_pipeline("regressor")}, name="model")
pred = X.skb.apply(model, y=y)
search = pred.skb.make_grid_search(cv=5, fitted=True)
print(search.results_)
