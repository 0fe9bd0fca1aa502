# A listed choice and a continuous log-scale range: ParameterSampler draws each candidate.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import MinMaxScaler, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
X = X.skb.apply(skrub.choose_from([StandardScaler(), MinMaxScaler()], name="scaler"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha")), y=y)
search = pred.skb.make_randomized_search(n_iter=12, random_state=0, cv=3)
