# cross_validate with an environment (the variable reads the dict's data: here the first 600 rows) and several
# scorers: scikit-learn's columns fit_time, score_time, then test_<name> (and train_<name>) per scorer in its order.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([3.0, 30.0], name="alpha")), y=y)

scores = pred.skb.cross_validate({"data": pd.read_csv("examples/data/seattle-weather.csv").head(600)}, cv=4,
                                 scoring=["r2", "neg_mean_absolute_error"], return_train_score=True)
print(scores)
print(scores["test_neg_mean_absolute_error"])
