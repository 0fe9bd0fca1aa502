# round() and .round() of a value of a results_ row, as agents print the best candidate's score: the value is numpy's
# scalar, whose round is numpy's (it scales by a power of ten and rounds half to even, so round(np.float64(2.675), 2)
# is 2.68 where Python's round of the float is 2.67); an int64 choice in a row with text stays an int64, rounded as
# numpy rounds ints, and stays an int64 with +, -, * and ** of an int (a float64 after /, a float or numpy's functions).
# Halfway cases are written as a score times 0 plus the halfway number.
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
results = search.results_
best = results.iloc[0]
half = best["mean_test_score"] * 0
print(round(half + 2.675, 2), (half + 0.285).round(2), round(half + 9.45215, 4), round(best["alpha"] * 0 + 0.55175, 4))
print(round(results.iloc[0]["mean_test_score"], 3), results.iloc[-1]["mean_test_score"].round(3))
print(repr(round(half + 2.675, 2)), f"{round(half + 1.005, 2):.3f}", round(-best["mean_test_score"], 2), round(half + 2.5))
print(round(half - 5.60285, 4), (-(half + 2.675)).round(2), round(half * 1000 + 1250, -2), round(best["alpha"], 1))

# a row with text (the optional scaler) is an object Series: its float cells are numpy's float64, its int cells int64
scaled = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
ints = scaled.skb.apply(Ridge(alpha=skrub.choose_from([15, 25], name="alpha")), y=y).skb.make_grid_search(cv=2, fitted=True)
row = ints.results_.sort_values("alpha").iloc[0]
print(round(row["alpha"], -1), round(row["alpha"], 2), row["alpha"].round(-1), repr(round(row["alpha"], 1)),
      round(row["alpha"]), f"{round(row['alpha'], -1):.1f}")
last = ints.results_.sort_values("alpha").iloc[-1]
print(round(last["alpha"], -1), -last["alpha"], round(last["mean_test_score"] * 0 + 2.675, 2),
      repr(round(last["mean_test_score"] * 0 + 0.285, 2)), round(last["mean_test_score"], 4))
print(row["alpha"] * 2, 2 - row["alpha"], row["alpha"] ** 2, -(row["alpha"] - 30), repr(row["alpha"] * 2),
      f"{row['alpha'] * 2:.1f}", round(row["alpha"] * 3, -1))
print(row["alpha"] / 2, row["alpha"] + 1.5, row["alpha"] * 2.0, np.sqrt(row["alpha"] * 0 + 16), repr(row["alpha"] / 2),
      round(row["alpha"] / 4, 1), np.round(row["alpha"] * 3, -1), round(np.round(row["alpha"] * 1.5, -1)))
