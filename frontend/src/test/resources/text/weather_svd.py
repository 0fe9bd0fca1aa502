# TruncatedSVD of a frame's columns, as skrub applies it (wrapped per frame, outputs truncatedsvd0, ...): the weather
# kind one-hot encoded, the measurements projected on two or three components (cols=), then Ridge.
# Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
svd = TruncatedSVD(n_components=skrub.choose_from([2, 3], name="k"), random_state=0)
X = X.skb.apply(svd, cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
