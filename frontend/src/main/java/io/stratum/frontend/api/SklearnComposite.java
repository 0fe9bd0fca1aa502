package io.stratum.frontend.api;

/**
 * A scikit-learn estimator built of other estimators that Stratum runs as the plan of its parts rather than as one
 * estimator: a {@link SklearnPipeline} (steps in turn) or a {@link SklearnColumnTransformer} (transformers side by side).
 * Only {@code .skb.apply} takes one, directly or as a step or a transformer of another composite.
 */
public sealed interface SklearnComposite permits SklearnPipeline, SklearnColumnTransformer {

    /** {@code x.skb.apply(this, y=y)} as the plan of the parts; {@code y} may be null. */
    DataOp applyTo(DataOp x, DataOp y);

    /** The name scikit-learn's {@code make_pipeline}/{@code make_column_transformer} gives it: its class's, lower-cased. */
    String generatedName();

    /** What a script calls it, for messages. */
    String display();

    /** skrub's short label of it as a choice's outcome in a search's results: {@code Pipeline(...)}. */
    String shortRepr();
}
