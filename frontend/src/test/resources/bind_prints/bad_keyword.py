"""A misspelt keyword of an estimator after a search was printed: the search runs and its table is printed first."""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["wind", "precipitation", "temp_min"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 100.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=KFold(3), scoring="r2", fitted=True)
print(search.results_)
print(f"best: {search.best_score_:.4f}")
other = X.skb.apply(Ridge(alphaa=1.0), y=y)
print("not reached")
