# pd.DataFrame of a dict of pandas columns (Series): the frame pandas builds from them (their common row labels, each
# column renamed to its key, columns= picking and ordering them), and the submission pattern built on it: a frame of the
# ids, then the predictions assigned to it.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

df = pd.read_csv("examples/data/seattle-weather.csv")
test = df.iloc[1300:].drop(columns=["temp_max"])
frame = pd.DataFrame({"day": test["date"], "wind": test["wind"], "double_wind": test["wind"] * 2,
                      "weather": test["weather"], "spread": test["wind"] - test["temp_min"]})
print(frame.head())
print(frame.shape)
print(pd.DataFrame({"temp_min": test["wind"], "wind": test["temp_min"]}, columns=["wind", "temp_min"]).tail(3))
print(pd.DataFrame({"date": df["date"]}).dtypes)

data = skrub.var("data", df.iloc[:1300])
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
learner = X.skb.apply(Ridge(alpha=2.0), y=data["temp_max"].skb.mark_as_y()).skb.make_learner(fitted=True)
submission = pd.DataFrame({"date": test["date"]})
submission["temp_max"] = learner.predict({"data": test})
print(submission.head(4))
print(submission.shape, len(submission))
