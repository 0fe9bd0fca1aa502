"""Nearest neighbours: which of Seattle's five kinds of weather is it, voted by the most similar days?

KNeighborsClassifier with scikit-learn's default algorithm (a k-d tree for these four features) on min-max scaled
measurements; rounded temperatures and many dry days make equally distant days common, so which of them become
neighbours follows scikit-learn's tree. Candidates: 5, 15 or 25 neighbours, uniform or distance weights, scored by
one-vs-rest ROC AUC over StratifiedKFold(4).
Run it from the repository root:  ./stratum run examples/classification/seattle_weather_neighbours.py
"""
import pandas as pd
import skrub
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import MinMaxScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(MinMaxScaler())

pred = X.skb.apply(KNeighborsClassifier(n_neighbors=skrub.choose_from([5, 15, 25], name="k"),
                                        weights=skrub.choose_from(["uniform", "distance"], name="weights")), y=y)

search = pred.skb.make_grid_search(cv=4, fitted=True, scoring="roc_auc_ovr")
print(search.results_)
