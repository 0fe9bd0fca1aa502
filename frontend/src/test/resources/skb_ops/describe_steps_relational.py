# .skb.describe_steps() of a plan with a row filter and a join: skrub's text.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
weather = skrub.var("weather", pd.DataFrame({"weather": ["rain", "sun"], "wet": [1, 0]}))
data = data[data["precipitation"] >= 0.0]
data = data.merge(weather, on="weather", how="left")
y = data["temp_max"].skb.mark_as_y()
X = data[["temp_min", "wind", "wet"]].fillna(0).skb.mark_as_X()
pred = X.skb.apply(Ridge(), y=y)
print(pred.skb.describe_steps())
