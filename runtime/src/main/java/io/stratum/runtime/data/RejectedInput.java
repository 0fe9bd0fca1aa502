package io.stratum.runtime.data;

/**
 * Data an estimator itself rejects as scikit-learn's rejects it (a missing or infinite value a learner does not take,
 * text where it needs numbers, a target of one class): a search scores such a fit NaN and goes on, as scikit-learn's
 * searches do with their default {@code error_score=np.nan} ({@code runtime.search.FitFailures}). Stratum's own
 * refusals (what it cannot compute as the library does yet) are plain {@link DataException}s and stop the search.
 */
public class RejectedInput extends DataException {
    public RejectedInput(String message) {
        super(message);
    }

    /** Whether {@code error} or one of its causes is a {@link RejectedInput}. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RejectedInput) {
                return true;
            }
        }
        return false;
    }
}
