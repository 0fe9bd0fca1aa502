package io.stratum.runtime.data;

import java.util.List;

/**
 * The feature matrix of one operator output, laid out once and shared by every learner that reads it (the
 * candidates of a grid over the same features). Learners differ in what they accept — histogram gradient boosting
 * takes missing values, Ridge refuses them — so the values are checked per learner by {@link #forLearner}, which
 * refuses exactly what {@link FeatureMatrix#fromTable(Table, boolean)} refuses, with the same message.
 */
public final class SharedFeatureMatrix {
    private final int rows;
    private final int columns;
    private final FeatureMatrix matrix;
    /** The first string column, which no learner takes (the matrix is then not built), or -1. */
    private final int stringColumn;
    private final String stringColumnName;
    private final String stringColumnFirstValue;
    /** The first NaN or infinite value in column order, or column -1 when there is none. */
    private final int badColumn;
    private final int badRow;
    private final String badColumnName;
    private final boolean badIsNaN;
    /** The first column of pandas' category dtype (laid out as its codes), or -1 when there is none. */
    private final int categoryColumn;
    private final String categoryColumnName;

    private SharedFeatureMatrix(int rows, int columns, FeatureMatrix matrix, int stringColumn, String stringColumnName,
                                String stringColumnFirstValue, int badColumn, int badRow, String badColumnName,
                                boolean badIsNaN) {
        this(rows, columns, matrix, stringColumn, stringColumnName, stringColumnFirstValue, badColumn, badRow,
                badColumnName, badIsNaN, -1, null);
    }

    private SharedFeatureMatrix(int rows, int columns, FeatureMatrix matrix, int stringColumn, String stringColumnName,
                                String stringColumnFirstValue, int badColumn, int badRow, String badColumnName,
                                boolean badIsNaN, int categoryColumn, String categoryColumnName) {
        this.categoryColumn = categoryColumn;
        this.categoryColumnName = categoryColumnName;
        this.rows = rows;
        this.columns = columns;
        this.matrix = matrix;
        this.stringColumn = stringColumn;
        this.stringColumnName = stringColumnName;
        this.stringColumnFirstValue = stringColumnFirstValue;
        this.badColumn = badColumn;
        this.badRow = badRow;
        this.badColumnName = badColumnName;
        this.badIsNaN = badIsNaN;
    }

    /**
     * Lays out {@code table}'s columns (nulls as NaN), noting the first string column and the first NaN or infinite
     * value instead of refusing them: refusing is up to each learner.
     */
    public static SharedFeatureMatrix of(Table table) {
        return of(table, List.of(), null);
    }

    /**
     * As {@link #of(Table)} for the columns of {@code dense}, followed by the sparse {@code block} (named
     * {@code blockNames}; null for none) as the matrix's trailing columns, kept sparse. The block's values are
     * checked like a column's: the first NaN or infinite value (there is none in one-hot indicators) is noted.
     */
    public static SharedFeatureMatrix of(Table dense, List<String> blockNames, CsrMatrix block) {
        return of(dense, dense.columnCount(), blockNames, block);
    }

