# The core of Stratum's Python facade: lazy DataOp handles whose operators and methods call the Java DataOps
# API through the bridge, exactly as the subset binder does. No data ever enters Python.
import builtins
import os
import sys

_B = bridge  # noqa: F821 - set by the bootstrap before this module runs
_SCRIPT = _B.scriptName()
_real_print = builtins.print


def where():
    """The script's line and column of the call being made (0, 0 when it is not in the script)."""
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename != _SCRIPT:
        f = f.f_back
    if f is None:
        return 0, 0
    line = f.f_lineno
    column = 1
    try:
        positions = f.f_code.co_positions()
        index = f.f_lasti // 2
        for i, p in enumerate(positions):
            if i == index:
                if p[0] == line and p[2] is not None:
                    column = p[2] + 1
                    if p[1] is not None and p[3] is not None:
                        # A call is located at the name it calls, as the subset binder locates it.
                        at = _B.callName(line, column, p[1], p[3])
                        line, column = at >> 20, at & 0xFFFFF
                break
    except (AttributeError, TypeError, ValueError):
        pass
    return line, column


def invoke(operation, *args):
    line, column = where()
    return _B.invoke(operation, line, column, [unwrap(a) for a in args])


def deferred_call(func, args, kwargs):
    """A call of a skrub.deferred script function: the first choice of constants among the arguments (positional, then
    keyword) expanded into one traced call per outcome, with the outcome's value (the subset binder's callDeferred)."""
    for i, a in enumerate(args):
        if isinstance(a, DataOp) and _B.hasConstantOutcomes(a._stratum_op()):
            return DataOp(_B.perOutcome(a._stratum_op(), lambda outcome, i=i: unwrap(
                deferred_call(func, args[:i] + (outcome,) + args[i + 1:], kwargs))))
    for k, a in kwargs.items():
        if isinstance(a, DataOp) and _B.hasConstantOutcomes(a._stratum_op()):
            return DataOp(_B.perOutcome(a._stratum_op(), lambda outcome, k=k: unwrap(
                deferred_call(func, args, {**kwargs, k: outcome}))))
    return func(*args, **kwargs)


def unwrap(value):
    """The value as the bridge takes it: handles become their Java DataOps, containers are unwrapped inside."""
    if isinstance(value, Handle):
        return value._stratum_op()
    if value is int or value is float or value is str or value is bool or value is object:
        # astype(int) and friends: the type stands for its name, as pandas reads it.
        return value.__name__
    if getattr(type(value), "_stratum_is_composite", False):
        # sklearn.pipeline's and sklearn.compose's facades: the host object the bridge made
        return value._stratum_composite
    if getattr(type(value), "_stratum_is_host", False):
        # sklearn.compose's make_column_selector: the host object the bridge made
        return value._stratum_host
    numpy_name = getattr(value, "_stratum_numpy", None)
    if isinstance(numpy_name, str):
        # A numpy function as a value (FunctionTransformer(np.log1p)): the plan constant the subset binder makes.
        return (None, "numpy.ufunc", numpy_name)
    const = getattr(value, "_stratum_const", None)
    if const is not None:
        # a pd.Timestamp / pd.Timedelta: the plan constant the facade made
        return const
    dtype_name = getattr(value, "_stratum_numpy_dtype", None)
    if isinstance(dtype_name, str):
        # np.float32 / np.float64 as a value (dtype=np.float32): the plan constant the subset binder makes.
        return (None, "numpy.dtype", dtype_name)
    if getattr(type(value), "_stratum_selector", False):
        return value._stratum_value()
    if isinstance(value, Predictions):
        return value.predictions
    if isinstance(value, ResultsRowValue):
        raise TypeError("a value of a " + value.row.view.attribute + " row is known once the search has run, so it"
                        " cannot be a value in a pipeline; print it, or use search.best_learner_ (the best candidate's"
                        " choices)")
    if isinstance(value, SearchAttribute):
        raise TypeError("search." + value.attribute + " is only known when the search has run; Stratum can print it, "
                        "not compute with it while the plan is built")
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    if isinstance(value, tuple):
        return tuple(unwrap(v) for v in value)
    if isinstance(value, dict):
        return {unwrap(k): unwrap(v) for k, v in value.items()}
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    return value


def wrap(op):
    return Search(op) if _B.isSearch(op) else DataOp(op)


_UNSET = object()


def _number_now(self):
    # "%.2f" % value, float(value): Python needs the number now, while the plan is being built
    raise TypeError("this value is known only once the plan has run, so Python's float() and '%' formatting cannot"
                    " give it now; write it into text with an f-string, f\"{value:.3f}\", or with str(value)")


class Handle:
    """Anything that stands for a node of the plan."""
    __slots__ = ("_op",)

    def __init__(self, op):
        object.__setattr__(self, "_op", op)

    def _stratum_op(self):
        return self._op

    def __repr__(self):
        return "<" + _B.kind(self._stratum_op()) + ">"


class Estimator(Handle):
    """An estimator built by a facade class such as sklearn.linear_model.Ridge."""
    __slots__ = ()


_BINARY = {"add": "ADD", "sub": "SUB", "mul": "MUL", "truediv": "TRUEDIV", "floordiv": "FLOORDIV", "mod": "MOD",
           "pow": "POW", "and": "AND", "or": "OR", "xor": "XOR"}
_COMPARE = {"eq": "EQ", "ne": "NE", "lt": "LT", "le": "LE", "gt": "GT", "ge": "GE"}


def _binary(name, op):
    def forward(self, other):
        if isinstance(other, Predictions):
            # new["y"] - preds: the predictions' reflected operator computes it
            return NotImplemented
        return DataOp(invoke("binary", self, op, other, False))

    def reverse(self, other):
        return DataOp(invoke("binary", self, op, other, True))

    forward.__name__ = "__" + name + "__"
    reverse.__name__ = "__r" + name + "__"
    return forward, reverse


def _compare(op):
    def method(self, other):
        return DataOp(invoke("binary", self, op, other, False))
    return method


class DataOp(Handle):
    """A lazy value of the pipeline, as skrub's DataOp: every operation records a step of the plan."""
    __slots__ = ()

    def __init__(self, op):
        Handle.__init__(self, op)
        # a value the script holds: skrub previews it now, so Stratum checks it, used or not
        _B.holds(op)

    for _name, _op in _BINARY.items():
        locals()["__" + _name + "__"], locals()["__r" + _name + "__"] = _binary(_name, _op)
    for _name, _op in _COMPARE.items():
        locals()["__" + _name + "__"] = _compare(_op)
    del _name, _op

    __hash__ = Handle.__hash__

    def __neg__(self):
        return DataOp(invoke("unary", self, "NEG"))

    def __pos__(self):
        return DataOp(invoke("unary", self, "POS"))

    def __invert__(self):
        return DataOp(invoke("unary", self, "INVERT"))

    def __abs__(self):
        return DataOp(invoke("unary", self, "ABS"))

    # A value pandas computes from the data (len(df) after a filter, a column's mean()) written into text: a token
    # until the plan has run (bind.DeferredValue), as the subset binder writes it; a skrub DataOp is its step's name.
    def __str__(self):
        return _B.writtenToken(self._stratum_op(), None, False, *where())

    def __repr__(self):
        return _B.writtenToken(self._stratum_op(), None, True, *where())

    def __format__(self, spec):
        return _B.writtenToken(self._stratum_op(), spec or None, False, *where())

    __float__ = __int__ = __index__ = _number_now

    def __round__(self, ndigits=None):
        # numpy's float64.__round__(n) is its round(n), computed when the plan runs; round(x) is Python's int of the
        # number (pandas' round(0) of a column or frame)
        if ndigits is None:
            return _rounded_to_int(self, self)
        return self.round(ndigits)

    def __bool__(self):
        raise TypeError("the truth value of a DataOp is not known while the plan is built; use .skb.if_else(...) "
                        "or skrub.choose_bool(...) to branch on data (coming to Stratum), or a constant condition")

    def __iter__(self):
        raise TypeError("a DataOp cannot be iterated while the plan is built")

    # shape, len(), columns, dtypes and dtype are facts of the plan (the subset binder's FrameFacts), not steps.
    def __len__(self):
        return int(invoke("fact", self, "len"))

    @property
    def shape(self):
        if not invoke("fact_known", self, "shape"):
            return UnknownFact(self, "shape")
        # A row count the plan cannot tell (-1) is a value computed when the plan runs.
        return FactTuple(self, "shape", (DataOp(invoke("row_count", self)) if int(n) < 0 else int(n)
                                         for n in invoke("fact", self, "shape")))

    @property
    def size(self):
        # pandas' size: a Series' rows, a frame's cells; computed when the plan runs if the rows are not known
        if not invoke("has_facts", self):
            return Attribute(self, "size")  # groupby(...).size(): the method
        shape = [int(x) for x in invoke("fact", self, "shape")]
        if shape[0] >= 0:
            return int(invoke("fact", self, "size"))
        rows = DataOp(invoke("row_count", self))
        return rows if len(shape) == 1 else rows * shape[1]

    @property
    def ndim(self):
        return int(invoke("fact", self, "ndim"))

    @property
    def empty(self):
        return bool(invoke("fact", self, "empty"))

    @property
    def columns(self):
        if not invoke("fact_known", self, "columns"):
            return UnknownFact(self, "columns")
        names = ColumnNames(str(c) for c in invoke("fact", self, "columns"))
        names._stratum_fact = (self, "columns") if invoke("is_skrub", self) else None
        return names

    @property
    def dtypes(self):
        if not invoke("fact_known", self, "dtypes"):
            return UnknownFact(self, "dtypes")
        v = invoke("fact", self, "dtypes")
        if isinstance(v, str):
            return v
        return FactSeries([str(c) for c in v[0]], [str(t) for t in v[1]], (self, "dtypes") if invoke("is_skrub", self) else None)

    @property
    def dtype(self):
        return str(invoke("fact", self, "dtype"))

    def __getitem__(self, key):
        if isinstance(key, slice):
            return DataOp(invoke("slice", self, key.start, key.stop, key.step))
        return DataOp(invoke("getitem", self, key))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name == "skb":
            return Skb(self)
        return Attribute(self, name)

    def __setattr__(self, name, value):
        # the subset binder's assignTo says the same
        raise TypeError("Do not modify a DataOp in-place: skrub refuses df." + name + " = ... too (a DataOp is a step of"
                        " the plan, each later step a new value); "
                        + ('write df = df.rename(columns={"old": "new", ...}) to rename columns' if name == "columns"
                           else "write a function that returns a new value, e.g. df = df.assign(...) or df.rename(...)"))

    def to_csv(self, path_or_buf=None, sep=",", na_rep="", columns=None, header=True, index=True, encoding=None,
               mode="w", **other):
        # pandas writes the file at once: Stratum when the run reaches this line (the subset binder's Methods.toCsv)
        if other:
            raise TypeError("to_csv(" + sorted(other)[0] + "=...) is not supported by Stratum yet; supported: path, sep,"
                            " na_rep, columns, header, index (encoding='utf-8', mode='w')")
        invoke("to_csv", self, path_or_buf, sep, na_rep, None if columns is None else list(columns), header, index,
               encoding, mode)

    def _writer(self, *args, **kwargs):
        raise TypeError("this pandas writer is not supported by Stratum yet: it writes CSV files only; write"
                        " df.to_csv(\"out.csv\", index=False)")

    to_parquet = to_json = to_excel = to_feather = to_pickle = to_sql = to_hdf = to_clipboard = to_xml = to_orc = \
        to_stata = _writer

    def pipe(self, func, *args, **kwargs):
        # df.pipe(f, *args, **kwargs) is f(df, *args, **kwargs), traced over the DataOp as any script function
        if isinstance(func, tuple):
            raise TypeError("Stratum pipes into a function, not a (function, keyword) tuple; write f(df, ...)")
        return func(self, *args, **kwargs)

    def copy(self, deep=True):
        # The same plan step (a DataOp never changes in place), as an object of its own, so that copy["col"] = ...
        # in a script function changes the copy only (the subset binder's Methods.copy).
        if not isinstance(deep, bool):
            raise TypeError("copy(): deep must be True or False, got " + repr(deep))
        return DataOp(self._stratum_op())

    def assign(self, *args, **kwargs):
        if any(isinstance(v, Predictions) for v in kwargs.values()):
            # a learner's predictions into a pandas frame: assembled once the learner has predicted
            if args:
                raise TypeError("assign() takes keyword arguments only")
            return PredictionFrame(invoke("prediction_assign", self, kwargs))
        return Attribute(self, "assign")(*args, **kwargs)

    def __setitem__(self, key, value):
        if isinstance(value, Predictions) and not isinstance(self, Attribute):
            # test["pred"] = preds: this object now stands for the frame with the predictions (PredictionFrame), seen
            # through every name that holds it
            if not isinstance(key, str):
                raise TypeError("Stratum assigns one column by its name (a str) with frame[...] = ..., not "
                                + type(key).__name__)
            frame = invoke("prediction_assign", self, {key: value})
            object.__setattr__(self, "__class__", PredictionFrame)
            object.__setattr__(self, "_op", frame)
            return
        # frame["col"] = value on a pandas frame: inside a script function (a skrub.deferred one, or one a
        # transformer applies), where skrub hands the function a pandas frame, or at the module's level on a frame
        # pandas alone computes (pd.read_csv(...) before skrub.var). This object now stands for frame.assign(col=value),
        # seen through every name that holds it (the subset binder rebinds each of them). At the module's level skrub
        # refuses item assignment on a DataOp, and so does Stratum.
        if isinstance(self, Attribute) or (sys._getframe(1).f_code.co_name == "<module>"
                                           and invoke("is_skrub", self)):
            raise TypeError("Do not modify a DataOp in-place: skrub refuses df[...] = ... on a DataOp too; use"
                            " df.assign(name=...) to add or replace a column")
        if not isinstance(key, str):
            raise TypeError("Stratum assigns one column by its name (a str) with frame[...] = ..., not "
                            + type(key).__name__ + "; use frame.assign(...) or assign each column by its name")
        object.__setattr__(self, "_op", self.assign(**{key: value})._stratum_op())

    def as_data_op(self):
        return self

    def match(self, outcome_mapping, default=_UNSET):
        """choice.match({outcome: value}, default=...): skrub's Choice.match (the bridge checks this is a choice)."""
        return DataOp(_match(self, outcome_mapping, default, False))

    def if_else(self, if_true, if_false):
        """choose_bool().if_else(a, b): skrub's BoolChoice.if_else."""
        return DataOp(invoke("if_else", self, if_true, if_false, False))


