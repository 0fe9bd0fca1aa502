# .loc[rows, columns]: the rows a mask keeps (or ':' for all), then one column (a Series) or a list of them, as
# pandas selects them; the row labels the mask kept are printed as pandas prints them.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data.loc[data["wind"] > 6, ["date", "wind", "weather"]].skb.eval())
print(data.loc[:, "weather"].skb.eval())
print(data.loc[(data["precipitation"] > 20) & (data["temp_max"] < 10), "date"].skb.eval())
print(data.loc[:, ["temp_min", "temp_max"]].skb.eval())
