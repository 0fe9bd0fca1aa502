# Stratum's facade of skrub.selectors: selectors are descriptions, resolved against the frame's columns when
# the plan runs; the bridge turns them into the same ColumnSelector the subset binder builds.
import builtins as _builtins
import _stratum as _s

_TAG = "\0selector:"


def _make(obj):
    """skrub's make_selector: a selector as it is, a name or a list of names as cols(...)."""
    if isinstance(obj, Selector):
        return obj
    if isinstance(obj, str):
        return Selector(_TAG + "cols", [obj])
    if isinstance(obj, (list, tuple)) and _builtins.all(isinstance(o, str) for o in obj):
        return Selector(_TAG + "cols", list(obj))
    raise TypeError("a selector, a column name or a list of names was expected, got " + type(obj).__name__)


class Selector:
    """A skrub selector: combine with | & - ^ and invert with ~."""
    __slots__ = ("_tree",)
    _stratum_selector = True

    def __init__(self, *tree):
        self._tree = tuple(t._tree if isinstance(t, Selector) else t for t in tree)

    def _stratum_value(self):
        return self._tree

    def _combine(self, op, other, reverse=False):
        left, right = (_make(other), self) if reverse else (self, _make(other))
        return Selector(_TAG + op, left, right)

    def __or__(self, other):
        return self._combine("OR", other)

    def __ror__(self, other):
        return self._combine("OR", other, True)

    def __and__(self, other):
        return self._combine("AND", other)

    def __rand__(self, other):
        return self._combine("AND", other, True)

    def __sub__(self, other):
        return self._combine("SUB", other)

    def __rsub__(self, other):
        return self._combine("SUB", other, True)

    def __xor__(self, other):
        return self._combine("XOR", other)

    def __rxor__(self, other):
        return self._combine("XOR", other, True)

    def __invert__(self):
        return Selector(_TAG + "inv", self)

    def __repr__(self):
        return "<selector " + self._tree[0][len(_TAG):] + ">"


def all():
    return Selector(_TAG + "all")


def numeric():
    return Selector(_TAG + "numeric")


def string():
    return Selector(_TAG + "string")


def integer():
    return Selector(_TAG + "integer")


def float():
    return Selector(_TAG + "float")


def categorical():
    return Selector(_TAG + "categorical")


def boolean():
    return Selector(_TAG + "boolean")


def any_date():
    return Selector(_TAG + "any_date")


def regex(pattern, flags=0):
    if not isinstance(pattern, str):
        raise TypeError("regex(): 'pattern' must be a str, got " + type(pattern).__name__)
    if flags != 0:
        raise TypeError("regex(): Stratum matches names without re flags, got flags=" + repr(flags)
                        + "; write the flag inside the pattern, e.g. \"(?i)temp\" for re.IGNORECASE")
    problem = _s._B.regexProblem(pattern)
    if problem is not None:
        raise TypeError("regex(): the pattern " + repr(pattern) + " does not compile: " + str(problem)
                        + "; write a regular expression of names (Python's re syntax, without (?P<...>) groups)")
    return Selector(_TAG + "regex", pattern)


def cols(*names):
    for n in names:
        if not isinstance(n, str):
            raise TypeError("cols(): column names must be str, got " + type(n).__name__
                            + "; write s.cols(\"a\", \"b\") with the names as separate arguments")
    return Selector(_TAG + "cols", list(names))


def glob(pattern):
    if not isinstance(pattern, str):
        raise TypeError("glob(): 'pattern' must be a str, got " + type(pattern).__name__)
    return Selector(_TAG + "glob", pattern)


def inv(obj):
    return Selector(_TAG + "inv", _make(obj))


def __getattr__(attr):
    raise AttributeError("Stratum does not know 'skrub.selectors." + attr + "'; known: all, cols, glob, regex, "
                         "numeric, integer, float, string, categorical, boolean, any_date, inv")
