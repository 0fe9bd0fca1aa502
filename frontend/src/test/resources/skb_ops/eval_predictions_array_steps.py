# What scripts do next with numpy's array of a learner's predictions (skrub's .skb.eval() of a learner whose X is a
# matrix): numpy's reductions (a float64 printed as str by print, as np.float64(...) by repr), the length and shape, an
# element, numpy's element-wise functions and round, arithmetic with numbers and with the learner's target; a
# classifier's labels (an object array) compared, reduced and indexed. The solver's last bits are not scikit-learn's (sparse_cg), so numbers are printed in
# full after np.round(arr, 3), and formatted or rounded before it.
import numpy as np
import pandas as pd
import skrub
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data["weather"].skb.mark_as_X().skb.apply(TfidfVectorizer())
pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
arr = pred.skb.eval()
print(len(arr), arr.shape)
print(f"mean {arr.mean():.6f}, std {arr.std():.4f}, first {arr[0]:.5f}")
print("rounded", round(arr.mean(), 6), round(arr.max()), round(np.median(arr), 6))
print(np.sqrt(arr)[:3])
print(np.abs(arr - 20)[:3])
r = np.round(arr, 3)
print(r[:4])
print(r.mean())
print(repr(r.mean()))
print(r.std(), r.std(ddof=1), r.var())
print(r.min(), r.max(), r.sum())
print(r[0], r[-1])
print(repr(r[5]))
print(np.mean(r), np.median(r), np.std(r), np.amax(r))
print(r.round(1)[-3:])
print((r * 2 + 1).mean())
print([r.min(), r[1]])
print(((r - 16) ** 2).mean() ** 0.5)
print((r - r.mean())[:3])
# with the learner's own target: pandas' Series of the residuals, named and labelled as the target
y_true = data["temp_max"].skb.eval()
print((r - y_true).head(3))
print(((r - y_true) ** 2).mean() ** 0.5, np.abs(y_true - r).max(), (r > y_true).sum())
# numpy's reductions of a Series call its own methods (np.std and np.var with ddof=0)
print(np.mean((r - y_true) ** 2), np.sqrt(np.mean((r - y_true) ** 2)))
print(np.std(y_true), np.var(y_true, ddof=1), np.max(np.abs(r - y_true)), np.sum(y_true), np.amin(y_true))
clf = X.skb.apply(LogisticRegression(), y=data["weather"].skb.mark_as_y())
labels = clf.skb.eval()
print(labels[0], repr(labels[-1]))
print((labels == "sun").mean(), (labels == "rain").sum())
print(len(labels), labels.min(), labels.max())
