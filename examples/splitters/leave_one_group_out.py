"""Leave-one-group-out cross-validation as skrub spells it: the splitter and its groups are given where X is marked.
Each fold tests the model on one kind of weather it was not trained on, so there are as many folds as kinds (five
here); Stratum learns that number when it reads the groups at the split point.

Run it from the repository root:  ./stratum run examples/splitters/leave_one_group_out.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import LeaveOneGroupOut
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X(
    cv=LeaveOneGroupOut(), split_kwargs={"groups": data["weather"]}
)
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(scoring="r2", fitted=True)
print(search.results_)
