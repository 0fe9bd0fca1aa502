"""Multiclass classification: which of Seattle's five kinds of weather is it, from temperatures and wind?

The string target has five classes (multinomial logistic regression); the candidates are a dummy baseline,
a ridge classifier and logistic regressions, all scored by balanced accuracy over StratifiedKFold(5).
Run it from the repository root:  ./stratum run examples/classification/seattle_weather_kind.py
"""
import pandas as pd
import skrub
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())

model = skrub.choose_from({
    "dummy": DummyClassifier(strategy="most_frequent"),
    "ridge": RidgeClassifier(alpha=1.0),
    "logistic": LogisticRegression(C=skrub.choose_from([0.1, 10.0], name="C")),
}, name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="balanced_accuracy")
print(search.results_)
