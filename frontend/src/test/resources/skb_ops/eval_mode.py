# skrub.eval_mode() with .skb.match/.skb.if_else: "preview" in previews, "fit_transform" in .skb.eval();
# .skb.freeze_after_fit() of a value that does not depend on X or y is that value.
import pandas as pd
import skrub

mode = skrub.eval_mode()
print(mode.skb.preview())
print(mode.skb.eval())
print(mode.skb.match({"preview": "quick look"}, default="full run").skb.preview())
data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]]
rows = (skrub.eval_mode() == "preview").skb.if_else(X.head(3), X.head(4))
print(rows.skb.preview())
print(rows.skb.eval())
print(X.head(2).skb.freeze_after_fit().skb.eval())
