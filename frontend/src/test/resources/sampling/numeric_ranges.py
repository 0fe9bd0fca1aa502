# Integer and float ranges, linear and log, continuous and discretized (a discretized range draws from its grid).
import pandas as pd
import skrub
from sklearn.linear_model import ElasticNet

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
X = X.assign(p=X["wind"] ** skrub.choose_int(1, 3, name="power"),
             q=X["temp_min"] * skrub.choose_int(1, 1000, log=True, name="scale"))
model = ElasticNet(alpha=skrub.choose_float(0.001, 1.0, log=True, n_steps=4, name="alpha"),
                   l1_ratio=skrub.choose_float(0.1, 0.9, name="l1_ratio"),
                   max_iter=skrub.choose_int(500, 2000, n_steps=3, name="max_iter"))
pred = X.skb.apply(model, y=y)
search = pred.skb.make_randomized_search(n_iter=15, random_state=42, cv=3)
