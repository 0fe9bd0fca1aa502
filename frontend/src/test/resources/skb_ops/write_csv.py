# df.to_csv(...) of frames and columns pandas computes, written as pandas writes them: a filtered frame with its
# row labels, quoting and datetimes; index=False with a separator and chosen columns; grouped results (their keys
# first, named), describe() (an unnamed index), a Series and per-column values.
import pandas as pd
import numpy as np
df = pd.read_csv("examples/data/seattle-weather.csv")
df["date"] = pd.to_datetime(df["date"])
df["warm"] = df["temp_max"] > 20
df["note"] = df["weather"] + ", \"q\""
wet = df[df["precipitation"] > 10]
wet.to_csv("out/wet.csv")
wet.to_csv("out/wet_noindex.csv", index=False, sep=";", columns=["date", "temp_max", "note"])
df.groupby("weather")["temp_max"].mean().to_csv("out/by_weather.csv")
df.groupby(["weather", "warm"]).agg(n=("wind", "size"), w=("wind", "mean")).to_csv("out/by_two.csv")
df["wind"].head(5).to_csv("out/wind.csv")
df.describe().to_csv("out/describe.csv")
df.max(numeric_only=True).to_csv("out/max.csv")
print("done")