def _match(owner, outcome_mapping, default, skb):
    if not isinstance(outcome_mapping, dict):
        raise TypeError("match() expects a dict from outcomes to values, got " + type(outcome_mapping).__name__)
    given = default is not _UNSET
    return invoke("match", owner, list(outcome_mapping.keys()), list(outcome_mapping.values()),
                  default if given else None, given, skb)


class Attribute(DataOp):
    """x.name: a method when called (x.drop(...)), else the attribute itself (x.shape)."""
    __slots__ = ("_receiver", "_name", "_attr")

    def __init__(self, receiver, name):
        object.__setattr__(self, "_receiver", receiver)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_attr", None)

    def _stratum_op(self):
        # Created only when used as a value, so a method call does not leave an attribute node behind.
        if self._attr is None:
            line, column = where()
            object.__setattr__(self, "_attr", _B.invoke("attr", line, column, [self._receiver._stratum_op(), self._name]))
        return self._attr

    def __getitem__(self, key):
        if self._name == "str" and isinstance(key, slice):
            # s.str[start:stop:step] is pandas' s.str.slice(start, stop, step)
            return self.slice(key.start, key.stop, key.step)
        # df.iloc[a:b] (rows by position) and df.loc[mask], as the subset binder reads them.
        if self._name == "iloc" and isinstance(key, slice):
            return DataOp(invoke("iloc_slice", self._receiver, key.start, key.stop, key.step))
        if self._name == "iloc" and isinstance(key, list):
            return DataOp(invoke("take_positions", self._receiver, key))
        if self._name == "iloc" and isinstance(key, tuple) and len(key) == 2:
            # df.iloc[rows, columns]: positions on both axes, as the subset binder reads them
            return DataOp(invoke("iloc_rows_columns", self._receiver, _iloc_axis(key[0]), _iloc_axis(key[1])))
        if self._name == "loc" and isinstance(key, DataOp):
            return DataOp(invoke("loc", self._receiver, key))
        if self._name == "loc" and isinstance(key, tuple) and len(key) == 2 and (
                isinstance(key[1], str) or isinstance(key[1], list) and all(isinstance(c, str) for c in key[1])):
            # df.loc[mask, cols] and df.loc[:, cols]: the rows the mask keeps, then the columns named
            rows, columns = key
            if isinstance(rows, slice) and rows == slice(None):
                return DataOp.__getitem__(self._receiver, columns)
            if isinstance(rows, DataOp):
                return DataOp.__getitem__(DataOp(invoke("loc", self._receiver, rows)), columns)
        if self._name in ("iloc", "loc"):
            raise TypeError("." + self._name + "[...] is only supported " + (
                "with a slice or a list of row positions, e.g. df.iloc[10:20] or df.iloc[[0, 2]]" if self._name == "iloc"
                else "with a boolean mask, e.g. df.loc[df[\"x\"] > 0]") + " by Stratum")
        return DataOp.__getitem__(self, key)

    def __setitem__(self, key, value):
        # df.loc[mask, "col"] = value on a pandas frame (as frame["col"] = value: in a script function, or at the
        # module's level on a frame pandas alone computes): the column takes value where the mask is True, that is
        # frame["col"].where(~mask, value), and the frame now stands for frame.assign(col=...) under every name.
        owner = self._receiver
        if not (self._name == "loc" and isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], DataOp)
                and isinstance(key[1], str)) or isinstance(owner, Attribute):
            raise TypeError("Stratum assigns with .loc only one column's rows by a boolean mask, df.loc[mask, \"col\"] ="
                            " value; use df.assign(col=df[\"col\"].where(~mask, value)) for the others")
        if sys._getframe(1).f_code.co_name == "<module>" and invoke("is_skrub", owner):
            raise TypeError("Do not modify a DataOp in-place: skrub refuses df.loc[...] = ... on a DataOp too; use"
                            " df.assign(col=df[\"col\"].where(~mask, value))")
        mask, column = key
        updated = DataOp.__getitem__(owner, column).where(~mask, value)
        object.__setattr__(owner, "_op", owner.assign(**{column: updated})._stratum_op())

    def __call__(self, *args, **kwargs):
        if self._name == "as_data_op" and not args and not kwargs:
            return self._receiver
        if self._name == "transform" and args and callable(args[0]) and not isinstance(args[0], DataOp):
            # groupby(k)["c"].transform(lambda s: s.rolling(3).mean()): the function traced over the column (the subset
            # binder's frameMethod); its one per-row method is computed per group when the plan is bound
            column = invoke("grouped_column", self._receiver)
            if column is not None:
                traced = args[0](DataOp(column))
                if isinstance(traced, DataOp):
                    args = (traced,) + tuple(args[1:])
        if self._name == "query" and "local_dict" not in kwargs:
            expr = args[0] if args else kwargs.get("expr")
            if isinstance(expr, str) and "@" in expr:
                kwargs = dict(kwargs, local_dict=_query_locals(expr, sys._getframe(1)))
        if self._name == "rename" and callable(kwargs.get("columns")):
            kwargs = dict(kwargs, columns=_renamed_columns(self._receiver, kwargs["columns"]))
        return DataOp(invoke("call", self._receiver, self._name, list(args), kwargs))


def _query_locals(expr, frame):
    """The caller's values of the @names a df.query(...) string uses, as pandas resolves them (locals, then globals),
    passed as local_dict (the subset binder's queryLocals). A name bound to something other than a constant is
    refused; one not bound is left for the query's own error."""
    import re
    out = {}
    for name in re.findall(r"@([A-Za-z_][A-Za-z0-9_]*)", expr):
        if name in out:
            continue
        if name in frame.f_locals:
            value = frame.f_locals[name]
        elif name in frame.f_globals:
            value = frame.f_globals[name]
        else:
            continue
        plain = (bool, int, float, str)
        if not (isinstance(value, plain) or isinstance(value, (list, tuple)) and all(isinstance(v, plain) for v in value)):
            raise TypeError("query(): @" + name + " is " + type(value).__name__ + "; Stratum substitutes numbers, strings,"
                            " bools and lists of them. Compare with a mask instead: df[df[\"a\"] > " + name + "]")
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def _renamed_columns(op, function):
    """rename(columns=f): pandas calls f on each column name; the names are known while the plan is built, so f runs
    on them here and the rename takes the mapping it gives (the subset binder's renamedColumns)."""
    names = op.columns
    if isinstance(names, UnknownFact):
        raise TypeError("rename(columns=function) calls the function on each column name, but the plan cannot tell the"
                        " columns here; pass a dict {old name: new name}, or rename before that step")
    return {name: function(name) for name in names}


def _iloc_axis(axis):
    """One axis of .iloc[rows, columns] as the bridge reads it: ":" , a slice, a list of positions or one position."""
    if isinstance(axis, slice):
        if axis.start is None and axis.stop is None and axis.step is None:
            return ("all",)
        return ("slice", axis.start, axis.stop, axis.step)
    if isinstance(axis, bool) or not isinstance(axis, (int, list)):
        raise TypeError(".iloc[rows, columns] takes a slice, a list of positions or a position on each axis, got "
                        + type(axis).__name__)
    if isinstance(axis, int):
        return ("one", axis)
    for item in axis:
        if isinstance(item, bool) or not isinstance(item, int):
            raise TypeError(".iloc[rows, columns] takes positions (ints), got " + type(item).__name__)
    return ("positions", list(axis))


class ColumnNames(list):
    """df.columns while the plan is built: the names, a list with pandas Index's tolist()."""

    def tolist(self):
        return list(self)

    to_list = tolist


class FactTuple(tuple):
    """df.shape while the plan is built: a tuple, printed as skrub prints the GetAttr step (print_fact)."""

    def __new__(cls, op, attribute, items):
        t = super().__new__(cls, items)
        t._stratum_fact = (op, attribute) if invoke("is_skrub", op) else None
        return t


class UnknownFact:
    """df.columns, df.dtypes or df.shape where the plan cannot tell them before it runs: it can only be printed (as skrub
    prints the GetAttr step with its preview); any other use raises the plan's error saying why."""
    __slots__ = ("_stratum_fact",)

    def __init__(self, op, attribute):
        self._stratum_fact = (op, attribute)

    def _refuse(self, *args, **kwargs):
        op, attribute = self._stratum_fact
        invoke("fact", op, attribute)  # raises the located error saying why the plan cannot tell it
        raise TypeError("." + attribute + " is not known while the plan is built")

    __iter__ = __len__ = __getitem__ = __contains__ = __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = \
        __add__ = __radd__ = __sub__ = __mul__ = __int__ = __float__ = __index__ = _refuse
    __hash__ = None

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self._refuse()

    def __repr__(self):
        return "<GetAttr " + repr(self._stratum_fact[1]) + ">"


class FactSeries:
    """df.dtypes while the plan is built: iterates its values, items() its pairs, s[label], printed as pandas."""
    __slots__ = ("index", "values", "_stratum_fact", "_stratum_evaluated")

    def __init__(self, index, values, fact=None):
        self.index = ColumnNames(index)
        self.values = list(values)
        self._stratum_fact = fact
        self._stratum_evaluated = None

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)

    def __contains__(self, label):
        return label in self.index

    def __getitem__(self, label):
        for k, v in zip(self.index, self.values):
            if k == label:
                return v
        raise KeyError(label)

    def __bool__(self):
        raise ValueError("the truth value of a Series is ambiguous; use len(s) > 0, s.empty or a comparison of its items")

    @property
    def size(self):
        return len(self.values)

    @property
    def shape(self):
        return (len(self.values),)

    def items(self):
        return list(zip(self.index, self.values))

    def keys(self):
        return ColumnNames(self.index)

    def tolist(self):
        return list(self.values)

    to_list = tolist

    def to_dict(self):
        return dict(zip(self.index, self.values))

    def __str__(self):
        if not self.values:
            return "Series([], dtype: object)"
        lw = max(len(str(k)) for k in self.index)
        vw = max(len(str(v)) for v in self.values)
        return "\n".join(str(k).ljust(lw) + "    " + str(v).rjust(vw) for k, v in zip(self.index, self.values)) + "\ndtype: object"

    __repr__ = __str__


class Search(DataOp):
    """The result of .skb.make_grid_search(...) or make_randomized_search(...): its results are shown when printed."""
    __slots__ = ()

    _RESULTS = ("results_", "detailed_results_", "best_params_", "best_score_")

    def fit(self, environment):
        # skrub's fit changes the search itself: later reads of its results see the fitted plan.
        object.__setattr__(self, "_op", invoke("fit_search", self,
                                               environment._part if isinstance(environment, SplitPart) else environment))
        return self

    def score(self, environment):
        # skrub's search.score: its best_learner_'s score
        return self.best_learner_.score(environment)

    def predict(self, environment):
        # scikit-learn's search.predict: its refit estimator's, skrub's best_learner_'s
        return self.best_learner_.predict(environment)

    def predict_proba(self, environment):
        return self.best_learner_.predict_proba(environment)

    def decision_function(self, environment):
        return self.best_learner_.decision_function(environment)

    def __getattr__(self, name):
        if name == "best_learner_":
            return Learner(invoke("best_learner", self))
        if name in Search._RESULTS:
            if not _B.searchFitted(self._stratum_op()):
                raise AttributeError("this search was made with fitted=False and has not been fitted, so it has no "
                                     + name + "; call search.fit(environment) first (a dict from each skrub.var name"
                                     " to its data), or pass fitted=True")
            return SearchAttribute(self, name)
        if name == "skb":
            return Skb(self)
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        raise AttributeError("a search has no attribute '" + name + "' in Stratum; read results_, "
                             "detailed_results_, best_params_, best_score_ or best_learner_, or call fit(environment)"
                             " or predict(environment)")


