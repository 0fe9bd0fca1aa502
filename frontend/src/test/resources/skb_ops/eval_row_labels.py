# Row labels as pandas keeps them after a row selection (filter, sort, head, tail, slices, iloc, dropna,
# drop_duplicates), carried through column steps (assign, selection, rename, arithmetic), printed by .skb.eval().
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
windy = data[data["wind"] > 7.5]
print(windy.skb.eval())
print(windy.assign(w2=windy["wind"] * 2)[["date", "w2"]].rename(columns={"w2": "double"}).skb.eval())
print(data.sort_values(["temp_max", "date"], ascending=False).head(4).skb.eval())
print(data.tail(3).skb.eval())
print(data[10:14].skb.eval())
print(data.iloc[[5, 0, -1]].skb.eval())
print(data[::400].skb.eval())
num = data[data["precipitation"] > 40][["precipitation", "wind"]]
print((num / num.max()).skb.eval())
print(data[["weather"]].drop_duplicates().skb.eval())
snow = data[data["weather"] == "snow"]
print(snow.where(snow["wind"] > 5)[["wind"]].dropna().skb.eval())
rare = data[data["temp_min"] < -6]["weather"]
print(data[data["weather"].isin(rare)].head(3).skb.eval())
