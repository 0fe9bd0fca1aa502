# round() of what a search and cross_validate give (pandas' DataFrame.round and Series.round, numpy float64's round):
# the whole results_ table, its head, one column, best_score_, a column's reduction and minus one.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.001, 1000.0, log=True, n_steps=4, name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_.round(3))
print(search.results_.head(2).round(2))
print(search.results_.round(1).tail(1))
print(search.results_["mean_test_score"].round(4))
print(search.best_score_.round(3), search.best_score_.round())
print(search.results_["mean_test_score"].max().round(2))
print(round(search.results_["mean_test_score"].min(numeric_only=True), 4))
print(f"best {search.best_score_.round(4)}")
cv = pred.skb.cross_validate(cv=3)
print(cv["test_score"].mean().round(4), (-cv["test_score"].mean()).round(2))
