# s.str[start:stop:step] is pandas' s.str.slice(start, stop, step): a slice of each string, not of the rows.
import pandas as pd
import skrub
data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data["date"].str[5:7].skb.preview().head(3))
print(data["weather"].str[:3].skb.preview().tail(2))
print(data["weather"].str[::-1].skb.preview().head(2))
print(data["date"].str[-2:].astype(int).max().skb.eval())
