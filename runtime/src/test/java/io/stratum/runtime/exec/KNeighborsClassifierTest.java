package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KNeighborsClassifier through the catalog and the executor's kernel registry against scikit-learn 1.9
 * (fixtures of runtime/reference/make_neighbors_reference.py): probabilities to 1e-9, labels exactly, including
 * equal-distance ties and test rows equal to training rows.
 */
class KNeighborsClassifierTest {

    @Test
    void probabilitiesAndLabelsMatchScikitLearn() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("neighbors_classifier.csv")) {
                String what = r.get("case") + " k=" + r.get("k") + " " + r.get("weights");
                int p = Integer.parseInt(r.get("p"));
                FeatureMatrix x = LightGbmParityTest.matrix(r.get("x"), p);
                FeatureMatrix test = LightGbmParityTest.matrix(r.get("x_test"), p);
                EstimatorSpec spec = BoostingSpecs.spec("sklearn.neighbors.KNeighborsClassifier",
                        "n_neighbors=" + r.get("k") + ";weights='" + r.get("weights") + "'");
                var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                Column y = r.get("case").equals("binary") ? StringColumn.of(memory, "y", r.get("y").split(" "))
                        : Int64Column.of(memory, "y", java.util.Arrays.stream(r.get("y").split(" "))
                                .mapToLong(Long::parseLong).toArray());
                ClassLabels classes = ClassLabels.of(y);
                FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                double[][] proba = fitted.probabilities(test);
                double[] expected = Reference.numbers(r.get("proba"));
                for (int i = 0; i < test.rows(); i++) {
                    for (int k = 0; k < proba.length; k++) {
                        Reference.assertClose(expected[i * proba.length + k], proba[k][i], 1.0,
                                what + " proba[" + i + "][" + k + "]");
                    }
                }
                List<String> names = new ArrayList<>();
                for (int code : fitted.predict(test)) {
                    names.add(classes.displayName(code));
                }
                assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                assertThrows(DataException.class, () -> fitted.decisions(test));
                cases++;
            }
        }
        assertEquals(16, cases);
    }
}
