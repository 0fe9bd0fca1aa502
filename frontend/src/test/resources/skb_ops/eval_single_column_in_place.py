# .skb.apply(single-column transformer, cols=...) on a frame: skrub wraps it in ApplyToCols, which puts each column's
# outputs where the column was (ApplyToEachCol); any other transformer's outputs follow the untouched columns. The
# columns are picked with skrub's type and name selectors.
import pandas as pd
import skrub
import skrub.selectors as s
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data.assign(rainy=data["precipitation"] > 0, weather_kind=data["weather"])
X = X.skb.apply(skrub.ToDatetime(), cols="date")
print(X.skb.preview().columns.tolist())
X = X.skb.apply(skrub.DatetimeEncoder(add_weekday=True), cols=s.any_date())
print(X.skb.preview().columns.tolist())
X = X.skb.apply(skrub.StringEncoder(n_components=2, random_state=0), cols=s.regex("weather"))
print(X.skb.preview().columns.tolist())
X = X.skb.apply(StandardScaler(), cols=s.float() - s.regex("weather"))
print(X.skb.preview().columns.tolist())
print(data.skb.apply(skrub.ToCategorical(), cols=s.string()).skb.preview().columns.tolist())
print(X.assign(n=1).skb.select(s.integer() | s.boolean() | s.categorical()).skb.preview().columns.tolist())
print(X.skb.select(s.boolean()).skb.preview())
