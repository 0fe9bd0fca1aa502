"""A step nothing uses still fails at its statement, as skrub's preview runs it there: a method the frame lacks."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data[["wind", "weather"]].skb.eval().head(2))
X = data.frobnicate()
print("after the unused step")
print(data[["wind"]].skb.eval().tail(2))