class SearchAttribute:
    """search.results_ and the like: known once the search has run, so it can only be printed."""
    __slots__ = ("search", "attribute")

    def __init__(self, search, attribute):
        self.search = search
        self.attribute = attribute

    __float__ = __int__ = __index__ = _number_now

    def __repr__(self):
        return _B.deferredToken(self.search._stratum_op(), self.attribute, None, None, True, *where())

    # Written into text, the value is a token until the search has run (bind.DeferredValue): print("best:", s.best_score_),
    # f"{s.best_score_:.3f}", round(s.best_score_, 3).
    def __str__(self):
        return _B.deferredToken(self.search._stratum_op(), self.attribute, None, None, False, *where())

    def __format__(self, spec):
        if spec and self.attribute != "best_score_":
            raise TypeError("unsupported format string passed to " + self.attribute)
        return _B.deferredToken(self.search._stratum_op(), self.attribute, None, spec or None, False, *where())

    def __round__(self, ndigits=None):
        if self.attribute != "best_score_":
            raise TypeError("type " + self.attribute + " doesn't define __round__ method")
        if ndigits is not None:
            return _numpy_round(self, ndigits)
        return RoundedSearchValue(self, _B.roundToInt())


class _ColumnReductions:
    """A table column's mean(), std(), min(), max(), median() and sum(), each the class's _reduce(name);
    numeric_only=True changes nothing on numbers."""
    __slots__ = ()

    def mean(self, numeric_only=False):
        return self._reduce("mean")

    def std(self, numeric_only=False):
        return self._reduce("std")

    def min(self, numeric_only=False):
        return self._reduce("min")

    def max(self, numeric_only=False):
        return self._reduce("max")

    def median(self, numeric_only=False):
        return self._reduce("median")

    def var(self, numeric_only=False):
        return self._reduce("var")

    def sum(self, numeric_only=False):
        return self._reduce("sum")


def _search_table(self, name):
    if not self.attribute.endswith("results_"):
        raise AttributeError(self.attribute + " has no attribute " + repr(name))
    return SearchView(self.search, self.attribute)


def _search_getitem(self, key):
    if self.attribute == "best_params_":
        raise KeyError(repr(key) + ": skrub's best_params_ is keyed by scikit-learn's grid parameter names "
                       "('data_op__0', ...), not by choice names, so this fails in skrub too; "
                       "print(search.results_.head(1)) shows the best candidate's outcomes by choice name")
    if not self.attribute.endswith("results_"):
        raise TypeError(self.attribute + " cannot be indexed")
    return SearchView(self.search, self.attribute)[key]


SearchAttribute.__getitem__ = _search_getitem
SearchAttribute.head = lambda self, n=5: _search_table(self, "head").head(n)
SearchAttribute.tail = lambda self, n=5: _search_table(self, "tail").tail(n)
SearchAttribute.to_string = lambda self: _search_table(self, "to_string").to_string()
SearchAttribute.sort_values = lambda self, by, ascending=True: _search_table(self, "sort_values").sort_values(by, ascending)
SearchAttribute.round = lambda self, decimals=0: (RoundedSearchValue(self, _numpy_decimals(decimals))
                                                  if self.attribute == "best_score_"
                                                  else _search_table(self, "round").round(decimals))
SearchAttribute.columns = property(lambda self: _search_table(self, "columns").columns)
SearchAttribute.to_csv = lambda self, *args, **kwargs: _search_table(self, "to_csv").to_csv(*args, **kwargs)
SearchAttribute.iloc = property(lambda self: _search_table(self, "iloc").iloc)
SearchAttribute.loc = property(lambda self: _search_table(self, "loc").loc)


class _SearchRows:
    """results_.iloc / results_.loc (the subset binder's SearchViews.row): one row, by position, by label, or at a
    column's idxmax()/idxmin()."""
    __slots__ = ("view", "indexer")

    def __init__(self, view, indexer):
        self.view = view
        self.indexer = indexer

    def __getitem__(self, key):
        v = self.view
        hint = ("; write " + v.attribute + ".iloc[0] (a position), " + v.attribute + ".loc[0] (a label) or "
                + v.attribute + ".loc[" + v.attribute + "[\"mean_test_score\"].idxmax()]")
        if isinstance(key, (tuple, slice)):
            raise TypeError("Stratum picks one row of a search's results table with ." + self.indexer + "[...]; select"
                            " rows with head(n)/tail(n) and columns with [[...]]; print " + self.indexer + "[0]")
        if isinstance(key, int) and not isinstance(key, bool):
            return SearchRow(v, key, self.indexer == "loc", None, False)
        if isinstance(key, ResultsLabel) and self.indexer == "loc":
            if key.digits is not None or key.view.search is not v.search or key.view.attribute != v.attribute:
                raise TypeError("Stratum picks a row of " + v.attribute + " by the idxmax()/idxmin() of a column of the"
                                " same table" + hint)
            return SearchRow(v, None, True, key.view.column, key.reduction == "idxmax")
        raise TypeError(v.attribute + "." + self.indexer + "[...] takes one row "
                        + ("label" if self.indexer == "loc" else "position") + " (an int) in Stratum, got "
                        + type(key).__name__ + hint)


class SearchRow:
    """results_.iloc[0] and the like: a row printed once the search has run, as pandas prints it."""
    __slots__ = ("view", "at", "by_label", "arg_of", "max")

    def __init__(self, view, at, by_label, arg_of, max_):
        self.view = view
        self.at = at
        self.by_label = by_label
        self.arg_of = arg_of
        self.max = max_

    def __repr__(self):
        return "<row of " + self.view.attribute + ">"

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        raise AttributeError("a row of " + self.view.attribute + " is printed only in Stratum; it has no attribute '"
                             + name + "'")

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("a row of " + self.view.attribute + "[...] takes a column name (a str)")
        return ResultsRowValue(self, key, None)


class SearchView(_ColumnReductions):
    """search.results_.head(3), .tail(n), .to_string(), ["mean_test_score"], .round(3) (the subset binder's SearchViews):
    printed once the search has run; a column's max(), min(), mean(), median(), std() and sum() are written into text."""
    __slots__ = ("search", "attribute", "head_n", "tail_n", "whole", "column", "names", "decimals", "selected",
                 "sort_by", "ascending")

    def __init__(self, search, attribute, head_n=None, tail_n=None, whole=False, column=None, names=None,
                 decimals=None, selected=None, sort_by=None, ascending=True):
        self.search = search
        self.attribute = attribute
        self.head_n = head_n
        self.tail_n = tail_n
        self.whole = whole
        self.column = column
        self.names = names  # "INDEX": .columns, printed as pandas' Index; "LIST": .columns.tolist()
        self.decimals = decimals  # .round(decimals): the float columns rounded as pandas rounds them
        self.selected = selected  # [["a", "b"]]: those columns, in that order
        self.sort_by = sort_by  # .sort_values(by, ascending): the rows sorted first
        self.ascending = ascending

    def _table(self, what):
        if self.column is not None or self.whole or self.names is not None:
            raise AttributeError("this " + self.attribute + " view has no " + what)
        return self

    @property
    def columns(self):
        return self._table("columns")._with(names="INDEX")

    def tolist(self):
        if self.names != "INDEX":
            raise AttributeError("only " + self.attribute + ".columns has tolist() in Stratum")
        return self._with(names="LIST")

    to_list = tolist

    def to_csv(self, path_or_buf=None, sep=",", na_rep="", columns=None, header=True, index=True, encoding=None,
               mode="w", **other):
        # written once the search has run, as pandas writes this table (the subset binder's SearchViews)
        if self.names is not None or self.whole:
            raise AttributeError("this " + self.attribute + " view has no to_csv")
        if other:
            raise TypeError("to_csv(" + sorted(other)[0] + "=...) is not supported by Stratum yet; supported: path, sep,"
                            " na_rep, columns, header, index (encoding='utf-8', mode='w')")
        line, column = where()
        _B.writeSearchCsv(self.search._stratum_op(), self.attribute, self.head_n, self.tail_n, self.whole, self.column,
                          self.names, self.decimals, self.selected, self.sort_by, self.ascending,
                          [path_or_buf, sep, na_rep, None if columns is None else list(columns), header, index, encoding,
                           mode], line, column)

    def _with(self, **changes):
        fields = {k: getattr(self, k) for k in self.__slots__}
        fields.update(changes)
        return SearchView(**fields)

    def head(self, n=5):
        self._table("head()")
        if not isinstance(n, int) or n < 0:
            raise TypeError("head(): n must be a non-negative int")
        return self._with(head_n=n if self.head_n is None else min(self.head_n, n))

    def tail(self, n=5):
        self._table("tail()")
        if not isinstance(n, int) or n < 0:
            raise TypeError("tail(): n must be a non-negative int")
        return self._with(tail_n=n if self.tail_n is None else min(self.tail_n, n))

    def round(self, decimals=0):
        if self.names is not None or self.whole:
            raise AttributeError("Stratum rounds " + self.attribute + " or one of its columns, not this view of it")
        if isinstance(decimals, bool) or not isinstance(decimals, int):
            raise TypeError("round(): decimals must be an int, got " + repr(decimals))
        if self.decimals is not None:
            # rounding twice is not rounding once to the fewer decimals (0.12549 -> 0.125 -> 0.12, not 0.13)
            raise TypeError("Stratum rounds a " + self.attribute + " table once; write one round(n) with the decimals"
                            " you print")
        return self._with(decimals=decimals)

    def to_string(self):
        if self.names is not None:
            raise AttributeError("Stratum prints " + self.attribute + ".columns, not its to_string()")
        return self._with(whole=True)

    def sort_values(self, by, ascending=True):
        self._table("sort_values()")
        if not isinstance(by, str) or not isinstance(ascending, bool):
            raise TypeError("sort_values(): Stratum sorts " + self.attribute + " by one column, ascending=True or False")
        if self.head_n is not None or self.tail_n is not None or self.sort_by is not None:
            raise TypeError("Stratum sorts the whole " + self.attribute + " table, before head(), tail() or selecting a"
                            " column; write " + self.attribute + ".sort_values(" + repr(by) + ").head(n)")
        return self._with(sort_by=by, ascending=ascending)

    def __getitem__(self, key):
        if isinstance(key, builtins.list) and self.column is None and not self.whole and self.names is None:
            # results_[["model", "mean_test_score"]]: those columns, in that order
            if not builtins.all(isinstance(k, str) for k in key):
                raise TypeError(self.attribute + "[[...]] takes column names (str)")
            if self.selected is not None:
                raise TypeError("Stratum selects the columns of " + self.attribute + " once; write one [[...]] of the"
                                " columns you print")
            return self._with(selected=builtins.list(key))
        if self.column is not None or self.whole or self.names is not None or not isinstance(key, str):
            raise TypeError(self.attribute + "[...] takes a column name (a str)")
        return self._with(column=key)

    @property
    def iloc(self):
        return _SearchRows(self._rows("iloc"), "iloc")

    @property
    def loc(self):
        return _SearchRows(self._rows("loc"), "loc")

    def _rows(self, what):
        if self.column is not None or self.whole or self.names is not None or self.head_n is not None \
                or self.tail_n is not None or self.decimals is not None:
            raise AttributeError("Stratum picks a row of the " + self.attribute + " table (sorted or some of its"
                                 " columns), not of this view of it; write " + self.attribute + "." + what + "[...]")
        return self

    def idxmax(self):
        return ResultsLabel(self._reduce("idxmax").view, "idxmax", None)

    def idxmin(self):
        return ResultsLabel(self._reduce("idxmin").view, "idxmin", None)

    def _reduce(self, name):
        if self.column is None:
            raise TypeError("Stratum computes " + name + "() of one column of " + self.attribute + ", such as "
                            + self.attribute + "['mean_test_score']." + name + "()")
        if self.head_n is not None or self.tail_n is not None or self.decimals is not None:
            raise TypeError("Stratum reduces a whole " + self.attribute + " column as it is, not its head(), tail() or"
                            " round(); write round(" + self.attribute + "[" + repr(self.column) + "]." + name + "(), n)")
        return ResultsReduction(self, name, None)


    def __repr__(self):
        return "<" + self.attribute + " view>"


def _numpy_decimals(decimals):
    """The decimals of numpy's float64.round(decimals): an int (without it 0, and the result stays a float)."""
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise TypeError("round(): decimals must be an int, got " + repr(decimals))
    return decimals


class _WrittenNumber:
    """A number written into text once the plan has run: str(), repr() and format specs through _token."""
    __slots__ = ()

    __float__ = __int__ = __index__ = _number_now

    def __str__(self):
        return self._token(None, False)

    def __repr__(self):
        return self._token(None, True)

    def __format__(self, spec):
        return self._token(spec or None, False)


class _RoundedValue(_WrittenNumber):
    """round(m) without ndigits of a number pandas computes or of .skb.eval()'s: Python's int, written into text once
    the plan has run (the subset binder's roundedToInt), then the arithmetic written on it with numbers (round(m) + 1),
    each step (operator, number, whether the number is the left operand, whether it is an int) computed as Python computes it then."""
    __slots__ = ("target", "steps")

    def __init__(self, target, steps=()):
        self.target = target
        self.steps = steps

    def _token(self, spec, as_repr):
        return _B.roundedToken(self.target, spec, as_repr, [list(s) for s in self.steps], *where())

    def __neg__(self):
        return _RoundedValue(self.target, self.steps + (("*", -1, False, True),))

    def __pos__(self):
        return self


def _rounded_operand_type(other):
    # as the subset binder names the other operand (PyValue.typeName)
    if isinstance(other, _RoundedValue):
        return "round() of a value known once the plan has run"
    return type(other).__name__


