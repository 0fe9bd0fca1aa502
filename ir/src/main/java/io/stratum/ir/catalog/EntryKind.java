package io.stratum.ir.catalog;

/** What a catalog name stands for, which decides how DataOps may use it. */
public enum EntryKind {
    /** Fitted on training rows, then transforms features ({@code fit}/{@code transform}). */
    TRANSFORMER,
    /** Fitted on features and a target, then predicts a continuous target. */
    REGRESSOR,
    /** Fitted on features and a target, then predicts classes. */
    CLASSIFIER,
    /** A cross-validation splitter. */
    SPLITTER,
    /** A function that reads data into a frame (for example {@code pandas.read_csv}). */
    READER,
    /** A method of a frame or column (for example {@code DataFrame.drop}). */
    FRAME_METHOD
}
