# pandas' alignment on row labels where frames and columns of different labels meet: a column of a filtered frame
# assigned to another frame (reindexed onto its labels, missing elsewhere), where() with a condition of other labels
# (a missing label counts as False), a row mask of other labels (reindexed onto the rows it selects), printed by
# .skb.eval().
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
windy = data[data["wind"] > 8]
print(data.head(25).assign(strong=windy["wind"], kind=windy["weather"])[["date", "strong", "kind"]].tail(8).skb.eval())
print(windy.assign(double=data["wind"] * 2)[["wind", "double"]].skb.eval())
print(data["precipitation"].where(windy["wind"] > 9).dropna().skb.eval())
print(windy[data["wind"] > 9].skb.eval())
print(windy["wind"][data["wind"] > 8.5].skb.eval())
print(data[["wind", "precipitation"]].where(windy["wind"] > 8.5).dropna().skb.eval())
