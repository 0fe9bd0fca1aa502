# The missing-value summaries agents print first: totals of per-column counts (a Series of numbers or bools reduced
# again), any()/all() of columns and frames, and a frame's size (its cells), before and after a filter.
import pandas as pd

df = pd.read_csv("examples/data/airports-sample.csv")
print(df.isna().sum().sum())
print(df.isna().any().any(), df.isna().all().any(), df.notna().all().all())
print(df.isna().sum().max(), df.isna().mean().mean())
print(df.select_dtypes("number").mean().sum())
print((df.isna().mean() * 100).round(1).max())
print(df["state"].isna().any(), (df["latitude"] > 0).all(), df["longitude"].any())
print(f"{df.isna().sum().sum()} missing of {df.size} cells")
east = df[df["longitude"] > -90]
print(east.size, east["iata"].size, east.size / df.size)
