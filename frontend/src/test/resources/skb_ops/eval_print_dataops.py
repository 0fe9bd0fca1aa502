# print() of a DataOp: skrub shows the step (as .skb.describe_steps names it) and, since every variable has a value,
# its preview under "Result:", as pandas prints the value. The columns of an estimator's output, unknown while the
# plan is built, are shown the same way.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data)
print(data.columns)
y = data["temp_max"].skb.mark_as_y()
print(y)
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
print(X)
wet = X[X["precipitation"] > 0]
print(wet["wind"] * 2)
print(wet["weather"].str.upper())
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
print(X)
print(X.columns)
print(X.dtypes)
print(X.shape)
scaled = X.skb.apply(StandardScaler()).skb.set_name("scaled")
print(scaled)
pred = scaled.skb.apply(Ridge(alpha=skrub.choose_from([10.0, 1.0], name="alpha")), y=y)
print(pred)
print(data["wind"].mean())
print(data["temp_min"].max())
print("wet rows:", wet.shape)
unknown = skrub.var("unknown")
print(unknown)
print(unknown + 1)
