# n_iter above the grid size: the whole grid, in reservoir-sampling order.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date", "weather"]).skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 1.0, 10.0], name="alpha"),
                         fit_intercept=skrub.choose_bool(name="intercept")), y=y)
search = pred.skb.make_randomized_search(n_iter=20, random_state=7, cv=3)
