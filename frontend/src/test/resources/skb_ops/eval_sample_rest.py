# The usual holdout of agents' scripts: train = df.sample(frac=..., random_state=...), test = df.drop(train.index) (the
# rows the sample did not pick, in their order, with their labels), then a learner fitted on train scored on test;
# the same rows as df[~df.index.isin(train.index)] (or .loc), and without ~ the sample's rows in the frame's order.
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
rest = df[~df.index.isin(train.index)]
print(rest.shape, rest["temp_max"].sum() == test["temp_max"].sum())
print(df.loc[~df.index.isin(train.index)].tail(2))
print(df[df.index.isin(train.index)].head(3))
