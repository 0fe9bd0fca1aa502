"""scikit-learn's train_test_split on a frame before the pipeline is built: a fifth of the rows is held out (keeping
the proportions of the weather kinds), and the search tunes on the rest. The training rows come in scikit-learn's
shuffled order, which the unshuffled KFold(4) then cuts into folds, so the scores hold only if the rows and their
order are scikit-learn's.

Run it from the repository root:  ./stratum run examples/splitters/train_test_split_function.py
"""
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, train_test_split
from sklearn.preprocessing import StandardScaler

weather = pd.read_csv("examples/data/seattle-weather.csv")
train, test = train_test_split(weather, test_size=0.2, random_state=0, stratify=weather["weather"])

data = skrub.var("data", train)
y = data["temp_max"].skb.mark_as_y()
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
X = X.skb.apply(StandardScaler())
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)

search = pred.skb.make_grid_search(cv=KFold(4), scoring="r2", fitted=True)
print(search.results_)
