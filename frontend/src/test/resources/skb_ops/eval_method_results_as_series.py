# describe() and value_counts() of a column computed by a method (clip, round, fillna, abs, astype, where) print as
# pandas prints a Series (the name under the table, the keys' name above it), not as a one-column frame's table.
import pandas as pd

weather = pd.read_csv("examples/data/seattle-weather.csv")
print(weather["wind"].clip(0, 5).describe().round(2))
print(weather["wind"].fillna(0).describe().round(2))
print(weather["wind"].abs().describe().round(3))
print(weather["precipitation"].astype(int).describe().round(2))
print(weather["temp_max"].where(weather["temp_max"] > 10).describe().round(2))
print(weather["wind"].round(0).value_counts().head(3))
print(weather["precipitation"].round(0).value_counts(normalize=True).head(3).round(4))
print(weather["wind"].clip(upper=4).value_counts().sort_index().tail(2))
# a mask made by isin()/isna() of such a column selects rows, as a column's own mask does
print(weather[weather["weather"].str.lower().isin(["rain", "sun"])].shape)
print(weather[weather["wind"].round(0).isin([2.0, 3.0])]["wind"].mean())
print(weather[weather["precipitation"].clip(0, 1).isin([1.0])]["weather"].value_counts())
