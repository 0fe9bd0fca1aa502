#!/bin/sh
# HistGradientBoostingRegressor fit at 100,000 rows: scikit-learn and Stratum on the same CSV, one after the other.
# Run from the repository root after: mvn -B -o -q -pl bench -am package -DskipTests
set -e
python3 bench/kernels/hgb_sklearn.py "${1:-3}"
"${JAVA_HOME:-/usr}/bin/java" -jar bench/target/benchmarks.jar HistGradientBoostingBenchmark
