# df.duplicated(subset=..., keep="first"): pandas' mask of the rows repeating an earlier row's values (missing values
# equal to each other), an unnamed bool Series; counted, printed, negated to keep the first of each, inside a pipeline.
import pandas as pd
import skrub

weather = pd.read_csv("examples/data/seattle-weather.csv")
print(weather.duplicated(subset=["weather"]).sum())
print(weather.duplicated().sum())
print(weather.duplicated("weather").head())
print(weather[~weather.duplicated(subset=["weather"])])
print(weather.duplicated(["precipitation", "weather"]).any())
groups = pd.read_csv("runtime/src/test/resources/reference/inputs/groups_nulls.csv")
print(groups.duplicated(subset=["g"]))
print(groups[groups.duplicated(subset=["g", "h"])].shape)
data = skrub.var("data", weather)
print(data[~data.duplicated(subset=["weather", "wind"])].skb.eval().shape)
