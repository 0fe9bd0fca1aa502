"""For contrast, a data error Stratum finds only when the plan runs (the frame's length): what was printed before the
failing statement is printed, then the error at that statement, as with the errors found before anything runs."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print("first rows:")
print(data.iloc[[0, 1]].skb.eval())
rows = data.iloc[[0, 5000]]
print(rows.skb.eval())
