package io.stratum.runtime.exec;

/** Which rows an operator runs on: all of them (before the split), a fold's training rows, or its test rows. */
public enum Mode {
    /** Before the train/test split: the whole data set, computed once. */
    FULL,
    /** A fold's training rows; estimators are fitted here. */
    FIT,
    /** A fold's test rows; estimators fitted on the same fold's training rows are applied. */
    PREDICT
}
