# len() and .shape of what .skb.cross_validate() and skrub.cross_validate() return: the number of folds (the table's
# rows), known from the splitter before the cross-validation runs (cv=k, the default 5, a KFold, mark_as_X(cv=...)), of
# a column, its numpy array or list, or the table (its shape with the columns kept); then the reads that go with it
# (the mean and std of the folds, one fold).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(), y=y)
scores = pred.skb.cross_validate(cv=4)
print(len(scores["test_score"]), len(scores))
print(len(scores["test_score"].values), len(scores["test_score"].tolist()), len(scores.round(2)))
n = len(scores["test_score"])
print(f"{n} folds: {scores['test_score'].mean():.4f} +/- {scores['test_score'].std():.4f}, last {scores['test_score'][n - 1]:.4f}")
print(len(pred.skb.cross_validate()["test_score"]))
print(len(pred.skb.cross_validate(cv=KFold(3, shuffle=True, random_state=0))["test_score"]))
s2 = skrub.cross_validate(pred.skb.make_learner(), pred.skb.get_data(), cv=3)
print(len(s2["test_score"]), len(s2))
print(scores.shape, scores["test_score"].shape, scores["test_score"].values.shape)
print(scores[["test_score", "fit_time"]].shape, scores.drop(columns=["fit_time"]).shape, s2.round(2).shape)
X6 = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X(cv=6)
print(len(X6.skb.apply(Ridge(), y=y).skb.cross_validate()["test_score"]))
