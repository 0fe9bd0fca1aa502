# scikit-learn pipelines given to .skb.apply: make_pipeline and Pipeline([(name, step), ...]), a choice inside a step,
# a "passthrough" step, and a pipeline of transformers only; each fits and predicts as the chain of its steps.
import pandas as pd
import skrub
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(make_pipeline(SimpleImputer(), StandardScaler(),
                                 Ridge(alpha=skrub.choose_float(0.1, 100, log=True, n_steps=3, name="alpha"))), y=y)
print(pred.skb.make_grid_search(cv=3, fitted=True).results_)
named = Pipeline([("scale", StandardScaler()), ("skip", "passthrough"), ("ridge", Ridge(alpha=3.0))])
print(X.skb.apply(named, y=y).skb.cross_validate(cv=3)["test_score"])
W = data[["weather", "wind"]].skb.mark_as_X()
encoded = W.skb.apply(make_pipeline(OneHotEncoder(sparse_output=False, handle_unknown="ignore"), StandardScaler()))
print(encoded.skb.apply(Ridge(), y=y).skb.cross_validate(cv=3)["test_score"])
