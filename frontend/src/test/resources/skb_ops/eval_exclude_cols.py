# .skb.apply(..., exclude_cols=...): the columns cols picks (all by default) minus those exclude_cols picks.
import pandas as pd
import skrub
import skrub.selectors as s
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind", "weather"]].head(4)
print(X.skb.apply(StandardScaler(), cols=s.numeric(), exclude_cols="wind").skb.eval())
print(X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"], exclude_cols=s.glob("temp*")).skb.eval())
