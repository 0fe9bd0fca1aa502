# XGBClassifier's predict returns class positions (its classes_ is np.arange(k)): a boolean target, or one of floats
# 0.0..k-1.0, which the wrapper takes since numpy finds them equal to 0..k-1, is predicted as int64 0..k-1, and skrub
# puts those in a column named like y. (String labels are refused, as the wrapper refuses them.) classification_report
# names the classes False and True: scikit-learn's unique_labels keeps the true labels' bools, which equal 0 and 1.
import pandas as pd
import skrub
from sklearn.metrics import classification_report
from xgboost import XGBClassifier

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
rain = (data["weather"] == "rain").skb.mark_as_y()
pred = X.skb.apply(XGBClassifier(n_estimators=5, max_depth=3, n_jobs=1), y=rain)
print(pred.skb.eval())
learner = pred.skb.make_learner(fitted=True)
print(learner.predict({"data": df.iloc[:6]}))
split = pred.skb.train_test_split(random_state=0)
on_train = pred.skb.make_learner()
on_train.fit(split["train"])
print(classification_report(split["y_test"], on_train.predict(split["test"])))

codes = {"drizzle": 0.0, "fog": 1.0, "rain": 2.0, "snow": 3.0, "sun": 4.0}
weather = data["weather"].map(codes).skb.mark_as_y()
print(X.skb.apply(XGBClassifier(n_estimators=5, max_depth=3, n_jobs=1), y=weather).skb.eval())
