# Views of the table .skb.cross_validate(...) returns, a DataFrame in skrub: some columns (cv[[...]]), the table's
# reductions (a Series by column name, numeric_only=True changing nothing), and round() of both.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(), y=y)
cv = pred.skb.cross_validate(cv=4, scoring=["r2", "neg_mean_absolute_error"], return_train_score=True)
print(cv[["test_r2", "test_neg_mean_absolute_error"]].mean())
print(cv[["test_r2", "train_r2"]])
print(cv[["test_neg_mean_absolute_error", "test_r2"]].round(3))
print(cv[["test_r2", "train_r2"]].std().round(4))
print(cv[["test_r2"]].median())
print(cv[["test_r2", "train_neg_mean_absolute_error"]].max())
print(cv[["test_r2", "train_r2"]].mean(numeric_only=True).round(4))
