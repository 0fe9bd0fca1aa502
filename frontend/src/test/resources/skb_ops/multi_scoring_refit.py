# Several scorers at once: a list, refit naming the one that picks the best candidate (results_ is ordered by it).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 100.0, 10000.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=4, fitted=True, scoring=["r2", "neg_mean_absolute_error", "neg_max_error"],
                                   refit="neg_max_error")
print(search.results_)
print(search.detailed_results_)
print(search.best_params_)
print(search.best_score_)
