# pandas operations on what .skb.eval() and .skb.preview() return: skrub returns a pandas DataFrame or Series, so its
# shape, columns, dtypes, methods, subscripts and arithmetic are pandas' (Stratum appends them to the evaluated plan).
import pandas as pd
import skrub
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
wet = data[data["precipitation"] > 0]
ev = wet.skb.eval()
print(ev.shape)
print(ev.shape[0] + 1)
print(ev.head(3))
print(ev.columns)
print(ev.dtypes)
print(ev["temp_max"].mean())
print(ev["temp_max"].max() - ev["temp_min"].min())
print(ev[["date", "weather"]].tail(2))
print((ev["wind"] > 5).sum())
print(-ev["temp_min"].head(2))
print(ev.iloc[:2])
print(ev.sort_values("date", ascending=False).head(2)[["date", "temp_max"]])
scaled = data[["wind", "temp_min"]].skb.apply(StandardScaler()).skb.eval()
print(scaled["wind"].round(3).head())
print(scaled.shape)
for name in data[["wind", "weather"]].skb.eval().columns:
    print(name)
print(data.skb.preview()["weather"].nunique())
