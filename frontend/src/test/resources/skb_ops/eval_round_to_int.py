# round(x) without ndigits of a number pandas computes from the data (a plain pandas frame's) or of a .skb.eval()
# value's reduction: Python's int (half to even), written into text (f-strings, str, a list's repr); of a column or a
# frame, pandas' round(0).
import numpy as np
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data.skb.apply_func(lambda d: d.assign(l=np.log1p(d["wind"])))
m = X.skb.eval()["l"].mean()
print(round(m), round(X.skb.eval()["temp_max"].max()), round(data.skb.eval()["wind"].sum()))
print(f"{round(m)} {round(df['wind'].mean())}", [round(df["temp_min"].min())], str(round(df["wind"].median())))
print(f"{round(df['wind'].mean()):>5}|", round(df["precipitation"].count()), round(2.5), round(X.skb.eval()["wind"].std()))
print(round(df["wind"].head(3)))
print(round(data.skb.eval()[["wind", "temp_max"]].tail(2)))
