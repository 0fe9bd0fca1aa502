# Powers numpy computes exactly are written in full: a float column to 2, -1 or 0.5 (its square, reciprocal and square
# root, whatever the CPU), .pow(2), an int column to an int; any other power of floats only rounded (numpy's pow has
# machine-dependent last digits; CsvWriteCliTest holds the refusals).
import pandas as pd

df = pd.read_csv("examples/data/seattle-weather.csv")
df["sq"] = df["wind"] ** 2
df["inv"] = df["wind"] ** -1.0
df["root"] = df["temp_max"] ** 0.5
df["twice"] = df["precipitation"].pow(2)
df["tenths"] = (df["temp_min"] * 10).astype(int) ** 3
df["cube"] = (df["wind"] ** 3).round(6)
df["pw"] = df["wind"].pow(1.5).round(4)
df.drop(columns=["weather"]).head(30).to_csv("out/powers.csv", index=False)
