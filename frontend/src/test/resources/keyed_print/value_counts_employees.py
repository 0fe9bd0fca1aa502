# value_counts() printed as pandas prints it: the counted values in the index (named after the column), the Series
# named count or proportion, pandas' row cut past 60 rows, and the steps agents chain on it.
import pandas as pd
import skrub

df = skrub.var("df", pd.read_csv("../shared/data/employee_salaries.csv"))
print(df["department"].value_counts().skb.eval())
print(df["gender"].value_counts(normalize=True).skb.eval())
print(df["gender"].value_counts(dropna=False).skb.eval())
print(df["division"].value_counts().skb.eval())
print(df["year_first_hired"].value_counts().sort_index().skb.eval())
print(df["department"].value_counts(ascending=True).head(4).skb.eval())
print(df["department"].value_counts(sort=False).tail(3).skb.eval())
print(df["assignment_category"].value_counts().reset_index().skb.eval())
counts = df["department"].value_counts()
print((counts * 100 / 9228).round(2).head(8).skb.eval())
print((counts / counts.sum()).head(3).skb.eval())
print(counts.max().skb.eval())
print(df.value_counts(["gender", "assignment_category"]).skb.eval())
print(df[["department", "gender"]].value_counts().head(12).skb.eval())
print(df[["department", "gender"]].value_counts(normalize=True).sort_index().tail(6).skb.eval())
print(df["gender"].value_counts())
print(df[["gender"]].value_counts().skb.eval())
print(df.value_counts(["department"], normalize=True).head(3).skb.eval())
