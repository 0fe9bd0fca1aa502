# learner.decision_function: a multinomial LogisticRegression fitted on data, on new rows (one column per class); a
# binary RidgeClassifier on split["test"] (one value per row, a 1-d array); a search's best learner on new rows.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df.iloc[:1000])
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(LogisticRegression(), y=data["weather"].skb.mark_as_y())
learner = pred.skb.make_learner(fitted=True)
print(learner.decision_function({"data": df.iloc[1000:]})[:3])

rain = X.skb.apply(RidgeClassifier(alpha=skrub.choose_from([2.0, 200.0], name="alpha")),
                   y=(data["weather"] == "rain").skb.mark_as_y())
split = rain.skb.train_test_split(test_size=0.25, random_state=0)
ridge = rain.skb.make_learner().fit(split["train"])
print(ridge.decision_function(split["test"])[:5])
search = rain.skb.make_grid_search(fitted=True, cv=3)
print(search.decision_function({"data": df.iloc[1000:1010]}))
