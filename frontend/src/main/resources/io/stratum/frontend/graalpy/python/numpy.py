# Stratum's facade of numpy: the element-wise functions Stratum compiles (np.log, np.exp, np.sqrt, ...), which
# record a plan step on a DataOp and compute at once on a number; no data enters Python.
import _stratum as _s

_s.add_catalog_classes(globals(), "numpy")
_FUNCTIONS = set(filter(None, _s._B.numpyFunctions().split(",")))


def _function(name):
    def function(x, **kwargs):
        if kwargs:
            raise TypeError("np." + name + "(): Stratum does not support the argument '" + next(iter(kwargs))
                            + "'; call it with the column only: np." + name + "(df[\"x\"])")
        later = _s._numpy_of_score(name, x)
        if later is not None:
            return later
        if isinstance(x, _s.Predictions):
            return x._step("numpy", name)
        if isinstance(x, _s.SplitTarget):
            return x._step(name)
        if isinstance(x, _s.Evaluated):
            # np.sqrt(pred.skb.eval()): the function appended to the evaluated plan (the subset binder's NumpyFunctions)
            return x._then(_s.DataOp(_s.invoke("numpy", name, x._plan())))
        result = _s.invoke("numpy", name, x)
        return result if isinstance(result, (int, float)) else _s.DataOp(result)

    function.__name__ = name
    function._stratum_numpy = name
    return function


for _name in _FUNCTIONS:
    globals()[_name] = _function(_name)

def where(condition, x=None, y=None, **kwargs):
    # row by row x where condition holds, else y, as the subset binder's NumpyFunctions.where computes it
    if kwargs or x is None or y is None:
        raise TypeError("np.where(): Stratum takes np.where(condition, x, y) (three arguments, no keywords);"
                        " np.where(condition) alone gives row positions, which Stratum does not compute")
    if not isinstance(condition, _s.DataOp):
        raise TypeError("np.where(): the condition must be a boolean column, such as df[\"x\"] > 0")
    if isinstance(x, _s.DataOp):
        return x.where(condition, y)
    if isinstance(y, _s.DataOp):
        return y.where(~condition, x)
    return condition.map({True: x, False: y})


_ARRAY_FUNCTIONS = {"round": "a", "around": "a", "clip": "a", "maximum": "x1", "minimum": "x1"}


def _array_function(name, first):
    def function(*args, **kwargs):
        # np.round(preds, 2), np.clip(preds, 0, None), np.maximum(preds, 0): steps of a learner's predictions (the
        # bridge refuses anything else as the subset binder does)
        args = list(args)
        x = args.pop(0) if args else kwargs.pop(first, None)
        if name in ("maximum", "minimum") and isinstance(x, (int, float, str, type(None))) and len(args) == 1 \
                and not kwargs and isinstance(args[0], _s.Predictions):
            return _s.Predictions(_s.invoke("prediction_array", x, "numpy_of_number", name, args[0].predictions))
        if isinstance(x, _s.Predictions):
            return x._step("numpy", name, *args, **kwargs)
        if name in ("round", "around") and isinstance(x, _s.Evaluated):
            # numpy calls the value's round: pandas' Series.round or DataFrame.round, numpy's for a predictions array
            return x._then(x._plan().round(*args, **kwargs))
        if name in ("round", "around"):
            # np.round(search.best_score_, 3): numpy's round of the float64, known once the plan has run
            later = _s._numpy_round_of_score(name, x, args, kwargs)
            if later is not None:
                return later
        return _s.invoke("prediction_array", x, "numpy", name, list(args), kwargs)

    function.__name__ = name
    return function


for _name, _first in _ARRAY_FUNCTIONS.items():
    globals()[_name] = _array_function(_name, _first)


def _reduction(name):
    def function(*args, **kwargs):
        x = args[0] if args else None
        if isinstance(x, _s.Predictions):
            ddof = kwargs.pop("ddof", 0)
            return x._reduce(name, False, args[1:], dict(kwargs, ddof=ddof) if ddof != 0 else kwargs)
        if isinstance(x, _s.Evaluated) and x.view == "VALUE":
            # np.mean(pred.skb.eval()) of a learner's predictions that skrub leaves a numpy array
            reduced = _s.invoke("evaluated_numpy_reduction", x.evaluation, name, len(args) - 1, kwargs)
            if reduced is not None:
                return _s._evaluated(reduced)
        # np.mean(cv["test_score"]): numpy's reduction of a cross_validate column, written into text once it has run;
        # anything else is the subset binder's error at the call's name (NumpyFunctions.cvReduction)
        cv = x if len(args) == 1 and isinstance(x, _s.CrossValidated) and x.column is not None else None
        line, column = _s.where()
        reduction = _s._B.invoke("numpy_reduction", line, column, [
            name, x, len(args), cv.column if cv is not None else None,
            cv is not None and (cv.decimals is not None or cv.form == "ILOC"), kwargs])
        return _s.DeferredNumber(cv.cv, cv.column, reduction, None)

    function.__name__ = name
    return function


_REDUCTIONS = ("mean", "std", "var", "median", "min", "max", "sum", "amin", "amax")
for _name in _REDUCTIONS:
    globals()[_name] = _reduction(_name)


# np.nan is how scikit-learn spells "missing" (SimpleImputer, OrdinalEncoder's unknown_value, error_score), as in the
# subset frontend.
nan = float("nan")
inf = float("inf")
pi = 3.141592653589793
e = 2.718281828459045


class _FloatType:
    """np.float32, np.number, ... as values: scikit-learn's dtype= parameters and select_dtypes take the type itself."""
    __slots__ = ("_stratum_numpy_dtype",)

    def __init__(self, name):
        self._stratum_numpy_dtype = name

    def __repr__(self):
        return "<class 'numpy." + self._stratum_numpy_dtype + "'>"


# np.number, np.int64, ... (select_dtypes and astype take the types themselves): the same tagged plan constant.
_TYPES = set(filter(None, _s._B.numpyTypes().split(",")))
for _name in _TYPES:
    globals()[_name] = _FloatType(_name)


def __getattr__(attr):
    raise AttributeError("Stratum does not know 'numpy." + attr + "'; known: "
                         + ", ".join(sorted(_FUNCTIONS | _TYPES | set(_REDUCTIONS) | set(_ARRAY_FUNCTIONS) | {"where"}))
                         + _s._B.numpyReductionHint(attr))
