# Group statistics broadcast back to the rows (groupby(...)[...].transform(...)): the input's rows, order and labels,
# a Series named after its column (the group sizes of a whole frame unnamed), assigned back as a column; a filter
# after it keeps each row's label and its group's value over all rows.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data.groupby("weather")["wind"].transform("mean").skb.eval())
windy = data[data["wind"] > 6]
print(windy.groupby("weather")["temp_max"].transform("max").skb.eval())
print(windy.groupby("weather").transform("size").skb.eval())
with_stats = data.assign(n=data.groupby("weather")["wind"].transform("count"),
                         spread=data["temp_max"] - data.groupby("weather")["temp_max"].transform("median"))
print(with_stats[with_stats["spread"] > 15][["weather", "n", "spread"]].skb.eval())
print(data.groupby(["weather"])[["wind", "precipitation"]].transform("std").tail(4).skb.eval())
