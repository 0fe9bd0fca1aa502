# sorted() of names and numbers known while the plan is built: a frame's columns, a list written in the script,
# reversed (equal items keep their order, as Python's stable sort does), and the sorted names selecting columns.
import pandas as pd
import skrub

weather = pd.read_csv("examples/data/seattle-weather.csv")
print(sorted(weather.columns))
print(sorted(weather.columns, reverse=True))
print(sorted([3, 1.5, True, 2, -1]))
print(sorted([2, 1.0, 1, 2.0, True], reverse=True))
print(sorted(["b", "B", "a", "_x", "é"], key=None))
numeric = sorted([c for c in weather.columns if c not in ("date", "weather")])
data = skrub.var("data", weather)
print(data[numeric].skb.eval().head(3))
