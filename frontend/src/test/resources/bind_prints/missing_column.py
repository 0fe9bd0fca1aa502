"""A column the frame does not have, after a printed frame (a data error found before anything runs)."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data["weather"].skb.eval().value_counts())
wet = data[data["precipitation"] > 0]
print(wet[["date", "precipitation"]].skb.eval().tail(2))
print(wet[["date", "rain"]].skb.eval())