def _rounded_arithmetic(symbol, reflected):
    def step(self, other):
        # +, -, *, / and ** with a number written in the script (the subset binder's deferredArithmetic); the others
        # are refused at the operator as it refuses them
        if symbol in ("//", "%") or isinstance(other, bool) or not isinstance(other, (int, float)):
            invoke("rounded_arithmetic", symbol, _rounded_operand_type(other))
        return _RoundedValue(self.target, self.steps + ((symbol, other, reflected, isinstance(other, int)),))
    return step


for _symbol, _names in (("+", ("add", "radd")), ("-", ("sub", "rsub")), ("*", ("mul", "rmul")), ("/", ("truediv", "rtruediv")),
                        ("**", ("pow", "rpow")), ("//", ("floordiv", "rfloordiv")), ("%", ("mod", "rmod"))):
    for _name in _names:
        setattr(_RoundedValue, "__" + _name + "__", _rounded_arithmetic(_symbol, _name.startswith("r")))
del _symbol, _names, _name


def _rounded_to_int(value, target):
    kind = invoke("round_to_int", target)
    if kind == "column":
        return value.round(0)  # pandas' Series.__round__ and DataFrame.__round__
    return _RoundedValue(unwrap(target)) if kind == "number" else kind


class ResultsReduction(_WrittenNumber):
    """results_["mean_test_score"].max(), possibly rounded: written into text once the search has run."""
    __slots__ = ("view", "reduction", "digits")

    def __init__(self, view, reduction, digits):
        self.view = view
        self.reduction = reduction
        self.digits = digits

    def _token(self, spec, repr_):
        return _B.deferredResultsToken(self.view.search._stratum_op(), self.view.attribute, self.view.column,
                                       self.reduction, self.digits, spec, repr_)

    def __round__(self, ndigits=None):
        if ndigits is not None:
            return _numpy_round(self, ndigits)
        return ResultsReduction(self.view, self.reduction, _B.roundToInt())

    def round(self, decimals=0):
        # pandas' reduction is numpy's float64, whose round() keeps a float
        if self.digits is not None:
            raise TypeError("Stratum rounds a reduction of " + self.view.attribute + " once")
        return _numpy_round(self, _numpy_decimals(decimals))


class ResultsLabel(ResultsReduction):
    """results_["mean_test_score"].idxmax() (or idxmin()): a row label (numpy's int64) written into text once the
    search has run, or the row results_.loc[...] picks."""
    __slots__ = ()

    def round(self, decimals=0):
        raise TypeError("Stratum writes the label idxmax() gives as it is")

    def _no_arithmetic(self, *args):
        raise TypeError("Stratum writes the label idxmax() gives as it is, or picks its row with results_.loc[...]; it"
                        " computes no arithmetic with it")

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = \
        __neg__ = __round__ = _no_arithmetic


class ResultsRowValue(_WrittenNumber):
    """results_.iloc[0]["alpha"] (best["alpha"]): the row's value written into text once the search has run, as pandas
    gives it (the subset binder's DeferredValue.ofResultsRow)."""
    __slots__ = ("row", "column", "digits")

    def __init__(self, row, column, digits):
        self.row = row
        self.column = column
        self.digits = digits

    def _token(self, spec, repr_):
        r = self.row
        v = r.view
        return _B.deferredRowToken(v.search._stratum_op(), v.attribute, v.selected, v.sort_by, v.ascending, r.at,
                                   r.by_label, r.arg_of, r.max, self.column, self.digits, spec, repr_)

    def __round__(self, ndigits=None):
        if self.digits is not None:
            raise TypeError("Stratum rounds a value of " + self.row.view.attribute + " once")
        return ResultsRowValue(self.row, self.column, _B.roundToInt() if ndigits is None else int(ndigits))

    def round(self, decimals=0):
        # numpy's float64.round(decimals) keeps a float
        if self.digits is not None:
            raise TypeError("Stratum rounds a value of " + self.row.view.attribute + " once")
        return ResultsRowValue(self.row, self.column, _numpy_decimals(decimals))


class RoundedSearchValue:
    """round(search.best_score_, n): written into text once the search has run."""
    __slots__ = ("value", "digits")

    def __init__(self, value, digits):
        self.value = value
        self.digits = digits

    def __str__(self):
        return _B.deferredToken(self.value.search._stratum_op(), self.value.attribute, self.digits, None, False, *where())

    __float__ = __int__ = __index__ = _number_now

    def __repr__(self):
        return _B.deferredToken(self.value.search._stratum_op(), self.value.attribute, self.digits, None, True, *where())

    def __format__(self, spec):
        return _B.deferredToken(self.value.search._stratum_op(), self.value.attribute, self.digits, spec or None, False, *where())

    def round(self, decimals=0):
        if self.digits == _B.roundToInt():
            raise AttributeError("'int' object has no attribute 'round'; write round(x, n)")
        raise TypeError("Stratum rounds a number known once the plan has run once; write one round with the decimals"
                        " you print")


class CrossValidated(_ColumnReductions):
    """What .skb.cross_validate(...) returns, or one of its columns: known once it has run, so it can only be printed
    (a column after round(decimals), tolist() or .values too, some columns cv[[...]], the table's reductions cv.mean(),
    as the subset binder's CvColumnView) or reduced and indexed into numbers written into text once it has run."""
    __slots__ = ("cv", "train", "column", "decimals", "form", "columns", "reduction")

    def __init__(self, cv, train, column=None, decimals=None, form="SERIES", columns=None, reduction=None):
        self.cv = cv
        self.train = train
        self.column = column
        self.decimals = decimals
        self.form = form
        self.columns = columns
        self.reduction = reduction

    def _check_method(self, name):
        if self.form == "LIST":
            raise TypeError("a list has no method " + name + "()")
        if self.form == "ILOC":
            raise TypeError(".iloc takes a position in brackets, such as cv['test_score'].iloc[0]")

    def round(self, decimals=0):
        self._check_method("round")
        if isinstance(decimals, bool) or not isinstance(decimals, int):
            raise TypeError("round(decimals) of a cross_validate column takes an int, got " + repr(decimals))
        if self.decimals is not None:
            # rounding twice is not rounding once to the fewer decimals (0.12549 -> 0.125 -> 0.12, not 0.13)
            raise TypeError("Stratum rounds a cross_validate value once; write one round with the decimals you print")
        return CrossValidated(self.cv, self.train, self.column, decimals, self.form, self.columns, self.reduction)

    def tolist(self):
        self._check_method("tolist")
        if self.column is None:
            raise TypeError("Stratum lists one column of the cross_validate table, such as cv['test_score'].tolist()")
        return CrossValidated(self.cv, self.train, self.column, self.decimals, "LIST")

    to_list = tolist

    def to_numpy(self):
        self._check_method("to_numpy")
        if self.column is None or self.form == "ARRAY":
            raise TypeError("Stratum makes numpy's array of one column of the cross_validate table, such as"
                            " cv['test_score'].to_numpy()")
        return CrossValidated(self.cv, self.train, self.column, self.decimals, "ARRAY")

    def _column_as(self, form, attribute, example):
        """A column's .values (numpy's array) or .iloc (its positional indexer)."""
        if self.column is None or self.form != "SERIES":
            raise AttributeError("Stratum gives ." + attribute + " of one column of the cross_validate table, such as"
                                 " cv['test_score']." + example)
        return CrossValidated(self.cv, self.train, self.column, self.decimals, form)

    def __len__(self):
        # len(cv["test_score"]), len(cv): the number of folds, the table's rows (the subset binder's Builtins.len)
        if self.reduction is not None or self.form == "ILOC":
            raise TypeError("len() of cross_validate " + ("results" if self.column is None else "column " + self.column)
                            + " is not known while the plan is built")
        return int(invoke("cv_folds", self.cv))

    @property
    def shape(self):
        # the folds (and the columns), known from the splitter (the subset binder's CrossValidated attribute)
        if self.reduction is not None or self.form not in ("SERIES", "ARRAY"):
            raise AttributeError("cross_validate " + ("results" if self.column is None else "column " + self.column)
                                 + " has no attribute 'shape' that Stratum knows")
        folds = int(invoke("cv_folds", self.cv))
        if self.column is not None:
            return (folds,)
        return (folds, len(self.columns if self.columns is not None else _B.crossValidationColumns(self.cv)))

    values = property(lambda self: self._column_as("ARRAY", "values", "values"))
    iloc = property(lambda self: self._column_as("ILOC", "iloc", "iloc[0]"))

    def __getattr__(self, name):
        # cv.test_score: the column, as pandas gives a column whose name is an identifier
        if not name.startswith("_") and self.column is None and self.decimals is None and self.columns is None \
                and self.reduction is None and name in [str(c) for c in _B.crossValidationColumns(self.cv)]:
            return CrossValidated(self.cv, self.train, name)
        raise AttributeError("cross_validate " + ("results" if self.column is None else "column " + self.column)
                             + " has no attribute " + repr(name) + " that Stratum knows")

    def __getitem__(self, key):
        if self.column is not None:
            return self._item(key)
        columns = [str(c) for c in _B.crossValidationColumns(self.cv)]
        # the whole table, possibly rounded (cv.round(3)[["test_r2", "train_r2"]] keeps the rounding)
        whole = self.columns is None and self.reduction is None
        if whole and isinstance(key, builtins.list):
            # cv[["test_r2", "test_neg_mean_absolute_error"]]: those columns, in that order
            for k in key:
                if k not in columns:
                    raise KeyError("the cross_validate table has no column " + repr(k) + "; its columns are "
                                   + ", ".join(columns))
            return CrossValidated(self.cv, self.train, decimals=self.decimals, columns=builtins.list(key))
        if self.columns is not None and self.reduction is None and not isinstance(key, builtins.list):
            # a column of some columns: cv.drop(columns=[...])["test_r2"]
            columns = self.columns
            whole = True
        if not whole or key not in columns:
            raise KeyError("the cross_validate table has no column " + repr(key) + "; its columns are "
                           + ", ".join(columns))
        return CrossValidated(self.cv, self.train, key, self.decimals)

    def drop(self, labels=None, *, axis=0, index=None, columns=None, level=None, inplace=False, errors="raise"):
        # cv.drop(columns=[...]) of the table or some of its columns (rounded or not): the other columns, in their
        # order (the subset binder's CvColumnView.dropped)
        if self.column is not None or self.reduction is not None:
            raise AttributeError("cross_validate " + ("results" if self.column is None else "column " + self.column)
                                 + " has no attribute 'drop' that Stratum knows")
        if index is not None or columns is None and labels is not None and axis not in (1, "columns"):
            raise ValueError("Stratum drops columns of the cross_validate table, not its rows (folds); write"
                             " cv.drop(columns=[\"fit_time\", \"score_time\"])")
        if inplace is not False:
            raise ValueError("drop(inplace=True) of the cross_validate table is not supported by Stratum; write"
                             " cv = cv.drop(columns=[...])")
        if labels is not None and columns is not None:
            raise ValueError("Cannot specify both 'labels' and 'index'/'columns'")
        if labels is None and columns is None:
            raise ValueError("Need to specify at least one of 'labels', 'index' or 'columns'")
        if errors not in ("raise", "ignore"):
            raise ValueError("drop: errors must be 'raise' or 'ignore', got " + repr(errors))
        given = columns if columns is not None else labels
        names = builtins.list(given) if isinstance(given, (builtins.list, tuple)) else [given]
        for n in names:
            if not isinstance(n, str):
                raise TypeError("drop: the cross_validate table's columns are named by strings, got " + type(n).__name__)
        table = self.columns if self.columns is not None else [str(c) for c in _B.crossValidationColumns(self.cv)]
        missing = [n for n in names if n not in table]
        if missing and errors == "raise":
            raise KeyError(repr(missing) + " not found in axis")
        return CrossValidated(self.cv, self.train, decimals=self.decimals,
                              columns=[c for c in table if c not in names])

    def _item(self, key):
        """cv["test_score"][i] (a label of the table's RangeIndex), .iloc[i] and .values[i] (positions)."""
        if isinstance(key, bool) or not isinstance(key, int):
            raise TypeError("Stratum indexes a cross_validate column by one int, got " + type(key).__name__
                            + "; write cv['" + self.column + "'].iloc[0], or reduce it: cv['" + self.column + "'].mean()")
        if self.form == "LIST" or self.decimals is not None:
            raise TypeError("Stratum indexes a cross_validate column as it is, not after round() or tolist(); index"
                            " first, then round: round(cv['" + self.column + "'].iloc[0], 3)")
        if self.form == "SERIES" and key < 0:
            raise KeyError(str(key) + " (pandas looks cv['" + self.column + "'][" + str(key) + "] up among the row"
                           " labels 0, 1, ...; write .iloc[" + str(key) + "] for a position from the end)")
        return DeferredNumber(self.cv, self.column, "item:" + str(key), None)

    def __iter__(self):
        raise TypeError("Stratum knows the values of a cross_validate " + ("column" if self.column else "table")
                        + " once it has run, so it cannot be iterated while the plan is built; reduce it"
                        " (cv['test_score'].mean(), np.std(cv['test_score'])), index it (.iloc[0]) or print it")

    def __repr__(self):
        return "<cross_validate results>" if self.column is None else "<cross_validate " + self.column + ">"

    def _reduce(self, name):
        if self.column is None:
            # cv.mean(), cv[["test_r2", "test_mae"]].mean(): pandas' DataFrame reduction, a Series by column
            if self.reduction is not None or self.decimals is not None:
                raise TypeError("Stratum reduces the cross_validate table as it is, once; write cv." + name + "()")
            return CrossValidated(self.cv, self.train, columns=self.columns, reduction=name)
        self._check_method(name)
        if self.decimals is not None:
            raise TypeError("Stratum computes " + name + "() of a cross_validate column as it is; reduce first, then "
                            "round: round(cv['test_score']." + name + "(), 3)")
        # numpy's array: std and var divide by n
        return DeferredNumber(self.cv, self.column, "np." + name if self.form == "ARRAY" and name in ("std", "var")
                              else name, None)

    def _builtin(self, name):
        """Python's max(), min() or sum() of the column (sum left to right, where pandas sums pairwise)."""
        if self.decimals is not None or self.form == "ILOC":
            raise TypeError("Stratum computes " + name + "() of a cross_validate column as it is; write " + name
                            + "(cv['" + self.column + "'])")
        reduction = "pysum" if name == "sum" else name
        # iterating numpy's array gives numpy's float64, a Series or a list Python's float
        kind = DeferredNumber if self.form == "ARRAY" else PythonFloatNumber
        return kind(self.cv, self.column, reduction, None)

    # cv["test_score"].mean(): a number written into text once the cross-validation has run (bind.DeferredValue),
    # through _ColumnReductions.


