# .skb.describe_steps(): skrub's list of the steps, inputs first, a step reached again marked as cached.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.assign(wet_wind=X["wind"] * X["precipitation"], calm=-X["wind"])
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind", "wet_wind", "calm"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 10.0], name="alpha")), y=y)
print(pred.skb.describe_steps())
print(data[["wind", "temp_min"]].skb.describe_steps())
