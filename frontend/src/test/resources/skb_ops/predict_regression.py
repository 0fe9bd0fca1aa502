# learner.predict(split["test"]) of a regressor: the learner (every choice at its default) fitted on the training
# rows of scikit-learn's train_test_split, its predictions on the test rows, printed as numpy prints the array.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([10.0, 1.0], name="alpha")), y=y)

split = pred.skb.train_test_split(test_size=0.1, random_state=3)
learner = pred.skb.make_learner()
learner.fit(split["train"])
print(learner.predict(split["test"]))
