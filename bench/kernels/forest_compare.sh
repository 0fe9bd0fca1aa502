#!/bin/sh
# RandomForestRegressor fit at 20,000 rows: scikit-learn and Stratum on the same CSV, one after the other.
# Run from the repository root after: mvn -B -o -q -pl bench -am package -DskipTests
set -e
python3 bench/kernels/forest_sklearn.py "${1:-3}"
"${JAVA_HOME:-/usr}/bin/java" -jar bench/target/benchmarks.jar RandomForestBenchmark
