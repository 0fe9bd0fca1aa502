# to_csv of what .skb.eval() computes: a skrub DataOp's value, written as pandas writes the evaluated frame.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["date", "precipitation", "weather"]].assign(wet=data["precipitation"] > 0)
X.skb.eval().to_csv("out/columns.csv", index=False)
data[data["weather"] == "snow"].skb.eval().to_csv("out/snow.csv")
