# Exploring data before a pipeline, as agents write it: groupby by a Series computed from the frame's own columns
# (a .dt field, a comparison, a .str method), its groups named after the Series, as pandas names them, even where a
# column has that name too (the column stays a value; reset_index() would refuse it, as_index=False drops the key).
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
df["date"] = pd.to_datetime(df["date"])
print(df.groupby(df["date"].dt.month)["temp_max"].mean())
print(df.groupby(df["date"].dt.dayofweek)["wind"].agg(["mean", "max", "size"]))
print(df.groupby(df["date"].dt.year).size())
print(df.groupby(df["date"].dt.month)["precipitation"].sum().reset_index().head(4))
print(df.groupby(df["temp_max"] > 20)["temp_max"].mean())
print(df.groupby(df["wind"] > 5).size().reset_index())
print(df.groupby(df["weather"].str.upper())["wind"].median())
print(df.groupby(df["temp_max"] > 20, as_index=False)["temp_max"].mean())
print(df.groupby(df["date"].dt.year, as_index=False)["temp_min"].min())
print(df.groupby(df["date"].dt.year).max())
print(df.groupby(df["date"].dt.quarter).agg(days=("wind", "size"), windiest=("wind", "max")))
data = skrub.var("data", df)
print(data.groupby(data["date"].dt.year)["temp_max"].mean().skb.eval())
