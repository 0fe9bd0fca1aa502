# sklearn.compose in Stratum's GraalPy facade: ColumnTransformer, make_column_transformer and make_column_selector, which
# only .skb.apply takes (each transformer on its columns, side by side: frontend.api.SklearnColumnTransformer, as the
# subset binder builds it), directly or as a step of a Pipeline.
import _stratum as _s


class ColumnTransformer:
    __slots__ = ("_stratum_composite",)
    _stratum_is_composite = True

    def __init__(self, transformers, **options):
        self._stratum_composite = _s.invoke("column_transformer", True, _parts(transformers, 3), options)

    def __repr__(self):
        return "<scikit-learn ColumnTransformer>"


def make_column_transformer(*transformers, **options):
    ct = ColumnTransformer.__new__(ColumnTransformer)
    ct._stratum_composite = _s.invoke("column_transformer", False, _parts(transformers, 2), options)
    return ct


def _parts(transformers, size):
    """The (name, transformer, columns) or (transformer, columns) tuples, checked as the subset binder checks them."""
    example = "(\"scale\", StandardScaler(), [\"a\", \"b\"])" if size == 3 else "(StandardScaler(), [\"a\", \"b\"])"
    if not isinstance(transformers, (list, tuple)):
        raise TypeError("ColumnTransformer(transformers) takes a list of (name, transformer, columns) tuples, got "
                        + type(transformers).__name__ + "; write ColumnTransformer([" + example + "])")
    for item in transformers:
        if not (isinstance(item, tuple) and len(item) == size):
            raise TypeError(("a ColumnTransformer's transformer is a (name, transformer, columns) tuple" if size == 3
                             else "make_column_transformer takes (transformer, columns) tuples")
                            + ", got " + type(item).__name__ + "; write " + example)
        if size == 3 and not isinstance(item[0], str):
            raise TypeError("a ColumnTransformer's transformer name must be a str, got " + type(item[0]).__name__
                            + "; write " + example)
    return list(transformers)


class make_column_selector:
    __slots__ = ("_stratum_host",)
    _stratum_is_host = True

    def __init__(self, pattern=None, *, dtype_include=None, dtype_exclude=None):
        self._stratum_host = _s.invoke("column_selector", pattern, dtype_include, dtype_exclude)

    def __repr__(self):
        return "<scikit-learn make_column_selector>"
