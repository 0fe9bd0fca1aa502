# .skb.eval(environment): the variables read the dict's values instead of the ones they were declared with (here the
# first 40 rows of the data), as skrub evaluates the plan on new data. A variable declared with a constant evaluates
# to it.
import pandas as pd
import skrub
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_min", "wind"]]
X = X.skb.apply(StandardScaler())
print(X.skb.eval({"data": pd.read_csv("examples/data/seattle-weather.csv").head(40)}))
print(X["wind"].skb.eval({"data": pd.read_csv("examples/data/seattle-weather.csv").head(7)}))
a = skrub.var("a", 10)
b = skrub.var("b", 5)
print("constants:", a.skb.eval(), b.skb.preview())
