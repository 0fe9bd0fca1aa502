# pandas' flexible arithmetic and comparison methods (sub, div, mul, rsub, pow, gt, ...) are the operators, with the
# operators' alignment and names: a difference of two differently named columns is an unnamed Series, so its
# describe() has no Name and its value_counts() an index without a name, as pandas prints them.
import pandas as pd

weather = pd.read_csv("examples/data/seattle-weather.csv")
print(weather["temp_max"].sub(weather["temp_min"]).mean())
print((weather["temp_max"] - weather["temp_min"]).describe().round(2))
print(weather["temp_max"].sub(weather["temp_min"]).round(1).head(3))
print((weather["temp_max"] - weather["temp_min"]).value_counts().head(2))
print((weather["temp_max"] - 1).describe().round(2))
print(weather["wind"].mul(2).head(2))
print(weather["wind"].rsub(10).head(2))
print(weather["temp_max"].div(weather["temp_min"].add(1)).round(3).head(2))
print(weather[weather["wind"].gt(7)].shape)
print(weather["precipitation"].pow(2).mean())
print(weather[["wind", "temp_max"]].mul(2).head(2))
