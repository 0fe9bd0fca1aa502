package io.stratum.ir.physical;

/** Which of a fitted learner's methods a {@link FitPredict} answers with, as scikit-learn names them. */
public enum Response {
    /** Labels for a classifier, values for a regressor. */
    PREDICT("predict"),
    /** One probability column per class. */
    PREDICT_PROBA("predict_proba"),
    /** Signed distances to the decision boundary: one column for two classes, else one per class. */
    DECISION_FUNCTION("decision_function");

    private final String methodName;

    Response(String methodName) {
        this.methodName = methodName;
    }

    /** The scikit-learn method name. */
    public String methodName() {
        return methodName;
    }
}
