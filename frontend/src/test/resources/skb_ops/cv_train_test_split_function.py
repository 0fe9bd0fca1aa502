# scikit-learn's train_test_split on a frame and a column before the pipeline (an int test size, no stratification):
# the cross-validation runs on the test part, X and y each split alike, in scikit-learn's shuffled order.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

weather = pd.read_csv("examples/data/seattle-weather.csv")
features = weather[["precipitation", "temp_min", "wind"]]
X_train, X_test, y_train, y_test = train_test_split(features, weather["temp_max"], test_size=300, random_state=3)

X = skrub.X(X_test)
y = skrub.y(y_test)
pred = X.skb.apply(Ridge(alpha=1.0), y=y)

scores = pred.skb.cross_validate(cv=3, scoring="r2")
print(scores["test_score"])
