# The usual holdout of agents' scripts: train = df.sample(frac=..., random_state=...), test = df.drop(train.index) (the
# rows the sample did not pick, in their order, with their labels), then a learner fitted on train scored on test.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score

df = pd.read_csv("examples/data/seattle-weather.csv")
train = df.sample(frac=0.8, random_state=42)
test = df.drop(train.index)
print(train.shape, test.shape)
print(test.head(3))
data = skrub.var("data", train)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
learner = X.skb.apply(Ridge(), y=y).skb.make_learner(fitted=True)
print(round(r2_score(test["temp_max"], learner.predict({"data": test})), 6))
