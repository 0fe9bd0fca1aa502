# Estimators with choices among their parameters, as outcomes of a choice given as a list: skrub labels each by the
# short repr of scikit-learn's repr, which shows the inner choice's own repr (choose_float(0.1, 10.0, ...)), cut to
# 20 characters of arguments (or to "(...)" where scikit-learn's repr breaks its line between parameters).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.neighbors import KNeighborsRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
model = skrub.choose_from([
    Ridge(alpha=skrub.choose_float(0.1, 10.0, log=True, n_steps=2, name="alpha")),
    KNeighborsRegressor(n_neighbors=skrub.choose_int(5, 50, log=True, n_steps=2, name="k")),
    KNeighborsRegressor(n_neighbors=skrub.choose_from([3, 7], name="kk"), weights="distance"),
    Ridge(alpha=skrub.choose_from([1, 2, 3, 4, 5, 6, 7], name="a7")),
    Ridge(fit_intercept=skrub.choose_bool(name="icpt")),
], name="model")
pred = X.skb.apply(model, y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_.round(6))