class DeferredNumber:
    """A reduction of a cross_validate column, possibly rounded: written into text once it has run."""
    __slots__ = ("cv", "column", "reduction", "digits")

    def __init__(self, cv, column, reduction, digits):
        self.cv = cv
        self.column = column
        self.reduction = reduction
        self.digits = digits

    def __str__(self):
        return _B.deferredCvToken(self.cv, self.column, self.reduction, self.digits, None, False)

    def __repr__(self):
        return _B.deferredCvToken(self.cv, self.column, self.reduction, self.digits, None, True)

    def __format__(self, spec):
        return _B.deferredCvToken(self.cv, self.column, self.reduction, self.digits, spec or None, False)

    def __round__(self, ndigits=None):
        if ndigits is not None and _numpy_float(self):
            return _numpy_round(self, ndigits)
        return type(self)(self.cv, self.column, self.reduction, _B.roundToInt() if ndigits is None else int(ndigits))

    def round(self, decimals=0):
        # pandas' reduction is numpy's float64, whose round() keeps a float
        if self.digits is not None:
            raise TypeError("Stratum rounds a reduction of a cross_validate column once")
        return _numpy_round(self, _numpy_decimals(decimals))


class PythonFloatNumber(DeferredNumber):
    """max(cv["test_score"]) and the like: Python's float of a column's numbers (iterating a Series gives Python
    floats), so its repr is its str and it has no round() method."""
    __slots__ = ()

    def __repr__(self):
        return self.__str__()

    def round(self, decimals=0):
        raise AttributeError("'float' object has no attribute 'round'; write round(x, n)")


_real_max, _real_min, _real_sum = builtins.max, builtins.min, builtins.sum


def _column_builtin(name, real):
    def builtin(*args, **kwargs):
        # max(cv["test_score"]): Python iterates the column's numbers, known once it has run (sum adds left to right)
        if len(args) == 1 and not kwargs and isinstance(args[0], CrossValidated) and args[0].column is not None:
            return args[0]._builtin(name)
        return real(*args, **kwargs)

    builtin.__name__ = name
    return builtin


facade_max = _column_builtin("max", _real_max)
facade_min = _column_builtin("min", _real_min)
facade_sum = _column_builtin("sum", _real_sum)
_real_len = builtins.len


def facade_len(obj):
    # len(pred.skb.eval()) whose rows the plan cannot tell: the row count computed when the plan runs, written then
    # (the subset binder's FrameAttributes.len), where Python's len() must give an int at once; Python's len() otherwise
    if type(obj) is Evaluated and obj.view == "VALUE":
        rows = invoke("evaluated_len", obj.evaluation)
        return rows if isinstance(rows, int) else _evaluated(rows)
    return _real_len(obj)


class Split:
    """What .skb.train_test_split(...) returns: split["train"] fits a learner, split["test"] scores it."""
    __slots__ = ("_split",)

    def __init__(self, split):
        self._split = split

    def __getitem__(self, key):
        if key == "y_test":
            return SplitTarget(self._split)
        if key not in ("train", "test"):
            raise KeyError("Stratum's train_test_split dict has no key " + repr(key) + " that it supports; "
                           + str(_B.splitKeysHint()))
        return SplitPart(_B.splitPart(self._split, key == "train"))

    def __repr__(self):
        return "<train_test_split>"


class SplitTarget:
    """split["y_test"]: the target of the split's test rows, for a metric of sklearn.metrics with a learner's
    predictions on split["test"]; numpy's element-wise functions of it (np.expm1(split["y_test"])) are kept as steps."""
    __slots__ = ("_split", "_steps")

    def __init__(self, split, steps=()):
        self._split = split
        self._steps = list(steps)

    def _step(self, name):
        return SplitTarget(self._split, self._steps + [invoke("target_step", name)])

    def __repr__(self):
        invoke("split_target_not_text")

    __str__ = __repr__

    def __format__(self, spec):
        invoke("split_target_not_text")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)  # the facade's own probes (_stratum_numpy) and Python's
        invoke("split_target_attribute", name)


def _split_target_operand(operator, reversed_):
    def method(self, other):
        if isinstance(other, Predictions):
            return NotImplemented  # preds - split["y_test"]: the residual, Predictions' reflected operator
        invoke("split_target_operand", operator, other, reversed_)
    return method


