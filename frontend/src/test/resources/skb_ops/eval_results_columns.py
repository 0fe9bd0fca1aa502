# A search's results_ column names (a pandas Index, and as a list), and choose_float bounds written as Python ints,
# which skrub's repr keeps as written (the describe_param_grid text and an unnamed choice's results_ column).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(1, 100, log=True, n_steps=3),
                         fit_intercept=skrub.choose_bool(name="intercept"),
                         tol=skrub.choose_float(0.0001, 1, n_steps=2, name="tol")), y=y)
print(pred.skb.describe_param_grid())
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring=["r2", "neg_mean_absolute_error"], refit="r2")
print(search.results_.columns)
print(search.results_.columns.tolist())
print(search.detailed_results_.columns)
print(search.results_.head(2).columns.to_list())
print(search.results_.head(1))
