# The name pandas gives a Series computed from columns: the column's own through element-wise steps and arithmetic
# with numbers, the common name of two columns of one name, and none (no Name line) for two columns of different
# names, kept through its own row selections.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print((data["temp_max"] - data["temp_min"]).skb.eval())
print((data["wind"] * 2 + 1).head(3).skb.eval())
print((data["wind"] + data["wind"]).tail(2).skb.eval())
spread = data["temp_max"] - data["temp_min"]
print(spread[spread > 15].skb.eval())
print(((data["wind"] > 5) & (data["precipitation"] > 0)).head(4).skb.eval())
print((data["temp_max"] > data["temp_min"] + 10).tail(3).skb.eval())