for _operator, _name in (("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("**", "pow"), ("//", "floordiv"),
                         ("%", "mod")):
    setattr(SplitTarget, "__" + _name + "__", _split_target_operand(_operator, False))
    setattr(SplitTarget, "__r" + _name + "__", _split_target_operand(_operator, True))
del _operator, _name


class SplitPart:
    """split["train"] or split["test"]: an environment a learner is fitted on or scored on."""
    __slots__ = ("_part",)

    def __init__(self, part):
        self._part = part


class Learner:
    """What .skb.make_learner() returns; fit changes it and returns it, as in skrub."""
    __slots__ = ("_learner",)

    def __init__(self, learner):
        self._learner = learner

    def fit(self, environment):
        invoke("learner_fit", self._learner, environment._part if isinstance(environment, SplitPart) else environment)
        return self

    def score(self, environment):
        # on a split's test rows print() shows the score as its own action; on new data it is a number in the text
        return LearnerScore(invoke("learner_score", self._learner,
                                   environment._part if isinstance(environment, SplitPart) else environment),
                            shown=isinstance(environment, SplitPart))

    def predict(self, environment):
        return Predictions(invoke("learner_predict", self._learner,
                                  environment._part if isinstance(environment, SplitPart) else environment, "predict"))

    def predict_proba(self, environment):
        return Predictions(invoke("learner_predict", self._learner,
                                  environment._part if isinstance(environment, SplitPart) else environment,
                                  "predict_proba"))

    def decision_function(self, environment):
        return Predictions(invoke("learner_predict", self._learner,
                                  environment._part if isinstance(environment, SplitPart) else environment,
                                  "decision_function"))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        raise AttributeError("a learner has no attribute '" + name + "' that Stratum supports; supported: fit, score, "
                             "predict, predict_proba, decision_function")


class Predictions:
    """learner.predict(split["test"]) or predict_proba: an array known once the plan has run, so it can only be printed
    (a slice of its rows too, and a column of the probabilities: proba[:5], proba[:, 1])."""
    __slots__ = ("predictions",)

    def __init__(self, predictions):
        self.predictions = predictions

    def __getitem__(self, key):
        rows, column = (key[0], key[1]) if isinstance(key, tuple) and len(key) == 2 else (key, None)
        if column is not None and (isinstance(column, bool) or not isinstance(column, int)):
            raise TypeError("Stratum indexes a learner's probabilities by one column position, as proba[:, 1]")
        if not isinstance(rows, slice):
            raise TypeError("Stratum indexes a learner's predictions by a slice of rows, as predictions[:5] or"
                            " proba[:, 1]; print the whole array, or a slice of it")
        return Predictions(invoke("slice_predictions", self.predictions, rows.start, rows.stop, rows.step, column))

    def _step(self, kind, name, *args, **kwargs):
        # numpy on the predictions (np.expm1(preds), np.round(preds, 2)): computed once the learner has predicted
        return Predictions(invoke("prediction_array", self.predictions, kind, name, list(args), kwargs))

    def round(self, *args, **kwargs):
        return self._step("method", "round", *args, **kwargs)

    @property
    def shape(self):
        # printed once the learner has predicted, as the shape of pandas' Series of the predictions
        return PredictionFrame(invoke("prediction_shape_series", self.predictions)).shape

    def __len__(self):
        return invoke("prediction_len", self.predictions)

    def _reduce(self, name, method, args, kwargs):
        # preds.mean(), np.std(preds): a number written into text once the learner has predicted
        return PredictionsReduction(invoke("prediction_reduction", self.predictions, name, method, list(args), kwargs))

    def mean(self, *args, **kwargs):
        return self._reduce("mean", True, args, kwargs)

    def std(self, *args, **kwargs):
        return self._reduce("std", True, args, kwargs)

    def var(self, *args, **kwargs):
        return self._reduce("var", True, args, kwargs)

    def min(self, *args, **kwargs):
        return self._reduce("min", True, args, kwargs)

    def max(self, *args, **kwargs):
        return self._reduce("max", True, args, kwargs)

    def sum(self, *args, **kwargs):
        return self._reduce("sum", True, args, kwargs)

    def clip(self, *args, **kwargs):
        return self._step("method", "clip", *args, **kwargs)

    def abs(self, *args, **kwargs):
        return self._step("method", "abs", *args, **kwargs)

    def median(self, *args, **kwargs):
        return self._reduce("median", True, args, kwargs)

    def head(self, *args, **kwargs):
        # (preds - new["y"]).head(): pandas' first rows of the Series of residuals (numpy's array has no head)
        return Predictions(invoke("residual_rows", self.predictions, "head", list(args), kwargs))

    def tail(self, *args, **kwargs):
        return Predictions(invoke("residual_rows", self.predictions, "tail", list(args), kwargs))

    def __getattr__(self, name):
        # what Stratum does not know, refused at the attribute as the subset binder refuses it (Python's own lookups of
        # private and special names, as hasattr makes them, still get an AttributeError)
        if name.startswith("_"):
            raise AttributeError(name)
        return invoke("prediction_attribute", self.predictions, name)

    def describe(self, *args, **kwargs):
        # (preds - split["y_test"]).describe(): pandas' summary of the Series of residuals
        return PredictionFrame(invoke("prediction_summary", self.predictions, "describe", len(args), list(kwargs)))

    def value_counts(self, *args, **kwargs):
        return PredictionFrame(invoke("prediction_summary", self.predictions, "value_counts", len(args), list(kwargs)))

    def _arithmetic(self, operator, other, reversed_):
        if isinstance(other, SplitTarget):
            # preds - split["y_test"]: pandas' Series of the residuals on the test rows
            return Predictions(invoke("prediction_residual", self.predictions, other._split, other._steps, operator,
                                      reversed_))
        if isinstance(other, DataOp) and operator in ("+", "-", "*", "/") and invoke("predictions_on_new_data",
                                                                                      self.predictions):
            # preds - new["y"] on new data: pandas' Series of the residuals, the column's labels and name
            return Predictions(invoke("prediction_residual_column", self.predictions, other, operator, reversed_))
        return Predictions(invoke("prediction_array", self.predictions, "arithmetic", operator, other, reversed_))

    def __add__(self, other):
        return self._arithmetic("+", other, False)

    def __radd__(self, other):
        return self._arithmetic("+", other, True)

    def __sub__(self, other):
        return self._arithmetic("-", other, False)

    def __rsub__(self, other):
        return self._arithmetic("-", other, True)

    def __mul__(self, other):
        return self._arithmetic("*", other, False)

    def __rmul__(self, other):
        return self._arithmetic("*", other, True)

    def __truediv__(self, other):
        return self._arithmetic("/", other, False)

    def __rtruediv__(self, other):
        return self._arithmetic("/", other, True)

    def __pow__(self, other):
        return self._arithmetic("**", other, False)

    def __rpow__(self, other):
        return self._arithmetic("**", other, True)

    # refused by the bridge with the subset binder's message (numpy's own rules for these are not followed)
    def __floordiv__(self, other):
        return self._arithmetic("//", other, False)

    def __rfloordiv__(self, other):
        return self._arithmetic("//", other, True)

    def __mod__(self, other):
        return self._arithmetic("%", other, False)

    def __rmod__(self, other):
        return self._arithmetic("%", other, True)

    def __neg__(self):
        return self._arithmetic("*", -1.0, False)

    def __pos__(self):
        return self

    def __repr__(self):
        return "<learner predictions>"


class PredictionFrame(Handle):
    """A pandas frame or series holding a learner's predictions (pd.DataFrame({"id": test["id"], "pred": preds}),
    test["pred"] = preds): assembled once the learner has predicted, so it is printed and written only (the subset
    binder's PredictionFrames)."""
    __slots__ = ()

    def head(self, n=5):
        return PredictionFrame(invoke("prediction_step", self, "head", n))

    def tail(self, n=5):
        return PredictionFrame(invoke("prediction_step", self, "tail", n))

    def __getitem__(self, key):
        if isinstance(key, str):
            return PredictionFrame(invoke("prediction_step", self, "column", key))
        if isinstance(key, list):
            return PredictionFrame(invoke("prediction_step", self, "select", key))
        raise TypeError("Stratum selects the columns of a frame of predictions by name: frame[\"pred\"] or"
                        " frame[[\"id\", \"pred\"]]")

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("Stratum assigns one column by its name (a str) with frame[...] = ..., not " + type(key).__name__)
        object.__setattr__(self, "_op", invoke("prediction_assign", self, {key: value}))

    def assign(self, *args, **kwargs):
        if args:
            raise TypeError("assign() takes keyword arguments only")
        return PredictionFrame(invoke("prediction_assign", self, kwargs))

    def describe(self, *args, **kwargs):
        return PredictionFrame(invoke("prediction_step", self, "describe", len(args), list(kwargs)))

    def value_counts(self, *args, **kwargs):
        return PredictionFrame(invoke("prediction_step", self, "value_counts", len(args), list(kwargs)))

    @property
    def shape(self):
        rows = int(invoke("prediction_rows", self))
        if rows < 0:
            return _PredictionFrameShape(self._op)
        if invoke("prediction_series_kind", self):
            return (rows,)
        return (rows, int(invoke("prediction_columns", self)))

    def __len__(self):
        rows = int(invoke("prediction_rows", self))
        if rows < 0:
            raise TypeError("len() of a frame of a learner's predictions alone is known once the learner has predicted,"
                            " and Python's len() needs it now; print(frame.shape) prints it once known")
        return rows

    def to_csv(self, path_or_buf=None, sep=",", na_rep="", columns=None, header=True, index=True, encoding=None,
               mode="w", **other):
        if other:
            raise TypeError("to_csv(" + sorted(other)[0] + "=...) is not supported by Stratum yet; supported: path, sep,"
                            " na_rep, columns, header, index (encoding='utf-8', mode='w')")
        invoke("to_csv", self, path_or_buf, sep, na_rep, None if columns is None else list(columns), header, index,
               encoding, mode)

    def __repr__(self):
        return "<frame of a learner's predictions>"

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        raise AttributeError("a frame of a learner's predictions has no attribute '" + name + "' that Stratum knows;"
                             " supported: head(), tail(), [columns], .shape, len(), assign(), describe(),"
                             " value_counts(), print() and to_csv()")


class _PredictionFrameShape:
    """The shape of a frame of predictions alone: known once the learner has predicted, so printed only."""
    __slots__ = ("frame",)

    def __init__(self, frame):
        self.frame = frame

    def __repr__(self):
        return "<shape of a frame of a learner's predictions>"


def _not_text(self, *args):
    # f"{preds.shape}", str(frame): known once the learner has predicted, and print() alone writes it then
    invoke("predictions_not_text")


for _cls in (Predictions, PredictionFrame, _PredictionFrameShape):
    _cls.__str__ = _cls.__repr__ = _cls.__format__ = _not_text
del _cls


class Report:
    """classification_report(...) or confusion_matrix(...) of a learner's predictions: printed once computed."""
    __slots__ = ("report",)

    def __init__(self, report):
        self.report = report

    def __repr__(self):
        return "<" + str(_B.reportFunction(self.report)) + " of a learner's predictions>"


class Evaluated:
    """df.skb.eval() or .skb.preview() of a frame or a column: known once the plan has run. A pandas operation on it
    (ev.head(), ev.shape, ev["c"].mean(), ev["a"] - 1) is the operation appended to the evaluated plan, evaluated the
    same way (the subset binder's afterEvaluation); view is what printing shows: "VALUE", or the "SHAPE", "COLUMNS" or
    "DTYPES" of an evaluated frame whose plan cannot tell them before it runs."""
    __slots__ = ("evaluation", "view")

    def __init__(self, evaluation, view="VALUE"):
        self.evaluation = evaluation
        self.view = view

    # A value of .skb.eval() written into text (str(m), [m], f"{m:.3f}"): a token until the plan has run, as the
    # subset binder writes it; a shape, columns or dtypes known only then cannot be.
    def __str__(self):
        self._plan()
        return _B.evaluatedToken(self.evaluation, None, False, *where())

    def __repr__(self):
        self._plan()
        return _B.evaluatedToken(self.evaluation, None, True, *where())

    def __format__(self, spec):
        self._plan()
        return _B.evaluatedToken(self.evaluation, spec or None, False, *where())

    def __round__(self, ndigits=None):
        # numpy's float64.__round__(n) is its round(n), appended to the evaluated plan; round(x) is Python's int
        if ndigits is None:
            self._plan()
            return _rounded_to_int(self, self.evaluation)
        return self.round(ndigits)

    def _plan(self, other=None):
        if self.view != "VALUE":
            what = self.view.lower()
            raise TypeError("the " + what + " of this " + str(_B.evaluationMethod(self.evaluation))
                            + "() result " + ("is" if what == "shape" else "are")
                            + " known only when the plan runs, so Stratum can print it but not compute with it")
        if other is not None and str(_B.evaluationMethod(other.evaluation)) != str(_B.evaluationMethod(self.evaluation)):
            raise TypeError("Stratum cannot combine a " + str(_B.evaluationMethod(other.evaluation)) + "() result with a "
                            + str(_B.evaluationMethod(self.evaluation)) + "() result; evaluate both the same way")
        return DataOp(_B.evaluationPlan(self.evaluation))

    def _then(self, value):
        if isinstance(value, Attribute):
            return _EvaluatedAttribute(self, value)
        if isinstance(value, DataOp):
            return _evaluated(_B.evaluationThen(self.evaluation, value._stratum_op()))
        if isinstance(value, UnknownFact):
            return Evaluated(self.evaluation, value._stratum_fact[1].upper())
        if isinstance(value, FactTuple):
            out = _EvaluatedTuple(self._then(v) for v in value)
            out._stratum_evaluated = Evaluated(self.evaluation, "SHAPE")
            return out
        if isinstance(value, (ColumnNames, FactSeries)):
            value._stratum_fact = None
            value._stratum_evaluated = Evaluated(self.evaluation, "COLUMNS" if isinstance(value, ColumnNames) else "DTYPES")
        return value

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if name == "skb":
            raise AttributeError("the result of " + str(_B.evaluationMethod(self.evaluation)) + "() is a pandas value,"
                                 " which has no .skb namespace; call the .skb method on the DataOp, before evaluating it")
        if self.view == "COLUMNS" and name in ("tolist", "to_list"):
            # X.skb.preview().columns.tolist() of an encoder's output: printed as a list once the plan has run
            return lambda: Evaluated(self.evaluation, "COLUMN_LIST")
        return self._then(getattr(self._plan(), name))

    def __getitem__(self, key):
        return self._then(self._plan()[key])

    def __len__(self):
        return len(self._plan())

    def to_csv(self, path_or_buf=None, sep=",", na_rep="", columns=None, header=True, index=True, encoding=None,
               mode="w", **other):
        # the evaluated value written when the run reaches this line (the subset binder's Methods.toCsv)
        if self.view != "VALUE":
            self._plan()
        if other:
            raise TypeError("to_csv(" + sorted(other)[0] + "=...) is not supported by Stratum yet; supported: path, sep,"
                            " na_rep, columns, header, index (encoding='utf-8', mode='w')")
        invoke("to_csv", self.evaluation, path_or_buf, sep, na_rep, None if columns is None else list(columns), header,
               index, encoding, mode)


def _evaluated_binary(name):
    def forward(self, other):
        o = other._plan(self) if isinstance(other, Evaluated) else other
        return self._then(getattr(self._plan(), "__" + name + "__")(o))

    def reverse(self, other):
        return self._then(getattr(self._plan(), "__r" + name + "__")(other))
    return forward, reverse


for _name in list(_BINARY):
    _f, _r = _evaluated_binary(_name)
    setattr(Evaluated, "__" + _name + "__", _f)
    setattr(Evaluated, "__r" + _name + "__", _r)
for _name in _COMPARE:
    setattr(Evaluated, "__" + _name + "__", _evaluated_binary(_name)[0])
for _name in ("neg", "pos", "invert", "abs"):
    setattr(Evaluated, "__" + _name + "__", (lambda n: lambda self: self._then(getattr(self._plan(), "__" + n + "__")()))(_name))
Evaluated.__hash__ = object.__hash__
del _name, _f, _r


class _EvaluatedTuple(tuple):
    """The shape of an evaluated frame: its known sizes, and the row count computed when the plan runs."""


class _EvaluatedAttribute:
    """ev.name of an evaluated frame: a method when called (ev.head()), else the attribute of the evaluated plan."""
    __slots__ = ("_owner", "_attr")

    def __init__(self, owner, attr):
        self._owner = owner
        self._attr = attr

    def __call__(self, *args, **kwargs):
        return self._owner._then(self._attr(*args, **kwargs))

    def __getitem__(self, key):
        return self._owner._then(self._attr[key])

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self._owner._then(getattr(self._attr, name))

    def _value(self):
        return self._owner._then(DataOp(self._attr._stratum_op()))


def _evaluated(evaluation):
    # A constant is known at once and behaves as the Python value skrub returns.
    if _B.evaluationIsConstant(evaluation):
        return _B.evaluationConstant(evaluation)
    return Evaluated(evaluation)


class NegatedValue:
    """-x of a number written into text once the plan has run (a search's best_score_, a results_ or cross_validate
    column's reduction, a learner's score): the value negated before it is rounded or formatted."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __str__(self):
        return _B.negatedToken(str(self.value))

    def __repr__(self):
        return _B.negatedToken(repr(self.value))

    def __format__(self, spec):
        return _B.negatedToken(format(self.value, spec))

    def __round__(self, ndigits=None):
        return NegatedValue(round(self.value, ndigits))

    def round(self, decimals=0):
        # numpy's float64 (best_score_, a column's reduction) has round(); a learner's score is a Python float
        if not hasattr(self.value, "round"):
            raise AttributeError("'float' object has no attribute 'round'; write round(x, n)")
        return NegatedValue(self.value.round(decimals))

    def __neg__(self):
        return self.value

    def __pos__(self):
        return self


class ArithmeticValue(_WrittenNumber):
    """Arithmetic on a number written into text once the plan has run (mean_squared_error(y, p) ** 0.5,
    np.sqrt(...), 100 * score, 1 - search.best_score_; the subset binder's deferredArithmetic): the steps applied in
    order to the value, then round() and a format spec."""
    __slots__ = ("value", "steps", "digits")

    def __init__(self, value, steps, digits=None):
        self.value = value
        self.steps = steps
        self.digits = digits

    def _token(self, spec, as_repr):
        encoded = ";".join(",".join(str(part) for part in step) for step in self.steps)
        return _B.arithmeticToken(str(self.value), encoded, self.digits, spec, as_repr)

    def __round__(self, ndigits=None):
        if self.digits is not None:
            raise TypeError("Stratum rounds a score once")
        if ndigits is not None and _numpy_float(self):
            return _numpy_round(self, ndigits)
        return ArithmeticValue(self.value, self.steps, _B.roundToInt() if ndigits is None else int(ndigits))

    def round(self, decimals=0):
        # numpy's float64 has round(); arithmetic on a learner's score is a Python float; arithmetic on a value of a
        # results_ row is numpy's scalar, which the run rounds as numpy rounds its type (RunCommand.rowText)
        if self.digits is None and _row_value(self):
            return ArithmeticValue(self.value, self.steps, _numpy_decimals(decimals))
        if self.digits is not None or not _numpy_float(self):
            raise AttributeError("'" + ("int" if self.digits == _B.roundToInt() else "float")
                                 + "' object has no attribute 'round'; write round(x, n)")
        return _numpy_round(self, _numpy_decimals(decimals))

    def _then(self, step):
        if self.digits is not None:
            raise TypeError("Stratum computes arithmetic on a score before round(), not after; round the result instead")
        return ArithmeticValue(self.value, self.steps + [step])

    def __neg__(self):
        return self._then(("*", -1, False))

    def __pos__(self):
        return self


def _rounded(x):
    # round() of a score, which Stratum applies after the arithmetic written on it
    return getattr(x, "digits", None) is not None or (isinstance(x, NegatedValue) and _rounded(x.value))


def _arithmetic(operator, reversed_):
    def method(self, other):
        if isinstance(other, bool) or not isinstance(other, (int, float)) or (
                isinstance(self, SearchAttribute) and self.attribute != "best_score_"):
            return NotImplemented
        if _rounded(self):
            raise TypeError("Stratum computes arithmetic on a score before round() or a format spec, not after; "
                            "round the result instead: round(x * 100, 3)")
        # an int stays an int in the step: numpy's int64 (a value of a results_ row) stays an int64 with it
        step = (operator, other if isinstance(other, int) else float(other), reversed_)
        return self._then(step) if isinstance(self, ArithmeticValue) else ArithmeticValue(self, [step])
    return method


def _numpy_of_score(name, x):
    """np.sqrt(score) and the like of a number written into text once the plan has run; None for other values."""
    if isinstance(x, ArithmeticValue):
        return x._then(("np", name))
    if isinstance(x, (LearnerScore, DeferredNumber, ResultsReduction, RoundedSearchValue, NegatedValue,
                      ResultsRowValue, PredictionsReduction)) or (
            isinstance(x, SearchAttribute) and x.attribute == "best_score_"):
        if _rounded(x):
            raise TypeError("Stratum computes np." + name + "() of a score before round() or a format spec, not after;"
                            " round the result instead: round(np." + name + "(x), 3)")
        return ArithmeticValue(x, [("np", name)])
    return None


def _numpy_round_of_score(name, x, args, kwargs):
    """np.round(score, decimals) of a number written into text once the plan has run (numpy's round, a float64);
    None for other values."""
    if not isinstance(x, (ArithmeticValue, LearnerScore, DeferredNumber, ResultsReduction, RoundedSearchValue,
                          NegatedValue, ResultsRowValue, PredictionsReduction)) and not (
            isinstance(x, SearchAttribute) and x.attribute == "best_score_"):
        return None
    # the step DeferredArithmetic.NUMPY_ROUND names; the bridge refuses a number rounded already
    step = ("np.round", invoke("numpy_round_decimals", name, list(args), kwargs, _rounded(x)))
    return x._then(step) if isinstance(x, ArithmeticValue) else ArithmeticValue(x, [step])


def _row_value(x):
    """Whether the number written into text once the plan has run is computed from a value of a results_ row."""
    if isinstance(x, (ArithmeticValue, NegatedValue)):
        return _row_value(x.value)
    return isinstance(x, ResultsRowValue)


def _numpy_float(x):
    """Whether the number written into text once the plan has run is numpy's float64 (a search's best_score_, a
    reduction of a column or of predictions, numpy's functions of a score), whose round() is numpy's, not a Python
    float (a learner's score, a metric, max() of a column's Python floats)."""
    if isinstance(x, ArithmeticValue):
        return any(step[0] in ("np", "np.round") for step in x.steps) or _numpy_float(x.value)
    if isinstance(x, NegatedValue):
        return _numpy_float(x.value)
    return isinstance(x, (ResultsReduction, PredictionsReduction)) or (
        isinstance(x, DeferredNumber) and not isinstance(x, PythonFloatNumber)) or (
        isinstance(x, SearchAttribute) and x.attribute == "best_score_")


def _numpy_round(x, ndigits):
    # round(x, n) and x.round(n) of numpy's float64: np.round(x, n), which differs from Python's round in some
    # halfway cases (the subset binder's Builtins.numpyRound)
    return _numpy_round_of_score("round", x, [ndigits], {})


def _negated(self):
    return NegatedValue(self)


def _positive(self):
    return self


class PredictionsReduction(_WrittenNumber):
    """preds.mean(), np.std(np.expm1(preds)): numpy's float64 reduction of a learner's predictions, written into text
    once the learner has predicted (the subset binder's DeferredValue.ofPredictions); round(), numpy's .round(),
    format specs and arithmetic take it."""
    __slots__ = ("reduced", "digits")

    def __init__(self, reduced, digits=None):
        self.reduced = reduced
        self.digits = digits

    def _token(self, spec, as_repr):
        return _B.predictionsReductionToken(self.reduced, self.digits, spec, as_repr)

    def __round__(self, ndigits=None):
        if self.digits is not None:
            raise TypeError("Stratum rounds a reduction of a learner's predictions once")
        if ndigits is not None:
            return _numpy_round(self, ndigits)
        return PredictionsReduction(self.reduced, _B.roundToInt())

    def round(self, decimals=0):
        # numpy's float64, whose round() keeps a float
        if self.digits is not None:
            raise TypeError("Stratum rounds a reduction of a learner's predictions once")
        return _numpy_round(self, _numpy_decimals(decimals))


class LearnerScore(_WrittenNumber):
    """learner.score(split["test"]), or metric(split["y_test"], learner.predict(split["test"])) (negated for a loss):
    a number written into text once the learner's one-split search has run (the subset binder's
    DeferredValue.ofLearnerScore); round(), format specs, str() and repr() take it."""
    __slots__ = ("search", "negate", "digits", "shown")

    def __init__(self, search, negate=False, digits=None, shown=False):
        self.search = search
        self.negate = negate
        self.digits = digits
        self.shown = shown  # learner.score() itself: print() shows it as its own action (ScriptAction.ShowScore)

    def _token(self, spec, as_repr):
        return _B.learnerScoreToken(self.search, self.negate, self.digits, spec, as_repr, *where())

    def __round__(self, ndigits=None):
        if self.digits is not None:
            raise TypeError("Stratum rounds a learner's score once")
        return LearnerScore(self.search, self.negate, _B.roundToInt() if ndigits is None else int(ndigits))


def _kept(op, keep_subsampling, method):
    # skrub's keep_subsampling=True: the plan with its .skb.subsample() steps in effect (op itself when False).
    return invoke("keep_subsampling", op, keep_subsampling, method)


def _fitted_with_sample_weight(applied, fit_kwargs):
    # .skb.apply(..., fit_kwargs={"sample_weight": w}): skrub evaluates w on the rows of X and y in each fold
    if not isinstance(fit_kwargs, dict):
        raise TypeError(".skb.apply: fit_kwargs must be a dict such as {'sample_weight': X['w']}, got "
                        + type(fit_kwargs).__name__)
    for key in fit_kwargs:
        if key != "sample_weight":
            raise NotImplementedError(".skb.apply(fit_kwargs=...): Stratum passes only 'sample_weight' to a learner's"
                                      " fit, not '" + str(key) + "'; leave '" + str(key) + "' out of fit_kwargs")
    weights = fit_kwargs.get("sample_weight")
    if weights is None:
        return applied
    if not isinstance(weights, DataOp):
        raise NotImplementedError(".skb.apply(fit_kwargs={'sample_weight': ...}): Stratum takes the weights as a"
                                  " DataOp, not as a constant (" + type(weights).__name__ + "): skrub passes a"
                                  " constant whole to every fold's fit, where it has more rows than X; add the"
                                  " weights as a column of the data and pass X['weight']")
    return DataOp(invoke("fit_with_sample_weight", applied, weights))


class Skb:
    """The .skb namespace of a DataOp."""
    __slots__ = ("_self",)

    def __init__(self, owner):
        self._self = owner

    def apply(self, estimator, *, y=None, cols=None, exclude_cols=_UNSET, how=_UNSET, allow_reject=_UNSET,
              unsupervised=_UNSET, fit_kwargs=None, fit_transform_kwargs=None, transform_kwargs=None,
              predict_kwargs=None, predict_proba_kwargs=None, decision_function_kwargs=None, score_kwargs=None):
        for name, given in (("fit_transform_kwargs", fit_transform_kwargs), ("transform_kwargs", transform_kwargs),
                            ("predict_kwargs", predict_kwargs), ("predict_proba_kwargs", predict_proba_kwargs),
                            ("decision_function_kwargs", decision_function_kwargs), ("score_kwargs", score_kwargs)):
            if given is not None:
                raise NotImplementedError(".skb.apply(" + name + "=...) is not supported by Stratum yet: it passes"
                                          " only fit_kwargs={'sample_weight': w} to a learner's fit; leave " + name
                                          + " out")
        if fit_kwargs is not None:
            applied = self.apply(estimator, y=y, cols=cols, exclude_cols=exclude_cols, how=how,
                                 allow_reject=allow_reject, unsupervised=unsupervised)
            return _fitted_with_sample_weight(applied, fit_kwargs)
        if how is not _UNSET:
            raise NotImplementedError(".skb.apply: 'how' is not supported by Stratum yet")
        if isinstance(estimator, TracedChoice):
            # skrub applies whichever outcome a candidate picks: the choice between the DataOps each outcome applied
            # with the same arguments gives, as the subset binder builds it
            def applied(outcome):
                if outcome is None or (isinstance(outcome, str) and outcome == "passthrough"):
                    # skrub's PassThrough in ApplyToSubFrame: the selected columns, unchanged, after the others
                    if exclude_cols is not _UNSET and exclude_cols is not None:
                        raise NotImplementedError(".skb.apply(choose_from([..., 'passthrough']), exclude_cols=...) with"
                                                  " a FunctionTransformer of a script function among the outcomes is"
                                                  " not supported by Stratum yet; select the columns with cols=..."
                                                  " instead")
                    return DataOp(invoke("apply_function", self._self, cols, lambda selected: selected))
                return self.apply(outcome, y=y, cols=cols, exclude_cols=exclude_cols, allow_reject=allow_reject,
                                  unsupervised=unsupervised)
            if isinstance(estimator.outcomes, dict):
                return DataOp(invoke("choose_from", {k: applied(v) for k, v in estimator.outcomes.items()},
                                     estimator.name))
            outcomes = list(estimator.outcomes)
            labels = [("FunctionTransformer(func=<function " + getattr(o.func, "__name__", "<lambda>") + ">)")
                      if isinstance(o, TracedFunctionTransformer)
                      else type(o).__name__ + "(...)" if getattr(type(o), "_stratum_is_composite", False)  # skrub's label
                      else o for o in outcomes]
            return DataOp(invoke("choose_from_applied", labels, [applied(o) for o in outcomes], estimator.name))
        if isinstance(estimator, TracedFunctionTransformer):
            # skrub's ApplyToSubFrame calls func on the selected columns; calling it on their DataOp records the steps.
            if exclude_cols is not _UNSET and exclude_cols is not None:
                raise NotImplementedError(".skb.apply(FunctionTransformer(f), exclude_cols=...) is not supported by"
                                          " Stratum yet; select the columns with cols=... instead")
            func, kw_args = estimator.func, estimator.kw_args
            return DataOp(invoke("apply_function", self._self, cols,
                                 lambda selected: unwrap(func(DataOp(selected), **kw_args))))
        if getattr(type(estimator), "_stratum_is_composite", False):  # sklearn.pipeline/compose facades (not an attribute)
            if cols is not None or exclude_cols is not _UNSET or (allow_reject is not _UNSET and bool(allow_reject)) \
                    or (unsupervised is not _UNSET and bool(unsupervised)):
                raise TypeError(".skb.apply of a " + type(estimator).__name__ + " takes y only: its output columns are"
                                " not the selected ones; apply it to a selection, X[[...]].skb.apply(pipeline, y=y),"
                                " or apply its steps one by one with cols=")
            return DataOp(invoke("apply_composite", self._self, estimator, y))
        # skrub reads the flags as bool(unsupervised) and bool(allow_reject); with allow_reject it wraps a
        # transformer in ApplyToCols (a FunctionTransformer above gets the selected columns together, unchanged by it).
        return DataOp(invoke("apply", self._self, estimator, y, cols, None if exclude_cols is _UNSET else exclude_cols,
                             unsupervised is not _UNSET and bool(unsupervised),
                             allow_reject is not _UNSET and bool(allow_reject)))

    def apply_func(self, func, *args, **kwargs):
        # skrub calls func(x, *args, **kwargs) when the plan runs; calling it on the DataOp records the same steps.
        return func(self._self, *args, **kwargs)

    def select(self, cols):
        return DataOp(invoke("select", self._self, cols))

    def drop(self, cols):
        return DataOp(invoke("drop", self._self, cols))

    def mark_as_X(self, *, cv=None, split_kwargs=None):
        return DataOp(invoke("mark_as_X", self._self, cv, split_kwargs))

    def mark_as_y(self):
        return DataOp(invoke("mark_as_y", self._self))

    def make_grid_search(self, *, fitted=False, keep_subsampling=False, cv=None, scoring=None, n_jobs=None, refit=True,
                         error_score=float("nan")):
        _error_score("make_grid_search", error_score)
        source = _kept(self._self, keep_subsampling, "make_grid_search")
        return Search(invoke("make_grid_search", source, cv, scoring, fitted, refit))

    def make_randomized_search(self, *, fitted=False, keep_subsampling=False, n_iter=10, scoring=None, n_jobs=None,
                               refit=True, cv=None, random_state=None, error_score=float("nan")):
        _error_score("make_randomized_search", error_score)
        source = _kept(self._self, keep_subsampling, "make_randomized_search")
        return Search(invoke("make_randomized_search", source, cv, scoring, fitted, refit, n_iter, random_state))

    def with_scoring(self, scoring, kwargs=None, name=None):
        # skrub attaches the scorers to the DataOp; its searches and cross_validate use them when given no scoring
        if kwargs is not None and kwargs != {}:
            raise NotImplementedError(".skb.with_scoring(kwargs=...) is not supported by Stratum yet: its metrics take"
                                      " no sample weights or other arguments; leave kwargs out (the scores are then"
                                      " unweighted)")
        if name is not None and not isinstance(name, str):
            raise TypeError("with_scoring(): 'name' must be a str, got " + type(name).__name__)
        return DataOp(invoke("with_scoring", self._self, scoring, name))

    def concat(self, others, axis=0):
        return DataOp(invoke("concat", self._self, others, axis))

    def subsample(self, n=1000, *, how="head"):
        return DataOp(invoke("subsample", self._self, n, how))

    def match(self, targets, default=_UNSET):
        # On a choice the value is known per candidate (the choice's match); on other values when binding knows it.
        return DataOp(_match(self._self, targets, default, True))

    def freeze_after_fit(self):
        return DataOp(invoke("freeze_after_fit", self._self))

    def if_else(self, value_if_true, value_if_false):
        return DataOp(invoke("if_else", self._self, value_if_true, value_if_false, True))

    def cross_validate(self, environment=None, *, keep_subsampling=False, cv=None, scoring=None,
                       return_train_score=False, n_jobs=None, error_score=float("nan")):
        _error_score("cross_validate", error_score)
        source = _kept(self._self, keep_subsampling, "cross_validate")
        return CrossValidated(invoke("cross_validate", source, environment, cv, scoring, return_train_score),
                              return_train_score)

    def get_data(self):
        # the values the variables were declared with, by name (an environment of them replaces nothing)
        names, values = invoke("get_data", self._self)
        return {name: wrap(value) for name, value in zip(names, values)}

    def train_test_split(self, environment=None, *, keep_subsampling=False, split_func=None, **split_func_kwargs):
        # The keywords go to Java as given: skrub forwards them to scikit-learn's train_test_split, or takes only
        # split_index when X is marked with a splitter, so which ones were passed matters, not just their values.
        source = _kept(self._self, keep_subsampling, ".skb.train_test_split")
        return Split(invoke("train_test_split", source, environment, split_func, dict(split_func_kwargs)))

    def eval(self, environment=None, *, keep_subsampling=False):
        return _evaluated(invoke("eval", self._self, environment, keep_subsampling))

    def preview(self):
        return _evaluated(invoke("preview", self._self))

    def describe_param_grid(self):
        return str(invoke("describe_param_grid", self._self))

    def describe_defaults(self):
        import ast
        return ast.literal_eval(str(invoke("describe_defaults", self._self)))

    def describe_steps(self):
        return str(invoke("describe_steps", self._self))

    def make_learner(self, *, fitted=False, keep_subsampling=False, choose="default"):
        return Learner(invoke("make_learner", self._self, fitted, choose, keep_subsampling))

    def set_name(self, name):
        # The name shows when the DataOp is printed (skrub's "<name | ...>").
        return wrap(invoke("set_name", self._self, name)) if isinstance(name, str) else self._self

    def set_description(self, description):
        return self._self

    def __getattr__(self, name):
        if name.startswith("_"):
            # Python's and the facade's own probes (getattr(x, "_stratum_numpy", None)) are not script mistakes.
            raise AttributeError(name)
        # A located error naming the nearest method, as the subset binder reports it.
        invoke("skb_unknown_method", name)
        raise AttributeError(name)


class _PrintedDataOp:
    __slots__ = ("print",)

    def __init__(self, p):
        self.print = p


def _printed(a):
    """What print() shows for a DataOp or a frame's columns/dtypes/shape (skrub's repr of the step), or None."""
    fact = getattr(a, "_stratum_fact", None) if isinstance(a, (ColumnNames, FactSeries, FactTuple, UnknownFact)) else None
    if fact is not None:
        return invoke("print_fact", fact[0], fact[1])
    if isinstance(a, DataOp) and not isinstance(a, Search):
        return invoke("print_op", a)
    return None


def _printed_preview(a):
    p = _printed(a)
    return _PrintedDataOp(p) if p is not None and _B.dataOpPrintHasPreview(p) else None


def _error_score(method, value):
    # scikit-learn's default error_score=np.nan is what Stratum does; other values are refused at the call.
    if not (isinstance(value, float) and value != value):
        invoke("error_score_refused", method, repr(value))


def facade_print(*args, sep=" ", end="\n", file=None, flush=False):
    """print() as the subset binder records it: text in order, and search results where they are printed."""
    if file is not None and file is not sys.stdout:
        return _real_print(*args, sep=sep, end=end, file=file, flush=flush)
    # a print whose values Stratum refuses records nothing, as the subset binder's (the prints before it stay)
    start = _B.actionCount()
    try:
        _record_print(args, " " if sep is None else sep)
    except BaseException:
        _B.dropActionsFrom(start)
        raise


def _record_print(args, sep):
    """Records print(*args, sep=sep): its text, and the values the plan computes, in order."""
    text = []
    # A value known once the plan has run (a learner's score, its predictions) is printed on one line with the text
    # around it, as Python prints it.
    inline = None
    prefix = None
    for a in args:
        if isinstance(a, SearchView):
            if inline is not None:
                raise TypeError("Stratum prints a value computed by the plan with text only; print the table in its own print()")
            # the text before a table starts its first line, as Python prints it
            lead, text = "".join(t + sep for t in text), []
            line, column = where()
            _B.showSearchView(a.search._stratum_op(), a.attribute, a.head_n, a.tail_n, a.whole, a.column, a.names,
                              a.decimals, a.selected, a.sort_by, a.ascending, lead, line, column)
            continue
        if isinstance(a, _EvaluatedAttribute):
            a = a._value()
        if isinstance(a, (_EvaluatedTuple, ColumnNames, FactSeries)) and getattr(a, "_stratum_evaluated", None) is not None:
            a = a._stratum_evaluated  # a fact of an evaluated frame, printed as pandas prints it
        table = isinstance(a, SearchAttribute) and a.attribute.endswith("results_")
        if inline is not None and (table or isinstance(a, (CrossValidated, SearchRow))):
            raise TypeError("Stratum prints a value computed by the plan with text only; print the table in its own print()")
        if table:
            lead, text = "".join(t + sep for t in text), []
            line, column = where()
            _B.showSearch(a.search._stratum_op(), a.attribute, lead, line, column)
        elif isinstance(a, SearchRow):
            lead, text = "".join(t + sep for t in text), []
            line, column = where()
            v = a.view
            _B.showSearchRow(v.search._stratum_op(), v.attribute, v.selected, v.sort_by, v.ascending, a.at, a.by_label,
                             a.arg_of, a.max, lead, line, column)
        elif isinstance(a, CrossValidated):
            lead, text = "".join(t + sep for t in text), []
            line, column = where()
            _B.showCrossValidation(a.cv, a.column, a.decimals, a.form, a.columns, a.reduction, lead, line, column)
        elif isinstance(a, (Predictions, Evaluated, Report, PredictionFrame, _PredictionFrameShape)) \
                or isinstance(a, LearnerScore) and a.shown or isinstance(a, SplitTarget) and not a._steps \
                or _printed_preview(a) is not None:
            if inline is not None:
                # print(a, b) of two values computed by the plan: the first one's line goes on with the second
                _show_inline(inline, prefix, None)
                prefix = sep + "".join(t + sep for t in text)
            else:
                prefix = "".join(t + sep for t in text)
            inline = _printed_preview(a) or a
            text = []
        elif _printed(a) is not None:
            text.append(_B.dataOpPrintText(_printed(a)))
        else:
            text.append(str(a))
    if inline is not None:
        _show_inline(inline, prefix, (sep + sep.join(text)) if text else "")
    elif text:
        line, column = where()
        _B.printText(sep.join(text), line, column)


def _show_inline(inline, prefix, suffix):
    """Prints prefix, a value computed by the plan, then suffix and the end of the line (None: the line goes on)."""
    line, column = where()
    if isinstance(inline, LearnerScore):
        _B.showScore(inline.search, prefix, suffix, line, column)
    elif isinstance(inline, Predictions):
        _B.showPredictions(inline.predictions, prefix, suffix, line, column)
    elif isinstance(inline, Report):
        _B.showReport(inline.report, prefix, suffix, line, column)
    elif isinstance(inline, SplitTarget):
        _B.showTestTarget(inline._split, prefix, suffix, line, column)
    elif isinstance(inline, PredictionFrame):
        _B.showPredictionFrame(inline._op, "VALUE", prefix, suffix, line, column)
    elif isinstance(inline, _PredictionFrameShape):
        _B.showPredictionFrame(inline.frame, "SHAPE", prefix, suffix, line, column)
    elif isinstance(inline, _PrintedDataOp):
        _B.showDataOp(inline.print, prefix, suffix, line, column)
    else:
        _B.showEvaluation(inline.evaluation, inline.view, prefix, suffix, line, column)


_FUNCTION_TRANSFORMER = "sklearn.preprocessing.FunctionTransformer"


class TracedChoice:
    """skrub.choose_from(...) with a FunctionTransformer of a script function among the outcomes: chosen where
    .skb.apply applies it."""
    __slots__ = ("outcomes", "name")

    def __init__(self, outcomes, name):
        self.outcomes = outcomes
        self.name = name


class TracedFunctionTransformer:
    """FunctionTransformer(func) of a function of the script: traced where .skb.apply applies it (Skb.applyFunction)."""
    __slots__ = ("func", "kw_args")

    def __init__(self, func, kw_args):
        self.func = func
        self.kw_args = kw_args

    def __repr__(self):
        return "FunctionTransformer(func=" + getattr(self.func, "__name__", "<function>") + ")"


def _traced_function_transformer(args, kwargs):
    rest = dict(kwargs)
    rest.pop("func", None)
    kw_args = rest.pop("kw_args", None)
    if len(args) > 1:
        raise TypeError("FunctionTransformer() of a script function takes func as its only positional argument; pass the"
                        " others by keyword, e.g. FunctionTransformer(f, kw_args={...})")
    if kw_args is None:
        kw_args = {}
    if not isinstance(kw_args, dict) or not all(isinstance(k, str) for k in kw_args):
        raise TypeError("FunctionTransformer(kw_args=...) must be a dict of keyword arguments for func")
    # The catalog's checks of the other parameters (validate=True is refused, ...).
    invoke("estimator", _FUNCTION_TRANSFORMER, [], rest)
    return TracedFunctionTransformer(args[0] if args else kwargs["func"], kw_args)


def estimator_class(qualified_name):
    simple = qualified_name.rsplit(".", 1)[1]
    module = qualified_name.rsplit(".", 1)[0]

    def __init__(self, *args, **kwargs):
        Handle.__init__(self, invoke("estimator", qualified_name, list(args), kwargs))

    namespace = {"__init__": __init__, "__slots__": (), "__module__": module, "__qualname__": simple}
    if qualified_name == _FUNCTION_TRANSFORMER:
        def __new__(cls, *args, **kwargs):
            # A function of the script (not a numpy function Stratum compiles): traced where it is applied.
            func = args[0] if args else kwargs.get("func")
            if callable(func) and getattr(func, "_stratum_numpy", None) is None and not isinstance(func, Handle):
                return _traced_function_transformer(args, kwargs)
            return object.__new__(cls)
        namespace["__new__"] = __new__
    cls = type(simple, (Estimator,), namespace)
    cls.__doc__ = "Stratum's facade of " + qualified_name + " (parameters and defaults from the API catalog)."
    return cls


def add_catalog_classes(namespace, module):
    """Defines a facade class in {@code namespace} for every class the API catalog knows in {@code module}."""
    for simple in filter(None, _B.catalogClasses(module).split(",")):
        namespace[simple] = estimator_class(module + "." + simple)


def train_test_split(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None):
    """scikit-learn's train_test_split on frames and columns: each array's training then test part."""
    parts = invoke("train_test_split_function", list(arrays), test_size, train_size, random_state, shuffle, stratify)
    return [DataOp(p) for p in parts]


def populate_catalog_module(module):
    """Fills a generated facade module (sklearn and its submodules) with the catalog's classes in it."""
    name = module.__name__
    module.__path__ = []
    add_catalog_classes(module.__dict__, name)
    if name == "sklearn.model_selection":
        module.train_test_split = train_test_split

    def __getattr__(attr):
        message = ("Stratum does not know '" + name + "." + attr + "'; known in " + name + ": "
                   + (_B.catalogClasses(name).replace(",", ", ") or "nothing"))
        if attr.startswith("__"):
            raise AttributeError(message)
        # Python imports it, so a script that never uses it runs; a use is the error (the subset binder's Unavailable)
        return _Unavailable(message)

    module.__getattr__ = __getattr__


class _Unavailable:
    """A name of a scikit-learn module Stratum does not support, imported but not usable: any use says so."""
    __slots__ = ("_message",)

    def __init__(self, message):
        object.__setattr__(self, "_message", message)

    def __call__(self, *args, **kwargs):
        raise TypeError(self._message)

    def __getattr__(self, attr):
        raise AttributeError(self._message)

    def __repr__(self):
        return "<unsupported: " + self._message + ">"


def unknown_sklearn_module(fullname, known):
    raise ModuleNotFoundError("Stratum knows no estimator in '" + fullname + "'; known modules: " + ", ".join(known),
                              name=fullname)


# -x and +x of the numbers written into text once the plan has run (NegatedValue).
for _cls in (LearnerScore, DeferredNumber, ResultsReduction, RoundedSearchValue, ResultsRowValue, PredictionsReduction):
    _cls.__neg__ = _negated
    _cls.__pos__ = _positive
del _cls
# x ** 0.5, 100 * x, 1 - x of those numbers (ArithmeticValue)
for _cls in (LearnerScore, DeferredNumber, ResultsReduction, RoundedSearchValue, NegatedValue, ArithmeticValue,
             SearchAttribute, ResultsRowValue, PredictionsReduction):
    for _op, _name in (("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("**", "pow")):
        setattr(_cls, "__" + _name + "__", _arithmetic(_op, False))
        setattr(_cls, "__r" + _name + "__", _arithmetic(_op, True))
del _cls, _op, _name
SearchAttribute.__neg__ = lambda self: NegatedValue(self) if self.attribute == "best_score_" else _no_negation(self)
SearchAttribute.__pos__ = lambda self: self if self.attribute == "best_score_" else _no_negation(self)


def _no_negation(value):
    raise TypeError("bad operand type for unary -: " + value.attribute)
