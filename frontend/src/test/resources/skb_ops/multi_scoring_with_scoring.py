# A search of a DataOp scored with .skb.with_scoring(...): its scorers, named as skrub names them, with refit naming
# the one that picks the best candidate.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 100.0, 10000.0], name="alpha")), y=y)
pred = pred.skb.with_scoring("r2").skb.with_scoring("neg_mean_absolute_error", name="mae")

search = pred.skb.make_grid_search(cv=4, fitted=True, refit="mae")
print(search.results_)
print(search.detailed_results_)
print(search.best_score_)
