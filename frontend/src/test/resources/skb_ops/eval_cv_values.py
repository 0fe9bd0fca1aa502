# Numbers agents read out of a cross_validate table: a fold's score by label or position, the column's numpy array
# (.values, to_numpy(); its std divides by n), numpy's reductions of a column (np.std with ddof=0 unless given),
# Python's max/min/sum of it, the column as an attribute, columns of the rounded table, and tables printed after text
# on the same line.
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = data["weather"].skb.mark_as_y()
pred = X.skb.apply(StandardScaler()).skb.apply(LogisticRegression(C=skrub.choose_from([0.1, 1.0], name="C")), y=y)
cv = pred.skb.cross_validate(cv=5, scoring=["accuracy"], return_train_score=True)
print(cv["test_accuracy"][0])
print(cv["test_accuracy"].iloc[-1], cv["train_accuracy"].iloc[2])
print(cv.test_accuracy.mean())
print(cv["test_accuracy"].values)
print(cv["train_accuracy"].to_numpy().round(3))
print(cv["test_accuracy"].values.std(), cv["test_accuracy"].std(), cv["test_accuracy"].var())
print(np.mean(cv["test_accuracy"]), np.std(cv["test_accuracy"]), np.std(cv["test_accuracy"], ddof=1))
print(np.median(cv["train_accuracy"]), np.max(cv["test_accuracy"]), np.var(cv["test_accuracy"].values))
print(f"accuracy = {np.mean(cv['test_accuracy']):.4f} +/- {np.std(cv['test_accuracy']):.4f}")
print([cv["test_accuracy"].iloc[0], cv["test_accuracy"].values[1]])
print(f"first fold {cv['test_accuracy'][0]:.3f}, last {cv['test_accuracy'].iloc[-1]:.3f}")
print(max(cv["test_accuracy"]), min(cv["test_accuracy"]), sum(cv["train_accuracy"]))
print(round(max(cv["test_accuracy"]), 3), -cv["test_accuracy"].values.mean())
print("Mean scores:", cv[["test_accuracy", "train_accuracy"]].mean())
print("Per fold:", cv["test_accuracy"].round(4))
print("Folds", cv["test_accuracy"].values, sep="\n")
print(cv.round(3)[["test_accuracy", "train_accuracy"]])
print(cv.round(2)["train_accuracy"])
search = pred.skb.make_grid_search(cv=3, scoring="accuracy", fitted=True)
print("Results:", search.results_)
print("Best:", search.results_.head(1))
