# .skb.concat(): frames side by side (axis=1; shorter ones padded with missing values) and stacked (axis=0, columns united, rows renumbered), as skrub computes them.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv")).head(4)
temps = data[["temp_max", "temp_min"]]
codes = skrub.var("codes", pd.DataFrame({"code": [3, 1, 4, 1], "label": ["a", "b", "c", "d"]}))
print(temps.skb.concat([data[["wind"]], codes], axis=1).skb.eval())
print(temps.skb.concat([data[["temp_min", "wind"]].tail(2)]).skb.eval())
print(codes.skb.concat([codes], axis=0).skb.eval())
print(temps.skb.concat([], axis=1).skb.preview())
print(temps.skb.concat([data[["weather"]].head(2), codes.head(3)], axis=1).skb.eval())
