# A learner whose X is a matrix (a text vectorizer's sparse output, TruncatedSVD's dense one): skrub leaves the
# predictions of .skb.eval() and .skb.preview() a numpy array (it formats them as a Series only when X is a DataFrame
# or a Series), printed, sliced and computed with as numpy does (the DataOp's preview is numpy's repr); a classifier's
# labels are an object array.
import pandas as pd
import skrub
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data["weather"].skb.mark_as_X().skb.apply(TfidfVectorizer())
pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
print(pred.skb.eval())
print(pred.skb.eval()[:3])
print(pred.skb.eval()[-2:])
print(pred.skb.eval()[10:14])
print(pred.skb.eval().shape)
print(pred[:3].skb.eval())
print((pred * 2).skb.eval()[:2])
print((pred > 15).skb.eval()[:4])
print((-pred + 1).skb.eval()[1:3])
print(pred.skb.preview()[:2])
print(pred)
print(pred[:4] * 10)
svd = X.skb.apply(TruncatedSVD(n_components=2, random_state=0))
print(svd.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.eval()[:3])
clf = X.skb.apply(LogisticRegression(), y=data["weather"].skb.mark_as_y())
print(clf.skb.eval()[:4])
print(clf.skb.eval().shape)
