# .skb.describe_steps() of rows taken by position, slices, .iloc, .loc, a subsample and .skb.concat: skrub's text.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv")).skb.subsample(n=100)
print(data[2:10].skb.describe_steps())
print(data[::3].skb.describe_steps())
print(data.iloc[[3, 0, -1]].skb.describe_steps())
print(data.iloc[1:5].skb.describe_steps())
print(data.loc[data["wind"] > 3.0].skb.describe_steps())
print(data[-5:].skb.describe_steps())
print(data.head(3).skb.describe_steps())
print(data.iloc[::-1].skb.describe_steps())
print(data["wind"][1:4].skb.describe_steps())
print(data[:-2].skb.describe_steps())
rows = data[2:10]
stacked = rows.skb.concat([data[::3], data.iloc[[3, 0, -1]], rows], axis=0)
print(stacked.skb.describe_steps())
side = data.head(3).skb.concat([data.iloc[0:3][["wind"]]], axis=1)
print(side.skb.describe_steps())
y = data["temp_max"].skb.mark_as_y()
X = data[["wind", "temp_min"]].skb.mark_as_X()
print(X.skb.apply(Ridge(), y=y).skb.describe_steps())
