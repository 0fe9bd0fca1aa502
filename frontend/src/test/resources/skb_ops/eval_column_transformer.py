# scikit-learn column transformers given to .skb.apply: ColumnTransformer with names, make_column_transformer with
# generated ones, columns by name, by make_column_selector (dtype and pattern), by position; a pipeline as a
# transformer, "passthrough"/"drop" transformers, each remainder; a choice inside a transformer searched as usual,
# a ColumnTransformer as a Pipeline step; and pandas' add_prefix/add_suffix, which name the parts' columns; choices
# between pipelines and between column transformers.
import numpy as np
import pandas as pd
import skrub
from sklearn.compose import ColumnTransformer, make_column_selector, make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, OrdinalEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["date", "precipitation", "temp_min", "wind", "weather"]].skb.mark_as_X()
ct = ColumnTransformer([
    ("weather", OneHotEncoder(sparse_output=False, handle_unknown="ignore"), ["weather"]),
    ("num", make_pipeline(SimpleImputer(), StandardScaler()), make_column_selector(dtype_include=np.number)),
    ("date", "drop", ["date"]),
])
print(X.skb.apply(ct).skb.preview().columns)
print(X.skb.apply(ct).skb.preview().round(4).head(3))
pred = X.skb.apply(Pipeline([("prep", ct), ("ridge", Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")))]), y=y)
print(pred.skb.make_grid_search(cv=3, fitted=True).results_)
ct2 = make_column_transformer(
    (OrdinalEncoder(), make_column_selector(pattern="^w", dtype_include=object)),
    (MinMaxScaler(), [1, 3]),
    remainder="passthrough",
)
print(X.skb.apply(ct2).skb.preview().head(3))
ct3 = make_column_transformer((StandardScaler(), ["wind"]), remainder=MinMaxScaler(), verbose_feature_names_out=False)
print(X[["wind", "temp_min"]].skb.apply(ct3).skb.preview().round(4).head(3))
print(X[["weather", "wind"]].add_prefix("x_").add_suffix("_1").skb.preview().head(2))
# a choice between pipelines (skrub labels a listed one Pipeline(...)) and between column transformers by key
scaled = make_column_transformer((StandardScaler(), ["wind", "temp_min"]))
model = skrub.choose_from([Pipeline([("prep", ct), ("ridge", Ridge())]), make_pipeline(scaled, Ridge())], name="model")
print(X.skb.apply(model, y=y).skb.make_grid_search(cv=3, fitted=True).results_)
prep = skrub.choose_from({"all": ct, "scaled": scaled}, name="prep")
print(X.skb.apply(prep).skb.apply(Ridge(), y=y).skb.make_grid_search(cv=3, fitted=True).results_)
