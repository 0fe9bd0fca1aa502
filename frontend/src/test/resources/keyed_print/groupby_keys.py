# Group-by results printed with the keys in the index: a Series named after the aggregated column, a frame with the
# index names on a line of their own, several keys sparsified, size() without a name, and the steps agents chain.
import pandas as pd
import skrub

df = skrub.var("df", pd.read_csv("../shared/data/employee_salaries.csv"))
penguins = skrub.var("penguins", pd.read_json("../shared/data/penguins.json"))
print(df.groupby("department")["current_annual_salary"].mean().skb.eval())
print(df.groupby("gender").mean(numeric_only=True).skb.eval())
print(df.groupby("department")["current_annual_salary"].mean().sort_values(ascending=False).head().round(1).skb.eval())
print(df.groupby(["department", "gender"])["current_annual_salary"].median().head(9).skb.eval())
print(df.groupby(["gender", "department"]).size().skb.eval())
print(df.groupby("assignment_category").count().skb.eval())
print(df.groupby("gender").agg(n=("department", "count"), top=("current_annual_salary", "max")).skb.eval())
print(df.groupby(["assignment_category", "gender"])[["year_first_hired", "current_annual_salary"]].max().skb.eval())
print(penguins.groupby("Species")["Body Mass (g)"].agg(["mean", "std", "count"]).round(2).skb.eval())
print(penguins.groupby(["Island", "Species"]).size().reset_index().skb.eval())
print(penguins.groupby(["Island", "Sex"])["Flipper Length (mm)"].mean().sort_index(ascending=False).skb.eval())
print(penguins.groupby("Species").mean(numeric_only=True)["Beak Length (mm)"].skb.eval())
print((penguins.groupby("Island")["Body Mass (g)"].sum() / 1000).skb.eval())
print(df.groupby("gender")["current_annual_salary"].mean())
print(df.groupby("gender")[["year_first_hired", "current_annual_salary"]].agg(["mean", "max"]).skb.eval())
print(penguins.groupby(["Species", "Island"]).agg({"Body Mass (g)": ["min", "max"], "Beak Length (mm)": "mean"}).skb.eval())
print(penguins.groupby("Island")[["Body Mass (g)", "Flipper Length (mm)"]].agg(["mean", "median", "std", "count"]).round(1).skb.eval())
print(penguins.groupby("Species")[["Body Mass (g)", "Flipper Length (mm)"]].agg(["min", "max"])["Body Mass (g)"].skb.eval())
print(df.groupby("department")[["year_first_hired", "current_annual_salary"]].agg(["min", "max"]).sort_values(("current_annual_salary", "max"), kind="stable").skb.eval())
