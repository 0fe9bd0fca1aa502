# sklearn.pipeline in Stratum's GraalPy facade: Pipeline and make_pipeline, which only .skb.apply takes (step by step,
# frontend.api.SklearnPipeline, as the subset binder builds it), directly or inside another pipeline or a ColumnTransformer.
import _stratum as _s


class Pipeline:
    __slots__ = ("_stratum_composite",)
    _stratum_is_composite = True

    def __init__(self, steps, *, memory=None, transform_input=None, verbose=False):
        if not isinstance(steps, (list, tuple)):
            raise TypeError("Pipeline(steps) takes a list of (name, estimator) tuples, got " + type(steps).__name__)
        names, estimators = [], []
        for item in steps:
            if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
                raise TypeError("a Pipeline step is a (name, estimator) tuple, got " + type(item).__name__)
            names.append(item[0])
            estimators.append(item[1])
        self._stratum_composite = _s.invoke("pipeline", names, estimators,
                                           {"memory": memory, "transform_input": transform_input, "verbose": verbose})

    def __repr__(self):
        return "<scikit-learn Pipeline>"


def make_pipeline(*steps, memory=None, transform_input=None, verbose=False):
    p = Pipeline.__new__(Pipeline)
    p._stratum_composite = _s.invoke("pipeline", None, list(steps),
                                    {"memory": memory, "transform_input": transform_input, "verbose": verbose})
    return p
