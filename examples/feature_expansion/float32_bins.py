"""KBinsDiscretizer(dtype=np.float32) in front of Ridge, on the Seattle weather data.

scikit-learn fits the bin edges on the values as given and, with dtype=np.float32, casts the values to float32 before
placing them in the bins: a measurement whose float32 rounding falls just below an edge (quantile edges with
quantile_method="inverted_cdf" are measurements themselves) lands one bin lower than with the default float64, which
changes the model. The bins' indicators are float32 columns, exact in float64. Scores are held to skrub's own by ExampleParityTest.

Run it from the repository root:  ./stratum run examples/feature_expansion/float32_bins.py
"""
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import KBinsDiscretizer

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data[["temp_min", "precipitation", "wind"]].skb.mark_as_X()

bins = KBinsDiscretizer(n_bins=8, encode="onehot-dense", quantile_method="inverted_cdf",
                        dtype=skrub.choose_from({"float32": np.float32, "float64": np.float64, "input": None},
                                                name="dtype"))
# precipitation stays float64, so the frame Ridge reads is float64 as a whole (Ridge would otherwise fit in float32)
X = X.skb.apply(bins, cols=["temp_min", "wind"])

pred = X.skb.apply(Ridge(alpha=1.0), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
