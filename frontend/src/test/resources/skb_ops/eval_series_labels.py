# Row labels of a Series taken from a labelled frame, after its own filter/head/tail/dropna and element-wise steps,
# pd.concat along rows (skrub.deferred(pd.concat), as skrub needs it) (the inputs' labels one after the other, or 0..n-1 with ignore_index=True), and the
# ignore_index=True / reset_index(drop=True) that renumber rows, printed by .skb.eval().
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
windy = data[data["wind"] > 7.5]
print(windy["wind"].skb.eval())
print(data[data["wind"] > 7.5]["temp_max"].head().skb.eval())
wind = data["wind"]
strong = wind[wind > 8]
print(strong.skb.eval())
print(strong.head(3).skb.eval())
print(strong.tail(2).skb.eval())
print((windy["temp_max"] * 2 - 1).round(1).skb.eval())
print((windy["wind"] > 8).skb.eval())
print(windy["weather"].str.upper().skb.eval())
print(data.where(data["wind"] > 8)["precipitation"].dropna().skb.eval())
hot = data[data["temp_max"] > 33][["wind", "weather"]]
print(skrub.deferred(pd.concat)([windy[["wind", "weather"]], hot]).skb.eval())
print(skrub.deferred(pd.concat)([windy["wind"], hot["wind"]]).skb.eval())
print(skrub.deferred(pd.concat)([windy[["wind"]], hot], ignore_index=True).skb.eval())
print(windy.sort_values(["wind", "date"], ignore_index=True)[["date", "wind"]].skb.eval())
print(windy[["weather"]].drop_duplicates(ignore_index=True).skb.eval())
print(windy.reset_index(drop=True)["wind"].head(3).skb.eval())
print(data.where(data["wind"] > 9).dropna(ignore_index=True)[["date", "wind"]].skb.eval())
