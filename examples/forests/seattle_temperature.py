"""Random forest regression: Seattle's daily maximum temperature from rain, minimum temperature and wind.

Stratum grows scikit-learn's trees with scikit-learn's random draws, so with a fixed random_state the scores equal
scikit-learn's. The grid tries two leaf sizes and two feature fractions, scored by r2 over KFold(5).
Run it from the repository root:  ./stratum run examples/forests/seattle_temperature.py
"""
import pandas as pd
import skrub
from sklearn.ensemble import RandomForestRegressor

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()

forest = RandomForestRegressor(
    n_estimators=30,
    min_samples_leaf=skrub.choose_from([1, 5], name="min_samples_leaf"),
    max_features=skrub.choose_from([1.0, 0.5], name="max_features"),
    random_state=0,
)
pred = X.skb.apply(forest, y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
