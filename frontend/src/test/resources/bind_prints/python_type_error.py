"""A TypeError of plain Python values, after prints of plain values and of a frame."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
names = ["wind", "precipitation"]
print("selected:", names, sep="\t")
print(data[names].skb.eval().describe())
total = len(names) + "2"
print("not reached")
