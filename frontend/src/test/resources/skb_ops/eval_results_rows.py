# One row of a search's results table, as agents pick the best candidate: results_.iloc[i] (a position, negative from
# the end), results_.loc[k] (a label: skrub's results_ is numbered 0..n-1 best first) and
# results_.loc[results_["mean_test_score"].idxmax()], of the table, of some of its columns or of it sorted (rows keep
# their labels); idxmax()/idxmin() written into text. A row of text outcomes and numbers prints as pandas' object
# Series; one of numbers only as float64; a value of a row is written into text.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"))
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0, 1000.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
results = search.results_
print(results.iloc[0])
print(results.iloc[-1])
print("best label:", results["mean_test_score"].idxmax(), "worst:", results["mean_test_score"].idxmin())
print(f"best row {results['mean_test_score'].idxmax()}")
print(results.loc[results["mean_test_score"].idxmax()])
print(results.loc[results["mean_test_score"].idxmin()])
print(results.loc[2])
print(results[["alpha", "mean_test_score"]].iloc[1])
print(results.sort_values("alpha", ascending=False).iloc[0])
print(results.sort_values("alpha").loc[3])
print(search.detailed_results_[["alpha", "std_test_score", "mean_test_score"]].iloc[0])

scorers = X.skb.apply(Ridge(alpha=skrub.choose_from([1.0, 100.0], name="alpha")), y=y).skb.make_grid_search(
    cv=2, fitted=True, scoring=["r2", "neg_mean_absolute_error"], refit="r2")
print(scorers.results_.iloc[1])
print(scorers.results_.loc[scorers.results_["mean_test_neg_mean_absolute_error"].idxmax()])

# a value of a row, written into text as pandas gives it (numpy's float64 in a row of numbers; text, NaN for a
# missing outcome)
best = results.loc[results["mean_test_score"].idxmax()]
print(best["alpha"], best["scale"], repr(best["alpha"]), repr(best["scale"]))
print(f"alpha={best['alpha']:.2f} score={best['mean_test_score']:.4f} scale={best['scale']}")
worst = results.iloc[-1]
print("worst:", worst["scale"], round(worst["mean_test_score"], 3), round(1 - worst["mean_test_score"], 4))
print([results[["alpha", "mean_test_score"]].iloc[0]["alpha"]])
