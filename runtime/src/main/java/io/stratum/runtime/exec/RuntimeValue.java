package io.stratum.runtime.exec;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Table;

/**
 * What an operator produces at run time: a frame or a single column (a pandas DataFrame or Series), or a value computed
 * from the data: one number (a reduction of a column) or one per column (a reduction of a frame, a Series labelled by
 * the column names), or a matrix without column names (what scikit-learn's text vectorizers and TruncatedSVD return).
 */
public sealed interface RuntimeValue {

    /**
     * The error of a step that needs rows (a frame or a column) but got a value computed from the data; a
     * DataException, so the executor locates it at the step's script line.
     */
    static io.stratum.runtime.data.DataException notRows() {
        return new io.stratum.runtime.data.DataException("this step needs a frame or a column, but it got a value computed"
                + " from the data (such as df[\"a\"].mean() or df.max()); combine that value with a column in arithmetic,"
                + " a comparison or fillna instead");
    }

    /** The number of rows. */
    int rows();

    /** A frame. */
    record Frame(Table table) implements RuntimeValue {
        public int rows() {
            return table.rowCount();
        }
    }

    /**
     * A single column, with the row labels pandas shows for it ({@code null}: 0..n-1): a Series taken from a labelled
     * frame keeps the frame's labels, shared, not copied ({@link io.stratum.runtime.data.RowLabels}).
     */
    record Series(Column column, io.stratum.runtime.data.RowLabels labels, boolean unnamed) implements RuntimeValue {
        public Series {
            if (labels != null && labels.length() != column.length()) {
                throw new IllegalArgumentException(labels.length() + " row labels for " + column.length() + " rows");
            }
        }

        /**
         * A column with these labels, named after the column ({@code unnamed}: pandas' name None, as arithmetic of two
         * columns of different names gives).
         */
        public Series(Column column, io.stratum.runtime.data.RowLabels labels) {
            this(column, labels, false);
        }

        /** A column labelled 0..n-1. */
        public Series(Column column) {
            this(column, null);
        }

        /** Some rows of this column ({@code table}'s one column and labels), keeping whether it has a name. */
        public Series selected(Table table) {
            return new Series(table.column(0), table.rowLabels(), unnamed);
        }

        /** The only column of {@code table}, with its row labels. */
        public static Series of(Table table) {
            return new Series(table.column(0), table.rowLabels());
        }

        /** A column of the same labels (an element-wise step of this one). */
        public Series with(Column other) {
            return new Series(other, labels, unnamed);
        }

        /** This column as a one-column frame with its row labels (for the row selections frames share). */
        public Table table() {
            return Table.of(column).withRowLabels(labels);
        }

        public int rows() {
            return column.length();
        }
    }

    /** One value computed from the data, such as {@code df["a"].mean()}; {@link #rows()} is 1. */
    record Scalar(io.stratum.runtime.kernels.frame.Scalar value) implements RuntimeValue {
        public Scalar {
            java.util.Objects.requireNonNull(value, "value");
        }

        public int rows() {
            return 1;
        }
    }

    /**
     * One value per column of a frame, labelled by the column names, such as {@code df.max()}: arithmetic with a frame
     * pairs each column with the value of its label. {@link #rows()} is 1. {@code name} is the Series' name pandas
     * gives it ({@code df.quantile(0.9)}'s is the quantile), or null for none.
     */
    record Row(java.util.List<String> labels, java.util.List<io.stratum.runtime.kernels.frame.Scalar> values, String name)
            implements RuntimeValue {
        public Row {
            labels = java.util.List.copyOf(labels);
            values = java.util.List.copyOf(values);
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException("a row needs one value per label");
            }
        }

        /** Values without a name ({@code df.max()}). */
        public Row(java.util.List<String> labels, java.util.List<io.stratum.runtime.kernels.frame.Scalar> values) {
            this(labels, values, null);
        }

        public int rows() {
            return 1;
        }

        /** The value labelled {@code label}, or null. */
        public io.stratum.runtime.kernels.frame.Scalar get(String label) {
            int i = labels.indexOf(label);
            return i < 0 ? null : values.get(i);
        }
    }

    /**
     * A numeric matrix without column names, as scikit-learn's text vectorizers (a scipy CSR matrix: {@code sparse}
     * set) and TruncatedSVD (a dense numpy array: {@code dense} set, row-major) return it. Only learners,
     * TruncatedSVD and TfidfTransformer read it; every other step refuses it ({@link #notFrame}).
     */
    record Matrix(io.stratum.runtime.data.CsrMatrix sparse, double[] dense, int rows, int cols) implements RuntimeValue {
        public Matrix {
            if ((sparse == null) == (dense == null)) {
                throw new IllegalArgumentException("a matrix is either sparse or dense");
            }
            if (sparse != null && (sparse.rows() != rows || sparse.cols() != cols)
                    || dense != null && (long) rows * cols != dense.length) {
                throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix given other arrays");
            }
        }

        /** A scipy CSR matrix. */
        public static Matrix of(io.stratum.runtime.data.CsrMatrix sparse) {
            return new Matrix(sparse, null, sparse.rows(), sparse.cols());
        }

        /** A dense numpy array, row-major {@code rows x cols}. */
        public static Matrix dense(double[] rowMajor, int rows, int cols) {
            return new Matrix(null, rowMajor, rows, cols);
        }

        /** What numpy or scipy names it in messages. */
        public String pythonType() {
            return sparse != null ? "a scipy sparse matrix" : "a numpy array";
        }
    }

    /**
     * The error of a step that needs a frame or a column but got a matrix; a DataException, so the executor locates it
     * at the step's script line.
     */
    static io.stratum.runtime.data.DataException notFrame(Matrix m) {
        return new io.stratum.runtime.data.DataException("this step needs a frame or a column, but it got "
                + m.pythonType() + " (" + m.rows() + " x " + m.cols() + ", the output of a text vectorizer or"
                + " TruncatedSVD), which Stratum passes only to learners, TruncatedSVD and TfidfTransformer");
    }
}
