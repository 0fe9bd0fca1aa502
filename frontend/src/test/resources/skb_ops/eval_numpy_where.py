# np.where(condition, x, y) of columns and values: the values and dtypes numpy gives, assigned as columns.
import pandas as pd
import numpy as np
df = pd.read_csv("examples/data/seattle-weather.csv")
df["note"] = np.where(df["weather"] == "rain", "wet", "dry")
df["hot"] = np.where(df["temp_max"] > 25, 1, 0)
df["capped"] = np.where(df["wind"] > 5, 5.0, df["wind"])
df["t2"] = np.where(df["precipitation"] > 0, df["temp_min"], df["temp_max"])
df["mix"] = np.where(df["temp_max"] > 20, df["temp_max"], 0)
print(df.head(8))
print(df.dtypes)
print(df["note"].value_counts())
