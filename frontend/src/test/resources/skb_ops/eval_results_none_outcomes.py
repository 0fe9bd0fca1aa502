# results_ of a grid search whose choices have None among their outcomes: skrub builds the table with pandas, which
# infers each column's dtype, so None shows as NaN among strings (an optional estimator's short repr) or numbers (the
# numbers then print as floats), and as None only among other objects.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["wind", "temp_min", "precipitation"]].skb.mark_as_X()
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
ridge = Ridge(alpha=skrub.choose_from([0.5, 20.0], name="alpha"), max_iter=skrub.choose_from([None, 100], name="iters"),
              fit_intercept=skrub.choose_bool(name="icpt"))
search = X.skb.apply(ridge, y=y).skb.make_grid_search(cv=3, fitted=True)
print(search.results_)
