# Twelve choices: ParameterSampler sorts their keys as strings (data_op__10 before data_op__2).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
for i in range(11):
    X = X.assign(**{f"w{i}": X["wind"] * skrub.choose_float(0.5, 2.0, name=f"w{i}")})
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=4, random_state=1, cv=3)
