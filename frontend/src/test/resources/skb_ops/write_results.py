# A search's results_ written with to_csv once it has run: the whole table, a sorted head with its row labels, one
# column, as pandas writes skrub's DataFrame.
import pandas as pd
import skrub
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import MinMaxScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X().skb.apply(MinMaxScaler())
y = data["weather"].skb.mark_as_y()
pred = X.skb.apply(KNeighborsClassifier(n_neighbors=skrub.choose_from([5, 15, 25], name="k"),
                                        weights=skrub.choose_from(["uniform", "distance"], name="weights")), y=y)
search = pred.skb.make_grid_search(cv=4, fitted=True, scoring=["accuracy", "roc_auc_ovr"], refit="roc_auc_ovr")
search.results_.to_csv("out/results.csv", index=False)
search.results_.sort_values("mean_test_accuracy", ascending=False).head(2).to_csv("out/top.csv")
search.results_["mean_test_roc_auc_ovr"].to_csv("out/auc.csv")
