# Installs Stratum's facade modules in a fresh GraalPy context. The host passes the bridge as the global
# __stratum_bridge__; this code keeps it in the private module _stratum and removes the global again.
import builtins
import sys
import importlib.machinery


def _install(bridge):
    core = type(sys)("_stratum")
    core.__dict__["bridge"] = bridge
    sys.modules["_stratum"] = core
    exec(compile(bridge.facadeSource("_stratum"), "<stratum facade _stratum>", "exec"), core.__dict__)

    sklearn_modules = set(filter(None, bridge.catalogModules("sklearn").split(",")))
    sklearn_modules.add("sklearn")
    # LightGBM's and XGBoost's scikit-learn estimators, each package one flat module.
    boosting_modules = {"lightgbm", "xgboost"}
    # The files of these facades, by module name; "stratum" is skrub under the name of this project.
    sources = {"skrub": "skrub", "stratum": "skrub", "skrub.selectors": "selectors", "stratum.selectors": "selectors",
               "pandas": "pandas", "numpy": "numpy", "sklearn.metrics": "metrics",
               "sklearn.pipeline": "pipeline", "sklearn.compose": "compose"}

    class FacadeLoader:
        def create_module(self, spec):
            if spec.name == "stratum" and "skrub" in sys.modules:
                return sys.modules["skrub"]
            return None

        def exec_module(self, module):
            name = module.__name__
            if name == "stratum" and module is sys.modules.get("skrub"):
                return
            if name in sources:
                code = compile(bridge.facadeSource(sources[name]), "<stratum facade " + name + ">", "exec")
                exec(code, module.__dict__)
            else:
                core.populate_catalog_module(module)

    loader = FacadeLoader()

    class FacadeFinder:
        def find_spec(self, fullname, path=None, target=None):
            top = fullname.split(".")[0]
            if fullname in sources:
                is_package = fullname in ("skrub", "stratum")
                return importlib.machinery.ModuleSpec(fullname, loader, is_package=is_package)
            if top == "sklearn" and fullname not in sources:
                if fullname in sklearn_modules:
                    return importlib.machinery.ModuleSpec(fullname, loader, is_package=True)
                core.unknown_sklearn_module(fullname, sorted(sklearn_modules - {"sklearn"}))
            if fullname in boosting_modules:
                return importlib.machinery.ModuleSpec(fullname, loader, is_package=True)
            if top in ("skrub", "stratum", "pandas", "numpy", "scipy", "lightgbm", "xgboost"):
                raise ModuleNotFoundError("Stratum has no module '" + fullname + "'", name=fullname)
            return None

    # Ahead of the standard finders, so no real installation of these libraries could be picked up.
    sys.meta_path.insert(0, FacadeFinder())
    builtins.print = core.facade_print
    builtins.max = core.facade_max
    builtins.min = core.facade_min
    builtins.sum = core.facade_sum
    builtins.len = core.facade_len


_install(__stratum_bridge__)
del __stratum_bridge__
del _install
