# value_counts() of small data with missing values and ties: ties keep their first appearance (pandas' stable sort),
# missing values are counted at their first appearance with dropna=False; numbers, floats and bools as index keys.
import numpy as np
import pandas as pd
import skrub

data = skrub.var("data", pd.DataFrame({
    "k": ["b", "a", None, "b", "c", "a", None, "d", "c", "a"],
    "n": [3, 1, 3, 2, 1, 1, 2, 3, 3, 7],
    "x": [2.5, np.nan, 1.0, 2.5, np.nan, -3.25, 1.0, 2.5, 10.0, 1.0],
    "flag": [True, False, True, True, False, True, True, False, True, True],
}))
print(data["k"].value_counts().skb.eval())
print(data["k"].value_counts(dropna=False).skb.eval())
print(data["k"].value_counts(sort=False, dropna=False).skb.eval())
print(data["k"].value_counts(ascending=True).skb.eval())
print(data["n"].value_counts().skb.eval())
print(data["n"].value_counts(normalize=True).sort_index(ascending=False).skb.eval())
print(data["x"].value_counts(dropna=False).skb.eval())
print(data["flag"].value_counts().skb.eval())
print(data.value_counts(["k", "n"], dropna=False).skb.eval())
print(data.value_counts(["flag", "k"]).sort_index().skb.eval())
print((data["n"].value_counts() - 1).reset_index(name="extra").skb.eval())
print(data.value_counts(["k"]).skb.eval())
print(data[["n"]].value_counts(ascending=True).skb.eval())
print(data.value_counts("k").skb.eval())
print(data.value_counts(["k"]).to_dict().skb.eval())
print(data.groupby(["k"])["x"].max().skb.eval())
