# A choice used to build X cannot be tuned: skrub clamps it to its default (the middle of the range).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
features = data.drop(columns=["temp_max", "date", "weather"])
X = features.assign(k=features["wind"] * skrub.choose_float(1.0, 4.0, log=True, name="k")).skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10.0, name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=6, random_state=2, cv=3)
