# pandas methods Stratum writes in another form (a sort and a head, rows by position, a column selection, a mask),
# printed as skrub prints them: the step's name and pandas' text of the rows, labels included.
import numpy as np
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print(data.nlargest(4, "wind"))
print(data["precipitation"].nsmallest(3))
print(data.sample(n=5, random_state=0))
print(data.sample(frac=0.002, random_state=7, ignore_index=True)["weather"])
print(data.iloc[[3, 0, -1], 1:4])
print(data.iloc[:3, -1])
print(data.query("temp_max > 35 and weather != 'sun'"))
print(data.select_dtypes(include=np.number).head(2))
print(data.groupby("weather").mean(numeric_only=True).reset_index())
print(data.select_dtypes("number").median(numeric_only=True))
print(data.nlargest(3, "temp_min").skb.describe_steps())
