# describe() and corr() printed as pandas prints them: the statistics' (or the columns') names as an index without a
# name, pandas' float layout per column; numeric columns only.
import numpy as np
import pandas as pd
import skrub

df = skrub.var("df", pd.read_csv("../shared/data/employee_salaries.csv"))
penguins = skrub.var("penguins", pd.read_json("../shared/data/penguins.json"))
small = skrub.var("small", pd.DataFrame({
    "a": [1, 2, 3, 4, 5, 6],
    "b": [2.5, np.nan, 1.0, 7.25, -3.0, 0.5],
    "c": [True, False, True, True, False, True],
    "s": ["x", "y", "x", None, "z", "x"],
    "tiny": [1e-9, 2e-9, 3e-9, 4e-9, 5e-9, 6e-9],
}))
print(df.describe().skb.eval())
print(df["current_annual_salary"].describe().skb.eval())
print(penguins.describe().skb.eval())
print(penguins.describe().round(2).skb.eval())
print(penguins.corr(numeric_only=True).skb.eval())
print(df.corr(numeric_only=True).skb.eval())
print(small.describe().skb.eval())
print(small.corr(numeric_only=True).skb.eval())
print(small[["a", "b"]].corr().round(3).skb.eval())
print(penguins[["Body Mass (g)", "Flipper Length (mm)"]].describe().reset_index().skb.eval())
print(small.describe())
