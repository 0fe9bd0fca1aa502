# A column of filtered merge rows assigned to another frame: pandas labels the filtered rows by their positions in
# the merge's result and aligns the column on them (missing, then 0, elsewhere). The optimizer may not move that
# filter into the merge's side, where the rows would be numbered 0..k-1 and pair with the wrong rows.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
codes = skrub.as_data_op(pd.DataFrame({"weather": ["drizzle", "rain", "sun", "snow", "fog"], "code": [1.0, 2.0, 3.0, 4.0, 5.0]}))
merged = data.merge(codes, on="weather")
windy = merged[merged["wind"] > 5]
X = data[["temp_min", "wind"]].assign(code=windy["code"]).fillna(0).skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=1.0), y=y)
scores = pred.skb.cross_validate(cv=4)
print(scores["test_score"])
