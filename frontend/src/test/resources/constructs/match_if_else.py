# choice.match (with and without default, chained) and choose_bool().if_else, also through .skb: both frontends
# build one plan.
import pandas as pd
import skrub
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Lasso, Ridge
from sklearn.preprocessing import MinMaxScaler, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()

family = skrub.choose_from(["linear", "sparse", "baseline"], name="family")
is_linear = family.match({"baseline": False}, default=True)
X = X.skb.apply(is_linear.match({True: StandardScaler(), False: "passthrough"}))
minmax = skrub.choose_bool(name="minmax", default=False)
X = X.skb.apply(minmax.skb.if_else(MinMaxScaler(), "passthrough"))
model = family.match({
    "linear": Ridge(alpha=skrub.choose_float(0.1, 10.0, n_steps=2, name="alpha")),
    "sparse": Lasso(alpha=family.skb.match({"sparse": 0.01}, default=1.0)),
    "baseline": DummyRegressor(),
})
pred = X.skb.apply(model, y=y)
search = pred.skb.make_grid_search(cv=3, scoring="r2")
print(search.results_)
