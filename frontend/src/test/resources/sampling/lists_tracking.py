# A large grid and few draws: tracking selection (ratio below 0.01).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
X = X.assign(a=X["wind"] * skrub.choose_from([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], name="a"),
             b=X["precipitation"] * skrub.choose_from([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], name="b"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10.0, n_steps=10, name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=3, random_state=11, cv=3)
