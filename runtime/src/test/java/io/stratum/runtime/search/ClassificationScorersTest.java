package io.stratum.runtime.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.exec.RuntimeValue;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classification scorers against scikit-learn's get_scorer(name) on fixed answers, errors included. */
class ClassificationScorersTest {

    @Test
    void scorersMatchScikitLearn() {
        int values = 0;
        int errors = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_scorers.csv")) {
                String scoring = r.get("scoring");
                String what = r.get("case") + " " + scoring;
                Column truth = column(memory, "y", r.get("y_true"));
                RuntimeValue answer = r.get("y_pred").isEmpty()
                        ? scores(memory, Reference.numbers(r.get("scores")), Integer.parseInt(r.get("columns")), scoring)
                        : new RuntimeValue.Series(column(memory, "prediction", r.get("y_pred")));
                String expected = r.get("value");
                if (expected.startsWith("error: ")) {
                    DataException e = assertThrows(DataException.class,
                            () -> ClassificationScoring.score(scoring, truth, answer), what);
                    assertTrue(e.getMessage().contains("multiclass"), what + ": " + e.getMessage());
                    errors++;
                } else if (scoring.startsWith("roc_auc")) {
                    // the same curve points and trapezoids as scikit-learn's, summed as numpy sums: the same bits
                    assertEquals(Reference.number(expected), ClassificationScoring.score(scoring, truth, answer), 0.0,
                            what);
                    values++;
                } else {
                    Reference.assertClose(Reference.number(expected), ClassificationScoring.score(scoring, truth, answer),
                            1e-12, what);
                    values++;
                }
            }
        }
        assertEquals(32, values);
        assertEquals(6, errors);
    }

    @Test
    void binaryScorersNeedThePositiveLabelOne() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column truth = StringColumn.of(memory, "y", new String[] {"no", "yes", "yes"});
            RuntimeValue predicted = new RuntimeValue.Series(StringColumn.of(memory, "p", new String[] {"no", "no", "yes"}));
            DataException e = assertThrows(DataException.class, () -> ClassificationScoring.score("f1", truth, predicted));
            assertTrue(e.getMessage().contains("positive label 1"), e.getMessage());
            assertEquals(0.75, ClassificationScoring.score("balanced_accuracy", truth, predicted), 1e-15);
        }
    }

    /**
     * As scikit-learn's {@code unique_labels} reads them, booleans, ints and floats are labels of one kind compared by
     * value (XGBClassifier predicts a boolean target as 0 and 1); text and numbers do not mix ("Mix of label input
     * types (string and number)"). The values are scikit-learn's for the same arrays.
     */
    @Test
    void booleanIntAndFloatLabelsCompareByValue() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column rain = BoolColumn.of(memory, "y", new boolean[] {false, true, true, false});
            RuntimeValue positions = new RuntimeValue.Series(Int64Column.of(memory, "p", new long[] {0, 1, 0, 0}));
            assertEquals(0.75, ClassificationScoring.score("accuracy", rain, positions), 0.0);
            assertEquals(2.0 / 3, ClassificationScoring.score("f1", rain, positions), 1e-15);
            Column codes = Float64Column.of(memory, "y", new double[] {0.0, 1.0, 2.0});
            RuntimeValue three = new RuntimeValue.Series(Int64Column.of(memory, "p", new long[] {0, 1, 1}));
            assertEquals(2.0 / 3, ClassificationScoring.score("accuracy", codes, three), 1e-15);
            assertEquals(2.0 / 3, ClassificationScoring.score("balanced_accuracy", codes, three), 1e-15);
            Column words = StringColumn.of(memory, "y", new String[] {"a", "b"});
            RuntimeValue numbers = new RuntimeValue.Series(Int64Column.of(memory, "p", new long[] {0, 1}));
            DataException e = assertThrows(DataException.class, () -> ClassificationScoring.score("accuracy", words, numbers));
            assertTrue(e.getMessage().contains("one type of label"), e.getMessage());
        }
    }

    @Test
    void rankingScorersRefuseLabelsAndFoldsMissingAClass() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column truth = Int64Column.of(memory, "y", new long[] {0, 0, 0});
            RuntimeValue decision = new RuntimeValue.Frame(Table.of(Float64Column.of(memory, "1", new double[] {0.1, 0.2, 0.3})));
            DataException e = assertThrows(DataException.class, () -> ClassificationScoring.score("roc_auc", truth, decision));
            assertTrue(e.getMessage().contains("only one class"), e.getMessage());
            RuntimeValue labels = new RuntimeValue.Series(Int64Column.of(memory, "p", new long[] {0, 0, 1}));
            assertThrows(DataException.class, () -> ClassificationScoring.score("neg_log_loss", truth, labels));
        }
    }

    /** The frame a classifier answers with: its columns named by class as Python prints them. */
    private static RuntimeValue scores(MemoryContext memory, double[] rowMajor, int columns, String scoring) {
        List<Column> out = new ArrayList<>();
        // A binary decision function is one column, of the second class; probabilities are one per class.
        int k = scoring.equals("roc_auc") ? 1 : columns;
        int n = rowMajor.length / k;
        for (int c = 0; c < k; c++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rowMajor[i * k + c];
            }
            out.add(Float64Column.of(memory, Integer.toString(k == 1 ? 1 : c), v));
        }
        return new RuntimeValue.Frame(Table.of(out));
    }

    private static Column column(MemoryContext memory, String name, String text) {
        String[] words = text.split(" ");
        if (words[0].equals("True") || words[0].equals("False")) {
            boolean[] b = new boolean[words.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = words[i].equals("True");
            }
            return BoolColumn.of(memory, name, b);
        }
        long[] l = new long[words.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Long.parseLong(words[i]);
        }
        return Int64Column.of(memory, name, l);
    }
}
