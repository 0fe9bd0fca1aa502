# Stratum's facade of skrub: the functions build DataOps through the Java DataOps API.
import functools
import types

import _stratum as _s

__path__ = []


def var(name, value=_s._UNSET):
    if value is _s._UNSET:
        return _s.DataOp(_s.invoke("var", name))
    return _s.DataOp(_s.invoke("var", name, value))


def X(value=_s._UNSET):
    return _s.DataOp(_s.invoke("X") if value is _s._UNSET else _s.invoke("X", value))


def y(value=_s._UNSET):
    return _s.DataOp(_s.invoke("y") if value is _s._UNSET else _s.invoke("y", value))


def choose_from(outcomes, *, name=None):
    values = outcomes.values() if isinstance(outcomes, dict) else outcomes if isinstance(outcomes, (list, tuple)) else ()
    if any(isinstance(v, _s.TracedFunctionTransformer) or getattr(type(v), "_stratum_is_composite", False)
           for v in values):
        # a FunctionTransformer of a script function or a scikit-learn pipeline among them: chosen where .skb.apply
        # applies it
        return _s.TracedChoice(outcomes, name)
    return _s.DataOp(_s.invoke("choose_from", outcomes, name))


def choose_int(low, high, *, log=False, n_steps=None, name=None, default=None):
    return _s.DataOp(_s.invoke("choose_int", low, high, log, n_steps, name, default))


def choose_float(low, high, *, log=False, n_steps=None, name=None, default=None):
    return _s.DataOp(_s.invoke("choose_float", low, high, log, n_steps, name, default))


def choose_bool(*, name=None, default=True):
    return _s.DataOp(_s.invoke("choose_bool", name, default))


def optional(value, *, name=None, default=_s._UNSET):
    given = default is not _s._UNSET
    return _s.DataOp(_s.invoke("optional", value, name, given, default if given else None))


def deferred(func):
    # skrub.deferred makes calls of func plan steps run later on the values; calling func on the DataOp handles
    # records those same steps, so a call traces func itself (as the subset binder traces it) - except that a choice of
    # constants among the arguments is expanded, since skrub runs func on each candidate's value (the binder's
    # callDeferred). Functions of the facade (pd.concat) are returned as they are, as the binder keeps them.
    if not callable(func):
        raise TypeError("skrub.deferred expects a function, got " + type(func).__name__)
    if not (isinstance(func, types.FunctionType) and func.__code__.co_filename == _s._SCRIPT):
        return func

    @functools.wraps(func)
    def call(*args, **kwargs):
        return _s.deferred_call(func, args, kwargs)
    return call


def eval_mode():
    return _s.DataOp(_s.invoke("eval_mode"))


def tabular_pipeline(estimator, *, n_jobs=None):
    # skrub's make_pipeline for the learner (frontend.api.SkrubTabularPipeline, as the subset binder builds it): a
    # scikit-learn Pipeline facade that .skb.apply runs step by step.
    from sklearn.pipeline import Pipeline
    pipeline = Pipeline.__new__(Pipeline)
    pipeline._stratum_composite = _s.invoke("tabular_pipeline", estimator, n_jobs)
    return pipeline


def cross_validate(learner, environment, *, keep_subsampling=False, cv=None, scoring=None, return_train_score=False,
                   n_jobs=None, error_score=float("nan")):
    # skrub.cross_validate: the learner's pipeline cross-validated as .skb.cross_validate(environment, ...) does
    _s._error_score("cross_validate", error_score)
    target = learner._learner if isinstance(learner, _s.Learner) else learner
    return _s.CrossValidated(_s.invoke("skrub_cross_validate", target, environment, keep_subsampling, cv, scoring,
                                       return_train_score), return_train_score)


def as_data_op(value):
    if isinstance(value, _s.DataOp):
        return value
    return _s.DataOp(_s.invoke("as_data_op", value))


_s.add_catalog_classes(globals(), "skrub")


def __getattr__(attr):
    if attr == "selectors":
        import skrub.selectors
        return skrub.selectors
    raise AttributeError("Stratum does not know 'skrub." + attr + "'; known: var, X, y, choose_from, choose_int, choose_float, choose_bool, optional, as_data_op, deferred, eval_mode, tabular_pipeline, cross_validate"
                         + "".join(", " + n for n in filter(None, _s._B.catalogClasses("skrub").split(","))))
