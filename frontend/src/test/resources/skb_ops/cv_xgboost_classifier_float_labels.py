# XGBClassifier on five classes numbered as floats 0.0..4.0: numpy finds them equal to np.arange(5), so the wrapper
# fits them (multi:softprob), where the weather's names themselves would be refused. (Not neg_log_loss: scikit-learn
# computes it in float32 on the wrapper's float32 probabilities, Stratum in float64; they differ in the 8th digit.)
import pandas as pd
import skrub
from xgboost import XGBClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
codes = {"drizzle": 0.0, "fog": 1.0, "rain": 2.0, "snow": 3.0, "sun": 4.0}
y = data["weather"].map(codes).skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(XGBClassifier(n_estimators=10, max_depth=3, n_jobs=1), y=y)

scores = pred.skb.cross_validate(cv=3, scoring=["accuracy", "roc_auc_ovr"])
print(scores["test_accuracy"])
print(scores["test_roc_auc_ovr"])
