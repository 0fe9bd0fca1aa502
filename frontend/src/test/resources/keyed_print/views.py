# What agents print from value_counts() and group-by results besides the result itself: to_dict() (Python's repr of
# the dict, several keys as tuples, a frame's as a dict per column), a one-level .index of text and a Series' .values.
import pandas as pd
import skrub
df = skrub.var("df", pd.DataFrame({"k": ["a", "b", "a", None], "x": [1.0, 2.0, 4.0, 2.5], "n": [3, 1, 3, 2]}))
emp = skrub.var("emp", pd.read_csv("../shared/data/employee_salaries.csv"))
vc = df["k"].value_counts()
print(vc.to_dict().skb.eval())
print(vc.index.skb.eval())
print(vc.values.skb.eval())
print(df.groupby("k")["x"].mean().to_dict().skb.eval())
print(df.value_counts(["k", "x"]).to_dict().skb.eval())
print(df["x"].value_counts(normalize=True).to_dict().skb.eval())
print(df["k"].value_counts(dropna=False).to_dict().skb.eval())
print(df.groupby("k")[["x", "n"]].sum().to_dict().skb.eval())
print(df.groupby(["k", "n"]).size().to_dict().skb.eval())
print(df[["x", "n"]].describe().to_dict().skb.eval())
print(emp["department"].value_counts().index.skb.eval())
print(emp["department"].value_counts().head(10).values.skb.eval())
print(emp["department"].value_counts().head(8).to_dict().skb.eval())
print(emp.groupby("gender")["current_annual_salary"].mean().round(2).to_dict().skb.eval())
print(emp["gender"].value_counts(normalize=True).values.skb.eval())
print(emp.describe().index.skb.eval())
print(vc.to_dict())
