# make_scorer of sklearn.metrics' functions as a search's and a cross-validation's scoring: each is scikit-learn's
# named scorer for that metric (neg_mean_absolute_error is make_scorer(mean_absolute_error, greater_is_better=False)).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.metrics import make_scorer, mean_absolute_error, r2_score, root_mean_squared_error

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)
mae = make_scorer(mean_absolute_error, greater_is_better=False)
search = pred.skb.make_grid_search(cv=4, fitted=True, refit="mae",
                                   scoring={"mae": mae, "r2": make_scorer(r2_score), "rmse": "neg_root_mean_squared_error"})
print(search.results_)
cv = pred.skb.cross_validate(cv=3, scoring=make_scorer(root_mean_squared_error, greater_is_better=False))
print(round(cv["test_score"].mean(), 6))
