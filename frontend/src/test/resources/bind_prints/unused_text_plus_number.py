"""A step nothing uses, with text added to a float column: pandas' TypeError at that statement (the types are known
from the file before anything runs)."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print("reading the weather")
windy = data["wind"] > 5
labelled = data["wind"] + " m/s"
print("after the unused step")
print(data[windy][["date", "wind"]].skb.eval().head(3))
