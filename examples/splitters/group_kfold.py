"""Grouped cross-validation as skrub spells it: the splitter and its groups are given where X is marked, and the
search (given no cv of its own) uses them. Here the groups are the weather kinds, so every fold tests the model on
kinds of weather it was not trained on; the groups column is not a feature, yet it is read with the data.

Run it from the repository root:  ./stratum run examples/splitters/group_kfold.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X(
    cv=GroupKFold(n_splits=3), split_kwargs={"groups": data["weather"]}
)
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(scoring="r2", fitted=True)
print(search.results_)
