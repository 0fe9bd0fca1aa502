"""A read of a missing file used two statements later: the error is at the read, before the print between them."""
import pandas as pd
import skrub
print("start")
data = skrub.var("data", pd.read_csv("examples/data/no-such-weather.csv"))
print("hello")
print(data.skb.eval().head(2))
