# make_grid_search(fitted=False), then search.fit(environment): skrub.X() and skrub.y() have no value until the
# environment gives them one; the results are those of the data in the environment.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

X = skrub.X()
y = skrub.y()
features = X[["precipitation", "temp_min", "wind"]].skb.apply(StandardScaler())
pred = features.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=False, scoring="neg_mean_absolute_error")

data = pd.read_csv("examples/data/seattle-weather.csv")
search.fit({"X": data.drop(columns=["temp_max", "date"]), "y": data["temp_max"]})
print(search.results_)
