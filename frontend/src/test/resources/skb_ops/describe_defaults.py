# .skb.describe_defaults(): the choices the default learner uses, by name, with skrub's simplified values: outcome
# names, plain outcomes, short reprs of estimators, numeric defaults; nested choices of outcomes the default does not
# pick are left out, those of the default outcome come first.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import HistGradientBoostingRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
X = X.assign(extra=X["wind"] * skrub.choose_from([1.0, 2.0], name="factor"))
regressor = skrub.choose_from({
    "ridge": Ridge(alpha=skrub.choose_float(0.01, 100.0, log=True, name="alpha"),
                   fit_intercept=skrub.choose_bool(name="intercept")),
    "hgb": HistGradientBoostingRegressor(max_leaf_nodes=skrub.choose_int(10, 50, n_steps=5, name="leaves")),
}, name="regressor")
pred = X.skb.apply(regressor, y=y)
print(pred.skb.describe_defaults())
print(X.skb.describe_defaults())
d = skrub.choose_from([HistGradientBoostingRegressor(), Ridge(alpha=skrub.choose_int(1, 9, n_steps=3, name="a"))],
                      name="model")
print(X.skb.apply(d, y=y).skb.describe_defaults())
print(data.skb.describe_defaults())
