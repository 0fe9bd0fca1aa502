# Several scorers in a dict (result names to scorer names) with refit=False: no best candidate, results_ ordered by
# the first scorer.
import pandas as pd
import skrub
from sklearn.linear_model import Lasso, Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
model = skrub.choose_from({"ridge": Ridge(), "lasso": Lasso(alpha=skrub.choose_from([0.5, 5.0], name="a"))},
                          name="model")
pred = X.skb.apply(model, y=y)

search = pred.skb.make_grid_search(cv=3, fitted=True, refit=False,
                                   scoring={"MAE": "neg_mean_absolute_error", "R2": "r2"})
print(search.results_)
