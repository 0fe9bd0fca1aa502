"""scikit-learn's feature-expanding transformers in front of Ridge, on the Seattle weather data.

The daily minimum temperature and the wind are expanded one of three ways (cubic B-splines, quantile bins one-hot
encoded, or degree-2 polynomial terms), the right-skewed precipitation goes through np.log1p, and the grid tries
each expansion with two ridge penalties. Scores are held to scikit-learn's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/feature_expansion/seattle_temperature.py
"""
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import (FunctionTransformer, KBinsDiscretizer, OneHotEncoder, PolynomialFeatures,
                                   SplineTransformer)

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(FunctionTransformer(np.log1p), cols=["precipitation"])
expansion = skrub.choose_from(
    {
        "splines": SplineTransformer(n_knots=6, extrapolation="linear"),
        "bins": KBinsDiscretizer(n_bins=8, encode="onehot-dense"),
        "poly": PolynomialFeatures(degree=2, include_bias=False),
    },
    name="expansion",
)
X = X.skb.apply(expansion, cols=["temp_min", "wind"])

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
