# Baselines fitted with sample weights: DummyRegressor's mean is numpy's weighted average, and DummyClassifier's
# class frequencies (prior, most_frequent) are the classes' weight sums.
import pandas as pd
import skrub
from sklearn.dummy import DummyClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = data["weather"].skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
weights = (X["precipitation"] > 0) * 20.0 + 1.0
pred = X.skb.apply(DummyClassifier(strategy="prior"), y=y, fit_kwargs={"sample_weight": weights})

scores = pred.skb.cross_validate(cv=3, scoring=["accuracy", "neg_log_loss"], return_train_score=True)
print(scores)
