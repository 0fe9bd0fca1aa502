# skrub.var("data") without a value, fitted with an environment; a name the plan does not use is ignored.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data")
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 100.0, log=True, n_steps=3, name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=4, scoring="r2")
search.fit({"data": pd.read_csv("examples/data/seattle-weather.csv"), "unused": 1})
print(search.detailed_results_)
