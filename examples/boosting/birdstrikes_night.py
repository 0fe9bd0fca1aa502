"""Binary classification with LightGBM on the shared bird-strike records: did the strike happen at night, given the
phase of flight, the state, the operator, the animal's size and the cost?

LGBMClassifier has no decision_function, so roc_auc reads its predict_proba; cv=5 on a classifier is
StratifiedKFold(5). Needs ../shared/data/birdstrikes.csv.
Run it from the repository root:  ./stratum run examples/boosting/birdstrikes_night.py
"""
import pandas as pd
import skrub
from lightgbm import LGBMClassifier
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("../shared/data/birdstrikes.csv"))

y = (data["Time of day"] == "Night").skb.mark_as_y()
X = data[["Phase of flight", "Origin State", "Aircraft Airline Operator", "Wildlife Size", "Cost Total $"]]
X = X.skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                cols=["Phase of flight", "Origin State", "Aircraft Airline Operator", "Wildlife Size"])

model = LGBMClassifier(n_estimators=100, num_leaves=skrub.choose_from([15, 63], name="num_leaves"), verbose=-1)
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="roc_auc")
print(search.results_)
