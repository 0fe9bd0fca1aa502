# pandas operations on a search's results_, a DataFrame in skrub: head, tail, to_string, one column as a Series and
# its reductions written into text; results_ is printed as pandas prints it (middle columns cut beyond 80 characters).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.01, 1000.0, log=True, n_steps=7, name="alpha"),
                         fit_intercept=skrub.choose_bool(name="intercept")), y=y)
search = pred.skb.make_grid_search(cv=4, fitted=True, scoring=["r2", "neg_mean_absolute_error"], refit="r2")
print(search.results_.head(3))
print(search.results_.tail(2))
print(search.results_.to_string())
print(search.results_["mean_test_r2"])
print("best r2:", round(search.results_["mean_test_r2"].max(), 6), "worst:", f"{search.results_['mean_test_r2'].min():.5f}")
print(f"mean MAE {search.results_['mean_test_neg_mean_absolute_error'].mean():.4f}")
print(search.results_)
