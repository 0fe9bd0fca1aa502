# .skb.subsample(): previews compute on the first n rows; .skb.eval() on all rows unless keep_subsampling=True.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv")).skb.subsample(n=6)
X = data[["precipitation", "temp_min", "wind"]]
X = X.assign(wet_wind=X["wind"] * X["precipitation"])
print(X.skb.preview())
print(X["temp_min"].skb.eval())
print(X.skb.eval(keep_subsampling=True))
