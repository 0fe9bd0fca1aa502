# skrub.cross_validate(learner, environment, ...): the learner's pipeline cross-validated as .skb.cross_validate does
# (scikit-learn clones the learner, so fitted or not, every choice at its default), on pred.skb.get_data() (each
# variable's own value) or on a dict of other data; the table printed without its timing columns (drop), as agents
# print it.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold

weather = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", weather)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_from([10.0, 1.0], name="alpha")), y=y)
print(list(pred.skb.get_data()))

cv = skrub.cross_validate(pred.skb.make_learner(), pred.skb.get_data(), cv=4, return_train_score=True)
print(cv.drop(columns=["fit_time", "score_time"]))
print(cv.round(3).drop(columns="score_time").drop(columns="fit_time"))

fitted = pred.skb.make_learner(fitted=True)
cv2 = skrub.cross_validate(fitted, {"data": weather.head(600)}, cv=KFold(3, shuffle=True, random_state=0),
                           scoring=["r2", "neg_mean_absolute_error"])
print(cv2.drop(["fit_time", "score_time"], axis=1).round(4))
print(cv2.drop(labels=["fit_time", "score_time"], axis="columns")["test_r2"].round(4))
print(cv2.drop(columns=["fit_time", "score_time", "nothing"], errors="ignore").mean())
print(f"{cv2['test_r2'].mean():.4f}")
