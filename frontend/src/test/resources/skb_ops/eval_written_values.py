# Values pandas computes from the data, written into text as Python writes them: df.shape and a row count after a
# filter (Python's ints), a column's mean and max (numpy's float64: its repr inside a tuple or a list), f-string
# format specifications, str(), round(x, n) and "%s" formatting of them.
import pandas as pd

df = pd.read_csv("examples/data/seattle-weather.csv")
wet = df[df["precipitation"] > 0]
print(wet.shape)
print(f"{wet.shape[0]} wet days of {df.shape[0]} ({wet.shape[0] / df.shape[0]:.1%})")
m = wet["temp_max"].mean()
print((wet.shape[0], m))
print([m, wet["wind"].max()])
print(f"mean {m:.2f}, max {wet['temp_max'].max():>8.1f}|{wet['wind'].std():.3e}")
print("rows: " + str(wet.shape[0]) + ", mean " + str(round(m, 2)))
print(round(m, 1), round(wet["wind"].mean(), 3))
print("kinds: %s, mean %s" % (wet["weather"].nunique(), round(m, 2)))
print("share %.1f%% of %d days, %-6s|%+.2f|%05.1f|%e|%g" % (37.5, 1461, "rain", 2.5, 3.14159, 12345.678, 0.0001))
