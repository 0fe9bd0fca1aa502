"""Values computed from the data: reductions of columns and frames used as numbers in a searched pipeline.

skrub evaluates a reduction such as X["wind"].mean() on the rows each step sees: when a cross-validation fold is
fitted, on its training rows; when it predicts, on its test rows. `.skb.freeze_after_fit()` keeps the value computed
when fitting, so the test rows are scaled by the training rows' maxima. Stratum computes each of them once per fold
and mode, and the scores match skrub's.

Run it from the repository root:  ./stratum run examples/values_from_data.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()

# Days without rain have no precipitation value here; fill them with the mean of the rows at hand.
rain = X["precipitation"].where(X["precipitation"] > 0)
wind = X["wind"]
temp = X["temp_min"]
X = X.assign(
    rain=rain.fillna(rain.mean()),
    wind_centered=wind - wind.mean(),
    windy=(wind > wind.quantile(0.9)).astype(float),
    cold=(temp - temp.median()) / temp.std(),
)

# One maximum per column, computed on the training rows and reused for the test rows.
max_value = X.max().skb.freeze_after_fit()
X = X / max_value

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
