# cross_validate without cv of its own: skrub uses the splitter given to mark_as_X, here a shuffled GroupKFold with
# the weather kinds as groups (a column that is not a feature: column pruning must keep it).
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X(
    cv=GroupKFold(n_splits=4, shuffle=True, random_state=0), split_kwargs={"groups": data["weather"]})
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y)

scores = pred.skb.cross_validate(scoring="neg_mean_absolute_error", return_train_score=True)
print(scores["test_score"])
print(scores["train_score"])
