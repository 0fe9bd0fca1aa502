# print() of several values the plan computes, with text between them and a separator: one line goes on from the
# first value to the next, as Python prints them (a Series' last line continues with what follows it).
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
print(df["weather"].nunique(), df["wind"].max())
print("weathers:", df["weather"].nunique(), "and", df["temp_max"].count(), "rows")
print(df["weather"].value_counts(), df["precipitation"].mean())
data = skrub.var("data", df)
print("mean", data["temp_max"].mean().skb.preview(), data["temp_min"].min().skb.eval(), sep="|")
