# Exploring data before a pipeline, as agents write it: a column's modes (sorted, labelled 0..k-1; mode()[0] one value
# to fill with), several quantiles of a column or a frame (pandas' linear interpolation, the quantiles in the index),
# and one quantile of a frame (a Series named after it).
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
print(df["weather"].mode())
print(df["temp_max"].mode())
print((df["wind"] > 3).mode())
print(df[df["wind"] > 100]["wind"].mode())
print(df["weather"].mode()[0])
windy = df["wind"].where(df["wind"] < 6)
print(windy.fillna(windy.mode()[0]).tail(3))
print(df["wind"].quantile([0.1, 0.5, 0.9]))
print(df["precipitation"].quantile((0.25, 0.75, 0.99)))
print(df[["wind", "temp_max", "temp_min"]].quantile([0.05, 0.5, 0.95]))
print(df[["wind", "temp_max"]].quantile(0.9))
print(df[["wind", "temp_max"]].quantile(0.9) * 2)
print(df.quantile([0.25, 0.75], numeric_only=True).round(1))
q = df["temp_max"].quantile([0.1, 0.9])
print(q.reset_index())
print(q.to_dict())
data = skrub.var("data", df)
print(data["wind"].quantile([0.2, 0.8]).skb.eval())
print(data["weather"].mode().skb.eval())
