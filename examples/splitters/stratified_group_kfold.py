"""Stratified grouped cross-validation as skrub spells it: the splitter and its groups are given where X is marked.
The target is the kind of weather, a class; the groups are the calendar months, so a month's days are never split
between training and test (neighbouring days look alike, and would flatter the scores), while each fold keeps the
proportions of sun, rain, fog, drizzle and snow as well as whole months allow.

Run it from the repository root:  ./stratum run examples/splitters/stratified_group_kfold.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X(
    cv=StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=0),
    split_kwargs={"groups": data["date"].str.slice(0, 7)},
)
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.01, 1.0, 100.0], name="C")), y=y)

search = pred.skb.make_grid_search(scoring="accuracy", fitted=True)
print(search.results_)
