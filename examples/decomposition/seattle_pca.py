"""scikit-learn's PCA in front of Ridge, on the Seattle weather data.

The weather kind is one-hot encoded and the measurements are standardized; then the features are projected on a few
principal components (three of them, as many as explain 90% of the variance, Minka's "mle" choice whitened, or four
by the full SVD), and the grid tries each projection with two ridge penalties. Scores are held to skrub's own by
ExampleParityTest.

Run it from the repository root:  ./stratum run examples/decomposition/seattle_pca.py
"""
import pandas as pd
import skrub
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))

y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
projection = skrub.choose_from(
    {
        "three": PCA(n_components=3),
        "variance_90": PCA(n_components=0.9),
        "mle_whitened": PCA(n_components="mle", whiten=True),
        "full_svd": PCA(n_components=4, svd_solver="full"),
    },
    name="projection",
)
X = X.skb.apply(projection)

pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
print(search.results_)
