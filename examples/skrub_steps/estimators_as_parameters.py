"""Estimators given as parameters of other estimators, on the Seattle weather data.

ApplyToCols' transformer has a choice inside it (StandardScaler with or without centering, the scaled columns kept
next to the originals); the TableVectorizer gets OrdinalEncoder for its low-cardinality group, drops the
high-cardinality one, and its specific_transformers min-hash the date text and pass the wind through. Scores are held
to skrub's own by ExampleParityTest, and both frontends build the same plan (GraalPyParityTest).

Run it from the repository root:  ./stratum run examples/skrub_steps/estimators_as_parameters.py
"""
import pandas as pd
import skrub
from skrub import selectors as s
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max"]).skb.mark_as_X()
X = X.skb.apply(skrub.ApplyToCols(StandardScaler(with_mean=skrub.choose_bool(name="center")), cols=s.numeric(),
                                  keep_original=True, rename_columns="scaled_{}"))
X = X.skb.apply(skrub.TableVectorizer(
    low_cardinality=OrdinalEncoder(),
    high_cardinality="drop",
    specific_transformers=[(skrub.MinHashEncoder(n_components=2), ["date"]), ("passthrough", ["wind"])],
))
pred = X.skb.apply(Ridge(), y=y)
search = pred.skb.make_grid_search(cv=3, scoring="r2", fitted=True)
print(search.results_)
