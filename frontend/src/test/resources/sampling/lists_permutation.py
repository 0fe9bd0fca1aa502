# Only listed choices: grid points picked without replacement (a permutation, 5 of 12).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
X = X.skb.apply(skrub.choose_from([StandardScaler(), MinMaxScaler(), RobustScaler()], name="scaler"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0, 100.0], name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=5, random_state=3, cv=3)
