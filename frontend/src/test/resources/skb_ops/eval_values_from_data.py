# Values computed from the data, printed as skrub's .skb.eval() gives them: numpy scalars, a Series per column
# (numbers of one dtype, or object), and branches on such values.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data["wind"].mean().skb.eval())
print(data["temp_max"].max().skb.eval())
print(data["wind"].count().skb.eval())
print(data["weather"].max().skb.eval())
print(data[["precipitation", "temp_min", "wind"]].max().skb.eval())
print(data[["wind", "weather"]].max().skb.eval())
print(data.count().skb.eval())
print((data["wind"].max() - data["wind"].min()).skb.eval())
print((data["wind"].mean() > 3).skb.if_else("windy", "calm").skb.eval())
print(data["weather"].nunique().skb.match({5: "five kinds"}, default="other").skb.eval())
print(data["wind"].where(data["wind"] > data["wind"].quantile(0.99)).count().skb.eval())