    /**
     * As {@link #of(Table, List, CsrMatrix)} with the block after the first {@code blockStart} columns of
     * {@code dense} and before the others: the column order of a frame in which the encoder's output is followed by
     * columns later steps appended. Values and the first non-finite value noted are those of that frame.
     */
    public static SharedFeatureMatrix of(Table dense, int blockStart, List<String> blockNames, CsrMatrix block) {
        Table table = dense;
        int n = table.rowCount();
        if (block != null && block.rows() != n && table.columnCount() > 0) {
            throw new IllegalArgumentException("a sparse block of " + block.rows() + " rows beside " + n + " rows");
        }
        if (block != null && table.columnCount() == 0) {
            n = block.rows();
        }
        int p = table.columnCount();
        double[] data = new double[Math.multiplyExact(n, p)];
        int badColumn = -1;
        int badRow = -1;
        String badName = null;
        boolean badIsNaN = false;
        int width = block == null ? 0 : block.cols();
        int stringAt = -1;
        Column string = null;
        String[][] levels = null;
        boolean[] text = null;
        int categoryAt = -1;
        String categoryName = null;
        for (int j = 0; j < p; j++) {
            Column c = table.column(j);
            // The column's index in the matrix: those after the block's position move behind it.
            int at = block != null && j >= blockStart ? j + width : j;
            if (c instanceof StringColumn s && s.isCategorical()) {
                // pandas' category dtype: laid out as its codes, missing as NaN; not a non-finite value to refuse.
                int[] codes = s.codes().codes();
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    data[base + i] = codes[i] < 0 ? Double.NaN : codes[i];
                }
                if (levels == null) {
                    levels = new String[p + width][];
                }
                levels[at] = s.codes().values();
                if (categoryAt < 0) {
                    categoryAt = at;
                    categoryName = c.name();
                }
                continue;
            }
            if (c.type().isText()) {
                // A str column: refused by every learner but histogram gradient boosting, which reads it as codes
                // into its sorted distinct values where categorical_features names it (scikit-learn ordinal-encodes it).
                if (stringAt < 0) {
                    stringAt = at;
                    string = c;
                }
                if (levels == null) {
                    levels = new String[p + width][];
                }
                if (text == null) {
                    text = new boolean[p + width];
                }
                levels[at] = codesOfSorted((StringColumn) c, data, j * n);
                text[at] = true;
                continue;
            }
            // Copied once, straight into the matrix, then checked in place.
            int base = j * n;
            c.copyDoubles(data, base);
            if (c.nullCount() > 0) {
                for (int i = 0; i < n; i++) {
                    if (c.isNull(i)) {
                        data[base + i] = Double.NaN;
                    }
                }
            }
            if (badColumn < 0) {
                for (int i = 0; i < n; i++) {
                    double v = data[base + i];
                    if (Double.isNaN(v) || Double.isInfinite(v)) {
                        badColumn = at;
                        badRow = i;
                        badName = c.name();
                        badIsNaN = Double.isNaN(v);
                        break;
                    }
                }
            }
        }
        if (block != null && (badColumn < 0 || badColumn > blockStart) && (stringAt < 0 || stringAt > blockStart)) {
            // The first non-finite stored value in column order, if the block holds one before what the dense
            // columns noted (there is none in one-hot indicators): smallest column, then smallest row.
            long first = firstNonFinite(block);
            if (first >= 0) {
                int j = (int) (first >>> 32);
                badColumn = blockStart + j;
                badRow = (int) first;
                badName = blockNames.get(j);
                badIsNaN = Double.isNaN(block.get(badRow, j));
            }
        }
        FeatureMatrix matrix = block == null ? FeatureMatrix.wrap(n, table.columnNames(), data)
                : FeatureMatrix.withSparseBlock(n, table.columnNames(), data, blockStart, blockNames, block);
        if (levels != null) {
            matrix = matrix.withCategoryLevels(levels);
        }
        if (text != null) {
            matrix = matrix.withTextColumns(text);
        }
        return new SharedFeatureMatrix(n, matrix.cols(), matrix, stringAt, string == null ? null : string.name(),
                string == null ? null : FeatureMatrix.firstValue(string), badColumn, badRow, badName, badIsNaN,
                categoryAt, categoryName);
    }

    /**
     * A scipy sparse matrix as learners read it (a text vectorizer's output): one sparse block of columns named
     * {@code x0, x1, ...}, never densified.
     */
    public static SharedFeatureMatrix ofSparse(CsrMatrix matrix) {
        return of(Table.empty(matrix.rows()), 0, positionalNames(matrix.cols()), matrix);
    }

    /**
     * A dense numpy array (row-major {@code rows x cols}, TruncatedSVD's output) as learners read it, its columns
     * named {@code x0, x1, ...}; its first non-finite value is noted like a column's.
     */
    public static SharedFeatureMatrix ofDense(double[] rowMajor, int rows, int cols) {
        double[] data = new double[Math.multiplyExact(rows, cols)];
        int badColumn = -1;
        int badRow = -1;
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double v = rowMajor[i * cols + j];
                data[j * rows + i] = v;
                if (badColumn < 0 && !Double.isFinite(v)) {
                    badColumn = j;
                    badRow = i;
                }
            }
        }
        List<String> names = positionalNames(cols);
        return new SharedFeatureMatrix(rows, cols, FeatureMatrix.wrap(rows, names, data), -1, null, null, badColumn,
                badRow, badColumn < 0 ? null : names.get(badColumn),
                badColumn >= 0 && Double.isNaN(rowMajor[badRow * cols + badColumn]));
    }

    /** numpy arrays have no column names; scikit-learn calls their features {@code x0, x1, ...}. */
    private static List<String> positionalNames(int cols) {
        List<String> names = new java.util.ArrayList<>(cols);
        for (int j = 0; j < cols; j++) {
            names.add("x" + j);
        }
        return names;
    }

    /**
     * Writes into {@code data} from {@code base} the code of each row of {@code c}: its value's position among the
     * column's distinct values sorted as Python sorts str (by code point), NaN for a missing value; returns those
     * sorted values (what scikit-learn's OrdinalEncoder learns as categories).
     */
    private static String[] codesOfSorted(StringColumn c, double[] data, int base) {
        java.util.TreeSet<String> distinct = new java.util.TreeSet<>(PythonOrder::compareStrings);
        for (int i = 0; i < c.length(); i++) {
            if (!c.isNull(i)) {
                distinct.add(c.getString(i));
            }
        }
        String[] sorted = distinct.toArray(new String[0]);
        java.util.Map<String, Integer> position = new java.util.HashMap<>(sorted.length * 2);
        for (int v = 0; v < sorted.length; v++) {
            position.put(sorted[v], v);
        }
        for (int i = 0; i < c.length(); i++) {
            data[base + i] = c.isNull(i) ? Double.NaN : position.get(c.getString(i));
        }
        return sorted;
    }

    /** The (column, row) of {@code block}'s first non-finite entry by column then row, packed as column << 32 | row; -1 if none. */
    private static long firstNonFinite(CsrMatrix block) {
        long best = -1;
        int[] indptr = block.indptr();
        for (int i = 0; i < block.rows(); i++) {
            for (int t = indptr[i]; t < indptr[i + 1]; t++) {
                double v = block.data()[t];
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    long at = ((long) block.indices()[t] << 32) | i;
                    if (best < 0 || at < best) {
                        best = at;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The matrix for a learner: with {@code acceptsMissing}, NaN (from nulls too) and infinities are kept; otherwise
     * the first of them is refused, naming its column and row. A string column is refused either way; when both
     * occur, the one in the earlier column is named, as a column-by-column check would.
     */
    public FeatureMatrix forLearner(boolean acceptsMissing) {
        return forLearner(acceptsMissing, "");
    }

    /**
     * As {@link #forLearner(boolean)}, for a learner that takes columns of pandas' category dtype as their codes
     * ({@code categoryRefusal} null: histogram gradient boosting, which decides itself which of them are categorical)
     * or refuses them, with {@code categoryRefusal} saying why and what to do. The refusal names the earliest column
     * among the non-finite value, the string column and the category column, as a column-by-column check would.
     */
    public FeatureMatrix forLearner(boolean acceptsMissing, String categoryRefusal) {
        return forLearner(acceptsMissing, categoryRefusal, false);
    }

    /**
     * As {@link #forLearner(boolean, String)}; with {@code acceptsText}, str columns are not refused here but handed
     * over as codes into their sorted values ({@link FeatureMatrix#isTextColumn}): histogram gradient boosting reads
     * those its {@code categorical_features} names and refuses the others itself.
     */
    public FeatureMatrix forLearner(boolean acceptsMissing, String categoryRefusal, boolean acceptsText) {
        int stringColumn = acceptsText ? -1 : this.stringColumn;
        int category = categoryRefusal == null ? -1 : categoryColumn;
        if (category >= 0 && (stringColumn < 0 || category < stringColumn)
                && (acceptsMissing || badColumn < 0 || category < badColumn)) {
            throw new RejectedInput("column '" + categoryColumnName + "' has pandas' category dtype, and the learner"
                    + " needs numbers" + (categoryRefusal.isEmpty() ? "" : " (" + categoryRefusal + ")")
                    + "; encode it first (OneHotEncoder or OrdinalEncoder), or use a HistGradientBoosting learner,"
                    + " which splits on category columns natively (categorical_features='from_dtype')");
        }
        boolean nonFinite = !acceptsMissing && badColumn >= 0 && (stringColumn < 0 || badColumn < stringColumn);
        if (nonFinite) {
            throw new RejectedInput(badIsNaN
                    ? "column '" + badColumnName + "' has a missing value (NaN) at row " + badRow
                    + " (0-based), and the learner does not accept missing values; impute or drop them first"
                    : "column '" + badColumnName + "' has an infinite value at row " + badRow
                    + " (0-based), which the learner does not accept; clip or drop it first");
        }
        if (stringColumn >= 0) {
            throw new RejectedInput("column '" + stringColumnName + "' holds strings (first value '"
                    + stringColumnFirstValue + "'), but the learner needs numbers; encode it (for example with"
                    + " OneHotEncoder) or drop it");
        }
        return matrix;
    }

    /** The rows of the table it was laid out from. */
    public int rows() {
        return rows;
    }

    /** The columns of the table it was laid out from. */
    public int columns() {
        return columns;
    }

    /**
     * Whether {@link #writeTo} can write it: a dense matrix; one with a sparse block (a CSR one-hot block) or a
     * category column has no written form yet, so the buffer pool drops and rebuilds it instead of spilling it.
     */
    public boolean writable() {
        return categoryColumn < 0 && stringColumn < 0 && (matrix == null || matrix.sparseBlock() == null);
    }

    /** Writes the matrix and what its learners check, for the buffer pool to spill it ({@link #readFrom}). */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        if (!writable()) {
            throw new IllegalStateException("a feature matrix with a sparse block or a category column has no written"
                    + " form");
        }
        out.writeInt(rows);
        out.writeInt(columns);
        out.writeInt(stringColumn);
        writeNullable(out, stringColumnName);
        writeNullable(out, stringColumnFirstValue);
        out.writeInt(badColumn);
        out.writeInt(badRow);
        writeNullable(out, badColumnName);
        out.writeBoolean(badIsNaN);
        out.writeBoolean(matrix != null);
        if (matrix != null) {
            for (String name : matrix.featureNames()) {
                out.writeUTF(name);
            }
            double[] data = matrix.toColumnMajorArray();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(data.length * 8);
            bytes.asDoubleBuffer().put(data);
            out.write(bytes.array());
        }
    }

    /** The matrix {@link #writeTo} wrote. */
    public static SharedFeatureMatrix readFrom(java.io.DataInput in) throws java.io.IOException {
        int rows = in.readInt();
        int columns = in.readInt();
        int stringColumn = in.readInt();
        String stringColumnName = readNullable(in);
        String stringColumnFirstValue = readNullable(in);
        int badColumn = in.readInt();
        int badRow = in.readInt();
        String badColumnName = readNullable(in);
        boolean badIsNaN = in.readBoolean();
        FeatureMatrix matrix = null;
        if (in.readBoolean()) {
            java.util.List<String> names = new java.util.ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                names.add(in.readUTF());
            }
            byte[] bytes = new byte[Math.multiplyExact(Math.multiplyExact(rows, columns), 8)];
            in.readFully(bytes);
            double[] data = new double[rows * columns];
            java.nio.ByteBuffer.wrap(bytes).asDoubleBuffer().get(data);
            matrix = FeatureMatrix.wrap(rows, names, data);
        }
        return new SharedFeatureMatrix(rows, columns, matrix, stringColumn, stringColumnName, stringColumnFirstValue,
                badColumn, badRow, badColumnName, badIsNaN);
    }

    private static void writeNullable(java.io.DataOutput out, String s) throws java.io.IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(java.io.DataInput in) throws java.io.IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Bytes of the laid-out values (0 when a string column stopped the layout). */
    public long bytes() {
        return matrix == null ? 0 : matrix.bytes();
    }
}
