"""Hold out the last split of the splitter X is marked with, as skrub does: with mark_as_X(cv=TimeSeriesSplit(...)),
.skb.train_test_split() takes no test_size or random_state, it trains on the earlier days and tests on the last
block (split_index=-1, the default; split_index=k picks another split). That is the honest hold-out for a forecast:
the model never sees days after the ones it is tested on.

Run it from the repository root:  ./stratum run examples/splitters/train_test_split_marked.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X(cv=TimeSeriesSplit(n_splits=4, gap=7))
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)

split = pred.skb.train_test_split()
learner = pred.skb.make_learner()
learner.fit(split["train"])
print("R2 on the last block of days:", learner.score(split["test"]))
