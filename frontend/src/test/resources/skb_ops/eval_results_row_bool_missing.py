# A bool choice (skrub.choose_bool) and a missing outcome (an optional step's text column holds NaN where the step is
# off) in a results_ row with text: the bool is numpy's bool, which + - * ** with an int make an int64 and / or a float
# a float64 (format specs write it as its int); the missing outcome is Python's float nan, which round(x, n) and
# arithmetic leave nan (numpy's functions make it numpy's float64 nan).
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
scaled = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
s = scaled.skb.apply(Ridge(alpha=skrub.choose_from([15, 25], name="alpha"), fit_intercept=skrub.choose_bool(name="fi")),
                     y=y).skb.make_grid_search(cv=2, fitted=True)
row = s.results_.iloc[0]
print(row["fi"] + 1, 1 + row["fi"], row["fi"] * 2.5, row["fi"] - 1, row["fi"] / 2, row["fi"] ** 2, repr(row["fi"] * 3))
print(repr(row["fi"] + 1.5), round(row["fi"] * 2.5, 1), f"{row['fi'] * 2:.2f}", round(row["fi"] + 4, -1),
      row["fi"] * 0 + 2.675, f"{row['fi']:.2f}", f"{row['fi']:>5}", repr(row["fi"]))
last = s.results_.iloc[-1]
print(last["fi"] + 1, last["fi"] * 2.5, repr(last["fi"] - 1), last["fi"] / 4)
print(row["scale"], round(row["scale"], 2), round(row["scale"], -1), repr(round(row["scale"], 3)),
      f"{round(row['scale'], 2):.3f}")
print(row["scale"] * 2, 1 - row["scale"], -row["scale"], repr(row["scale"] + 1), round(row["scale"] * 10, 1))
print(np.sqrt(row["scale"]), repr(np.sqrt(row["scale"])), repr(np.round(row["scale"], 1)), row["scale"] ** 0,
      round(row["scale"] ** 0))
