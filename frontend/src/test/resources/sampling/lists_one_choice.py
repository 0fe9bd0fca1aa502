# Only one listed choice: a permutation of its outcomes, 4 of 6.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.01, 0.1, 1.0, 10.0, 100.0, 1000.0], name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=4, random_state=0, cv=3)
