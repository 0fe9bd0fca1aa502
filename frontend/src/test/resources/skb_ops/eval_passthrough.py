# .skb.apply(None or "passthrough"): skrub applies PassThrough(), wrapped in ApplyToCols on a frame, so the columns cols= (minus exclude_cols=) picks come out unchanged after the others; allow_reject=True changes nothing (PassThrough rejects no column), and a column passes as it is.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv")).head(3)
X = data[["date", "precipitation", "temp_max", "wind"]]
print(X.skb.apply(None, allow_reject=True, cols=["precipitation"]).skb.eval())
print(X.skb.apply("passthrough", allow_reject=True, exclude_cols=["date"]).skb.eval())
print(X.skb.apply(None, allow_reject=True).skb.eval())
print(X.skb.apply("passthrough", cols=skrub.selectors.numeric() - skrub.selectors.cols("wind")).skb.eval())
print(X.skb.apply(None, cols=["wind", "date"]).skb.eval())
print(X["wind"].skb.apply(None).skb.eval())
