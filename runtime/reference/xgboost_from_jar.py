"""Imports XGBoost's Python package for the reference scripts, on the native library Stratum itself runs.

The `xgboost` wheel is not on the package registries these machines reach, but its Python package is pure Python
over XGBoost's C API, and the xgboost4j jar Stratum depends on bundles that library (its JNI library exports the
whole C API). So the fixtures compare Stratum with the real scikit-learn wrapper of the same XGBoost version:

  XGBOOST_SRC   a checkout of https://github.com/dmlc/xgboost at the tag of the xgboost4j version in the parent POM
                (git checkout v3.4.0); its python-package/xgboost is imported;
  XGBOOST4J_JAR the xgboost4j jar (default: ~/.m2/repository/ml/dmlc/xgboost4j_2.12/3.4.0/xgboost4j_2.12-3.4.0.jar),
                whose lib/linux/x86_64/libxgboost4j.so is copied next to the package as libxgboost.so.

The package and library are staged in a temporary folder; nothing is installed.
"""
import os
import shutil
import sys
import tempfile
import zipfile

DEFAULT_JAR = os.path.expanduser("~/.m2/repository/ml/dmlc/xgboost4j_2.12/3.4.0/xgboost4j_2.12-3.4.0.jar")


def import_xgboost():
    src = os.environ.get("XGBOOST_SRC")
    if not src:
        sys.exit("set XGBOOST_SRC to a checkout of dmlc/xgboost at the xgboost4j version's tag (e.g. v3.4.0)")
    jar = os.environ.get("XGBOOST4J_JAR", DEFAULT_JAR)
    if not os.path.isfile(jar):
        sys.exit(f"no xgboost4j jar at {jar}: build Stratum once (mvn -DskipTests package) or set XGBOOST4J_JAR")
    stage = tempfile.mkdtemp(prefix="xgboost-from-jar-")
    package = os.path.join(stage, "xgboost")
    shutil.copytree(os.path.join(src, "python-package", "xgboost"), package)
    os.makedirs(os.path.join(package, "lib"), exist_ok=True)
    with zipfile.ZipFile(jar) as z, open(os.path.join(package, "lib", "libxgboost.so"), "wb") as out:
        out.write(z.read("lib/linux/x86_64/libxgboost4j.so"))
    sys.path.insert(0, stage)
    import xgboost

    return xgboost
