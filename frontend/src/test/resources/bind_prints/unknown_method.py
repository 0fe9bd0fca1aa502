"""An unknown .skb method inside main(): what main() and the module printed before it is printed, then the error."""
import pandas as pd
import skrub

print("reading the weather")


def main():
    data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
    print("columns:", len(data.skb.eval().columns))
    print(data[["wind", "weather"]].skb.eval().head(3))
    print("mean wind:", data["wind"].skb.eval().mean())
    data.skb.aply(len)
    print("not reached")


if __name__ == "__main__":
    main()
