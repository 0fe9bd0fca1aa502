"""Multiclass classification on the shared bird-strike records: how large was the animal, from when, where and in
which phase of flight the strike happened? Column names contain spaces; the categories are one-hot encoded.

One-vs-rest ROC AUC needs predict_proba, so the final LogisticRegression answers with probabilities; cv=5 on a
classifier is StratifiedKFold(5). Needs ../shared/data/birdstrikes.csv.
Run it from the repository root:  ./stratum run examples/classification/birdstrikes_wildlife.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("../shared/data/birdstrikes.csv"))

y = data["Wildlife Size"].skb.mark_as_y()
X = data[["Phase of flight", "Time of day", "Origin State"]].skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False))

pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.1, 1.0], name="C")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="roc_auc_ovr")
print(search.results_)
