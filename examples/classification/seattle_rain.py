"""Classification: does it rain in Seattle today? LogisticRegression over C, scored by ROC AUC.

The target is a boolean column; cv=5 on a classifier means StratifiedKFold(5), as in scikit-learn.
Run it from the repository root:  ./stratum run examples/classification/seattle_rain.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
data = data.assign(rain=data["weather"] == "rain")

y = data["rain"].skb.mark_as_y()
X = data[["temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.assign(temp_range=X["temp_max"] - X["temp_min"])
X = X.skb.apply(StandardScaler())

pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.01, 0.1, 1.0], name="C")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="roc_auc")
print(search.results_)
