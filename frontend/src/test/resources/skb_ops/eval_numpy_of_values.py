# numpy's element-wise functions and round of what .skb.eval() returns (a Series, a frame): numpy calls pandas' own
# ufunc and round, so Stratum appends the step to the evaluated plan, in both frontends.
import numpy as np
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
s = data["wind"].skb.eval()
print(np.round(s / 3, 2).head(3))
print(np.round(data[["wind", "temp_max"]].skb.eval() / 7, decimals=1).head(2))
print(np.sqrt(s).head(2))
print(np.round(s.mean(), 3))
