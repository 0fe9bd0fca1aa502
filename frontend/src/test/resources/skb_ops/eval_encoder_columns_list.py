# The columns of an encoder's output, which the plan knows only once it has run, printed as a list
# (.columns.tolist() / .to_list() of .skb.preview() and .skb.eval()), beside a frame whose columns the plan knows.
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data.drop(columns=["temp_max"])
Xv = X.skb.apply(skrub.TableVectorizer(datetime=skrub.DatetimeEncoder(add_weekday=True)))
print(Xv.skb.preview().columns.tolist())
print(Xv.skb.eval().columns.to_list())
print(X.skb.preview().columns.tolist())
