# pandas code before skrub.var changes a frame in place, as agents write it: frame["col"] = ... and
# frame.loc[mask, "col"] = ... (the column takes the value where the mask holds; every name of the frame sees it).
import numpy as np
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
same = df
df["temp_range"] = df["temp_max"] - df["temp_min"]
df.loc[df["wind"] > 6, "wind"] = np.nan
df.loc[df["precipitation"] == 0, "weather"] = "dry"
df.loc[df["temp_min"] < 0, "temp_min"] = 0
print(same.head(8))
print(df["weather"].value_counts())
data = skrub.var("data", df)
print(data[["wind", "temp_range"]].skb.eval().describe())
