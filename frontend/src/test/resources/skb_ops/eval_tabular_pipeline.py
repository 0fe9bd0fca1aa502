# skrub.tabular_pipeline given to .skb.apply: "regressor" (HistGradientBoosting on ToCategorical categories), a linear
# model (datetimes by splines, SimpleImputer(add_indicator=True), SquashingScaler) and HistGradientBoosting without
# categorical features (ordinal-encoded categories); each runs as the make_pipeline skrub builds.
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()
print(X.skb.apply(skrub.tabular_pipeline("regressor"), y=y).skb.cross_validate(cv=3)["test_score"])
ridge = X.skb.apply(skrub.tabular_pipeline(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha"))), y=y)
print(ridge.skb.make_grid_search(cv=3, fitted=True).results_)
hgb = skrub.tabular_pipeline(HistGradientBoostingRegressor(categorical_features=None, max_iter=30), n_jobs=1)
print(X.skb.apply(hgb, y=y).skb.cross_validate(cv=3)["test_score"])
