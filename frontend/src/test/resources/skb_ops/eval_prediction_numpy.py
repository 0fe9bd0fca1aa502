# numpy on a learner's predictions, as agents write it after a log-target fit: np.expm1 back to the target's scale,
# np.exp, np.round and .round(), np.clip and np.maximum/np.minimum with a number, arithmetic with numbers, -preds,
# rows sliced before or after, printed as numpy prints the array and put into a pandas frame (printed as pandas does).
import numpy as np
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
data = skrub.var("data", df)
y = data["log_temp"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "log_temp", "date"]).skb.mark_as_X()
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
X = X.skb.apply(StandardScaler(), cols=["precipitation", "temp_min", "wind"])
pred = X.skb.apply(Ridge(alpha=1.0), y=y)
split = pred.skb.train_test_split(test_size=0.25, random_state=42)
learner = pred.skb.make_learner()
learner.fit(split["train"])
preds = learner.predict(split["test"])
print(np.expm1(preds)[:5])
print(np.exp(preds[-4:]))
print(np.round(preds, 2)[:5])
print(preds.round(1)[::50])
print(np.clip(preds - 3.2, 0, None)[-5:])
print(np.maximum(preds - 3.2, 0)[:5])
print(np.minimum(0, preds - 3.2)[:5])
print((preds * 2)[:3], (10 - preds)[:3], (preds / 4 + 1)[:3])
print(-preds[:3])
# numpy 2's clip bounds (none at all, min=/max= keywords); where np.maximum's operands are equal (0.0 and -0.0) it
# gives the second one
print(np.clip(preds, None, None)[:2], np.clip(preds - 3.2, min=0)[:3], preds.clip(max=3.3)[:3])
print(np.round(preds - 3.2)[:8], np.maximum(np.round(preds - 3.2), 0)[:8], np.maximum(-0.0, np.round(preds - 3.2))[:8])
print("back:", np.round(np.expm1(preds[10:20]) - 10, 1))
print(np.expm1(preds) - 10)

# predictions on new rows by a search's best learner, back on the target's scale in a submission frame
past = df[df["date"] < "2015-01-01"]
new = df[df["date"] >= "2015-01-01"]
past_data = skrub.var("data", past)
past_X = past_data.drop(columns=["temp_max", "log_temp", "date"]).skb.mark_as_X()
past_X = past_X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
tuned = past_X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")),
                         y=past_data["log_temp"].skb.mark_as_y())
search = tuned.skb.make_grid_search(cv=3, fitted=True)
new_preds = search.best_learner_.predict({"data": new})
submission = pd.DataFrame({"date": new["date"], "temp_max": np.round(np.expm1(new_preds) - 10, 2)})
print(submission.head())
print(pd.DataFrame({"temp_max": np.clip(np.expm1(new_preds) - 10, 0, None)}).tail(3))
