# EDA the way agents write it: a frame cleaned with pandas methods (dropna, fillna, rename, drop, assign), then its
# describe() or a group-by mean rounded for printing. round() needs the summary's columns, known once the methods
# below it are bound.
import pandas as pd

df = pd.read_csv("examples/data/seattle-weather.csv")
clean = df.dropna().rename(columns={"wind": "wind_speed"}).drop(columns=["date"])
print(clean.describe().round(2))
filled = df.fillna(0).assign(spread=df["temp_max"] - df["temp_min"])
print(filled.describe().round(1))
print(clean.groupby("weather").mean().round(2))
print(filled.drop(columns=["date"]).groupby("weather")["spread"].agg(["mean", "std", "max"]).round(3))
