package io.stratum.ir.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static LogicalNode source(String displayPath) {
        return new Var("data", new ReadCsv("/data/x.csv", displayPath, new Const.DictConst(List.of(), List.of()), Origin.NONE), Origin.NONE);
    }

    private static LogicalNode ridge(double alpha, boolean explicit) {
        return new Estimator("sklearn.linear_model.Ridge", List.of(
                new Estimator.Param("alpha", Value.of(Const.of(alpha)), explicit),
                new Estimator.Param("fit_intercept", Value.of(Const.of(true)), false)), Origin.NONE);
    }

    @Test
    void equalStructureHasEqualFingerprintsWhateverTheObjects() {
        LogicalNode a = new Drop(source("x.csv"), List.of("y"), Origin.NONE);
        LogicalNode b = new Drop(source("x.csv"), List.of("y"), new Origin("s.py", 3, 4));
        assertNotSame(a, b);
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void displayOnlyTermsDoNotChangeIdentity() {
        assertEquals(source("x.csv").fingerprint(), source("./x.csv").fingerprint());
    }

    @Test
    void everyAttributeAndInputCounts() {
        LogicalNode base = new Drop(source("x.csv"), List.of("y"), Origin.NONE);
        assertNotEquals(base.fingerprint(), new Drop(source("x.csv"), List.of("z"), Origin.NONE).fingerprint());
        assertNotEquals(base.fingerprint(), new Drop(source("x.csv"), List.of("y", "z"), Origin.NONE).fingerprint());
        assertNotEquals(ridge(1.0, true).fingerprint(), ridge(0.1, true).fingerprint());
        // An int and a float of the same value are different Python constants.
        assertNotEquals(Value.of(Const.of(1L)).fingerprint(), Value.of(Const.of(1.0)).fingerprint());
        assertNotEquals(Value.of(Const.of(0.0)).fingerprint(), Value.of(Const.of(-0.0)).fingerprint());
    }

    @Test
    void defaultsWrittenOrNotAreTheSameEstimator() {
        // The binder fills defaults, so Ridge() and Ridge(alpha=1.0) differ only in what EXPLAIN shows.
        assertEquals(ridge(1.0, false).fingerprint(), ridge(1.0, true).fingerprint());
    }

    @Test
    void listBoundariesAreUnambiguous() {
        LogicalNode ab = new Drop(source("x.csv"), List.of("a", "bc"), Origin.NONE);
        LogicalNode abc = new Drop(source("x.csv"), List.of("ab", "c"), Origin.NONE);
        assertNotEquals(ab.fingerprint(), abc.fingerprint());
    }

    @Test
    void fingerprintIsStableAcrossRuns() {
        // A fixed plan has a fixed hash: this value must only change when the canonical encoding changes on purpose.
        LogicalNode plan = new Apply(new Drop(source("x.csv"), List.of("y"), Origin.NONE),
                new Choice("alpha", List.of(Const.of(0.1), Const.of(1.0)), List.of(ridge(0.1, true), ridge(1.0, true)), Origin.NONE),
                null, Const.none(), Origin.NONE);
        assertEquals(64, plan.fingerprint().hex().length());
        assertEquals(plan.fingerprint().hex(), rebuilt().fingerprint().hex());
        assertEquals(GOLDEN, plan.fingerprint().hex(),
                "the canonical encoding changed; if on purpose, update GOLDEN (fingerprints in caches become stale)");
    }

    private static final String GOLDEN = "c4b71d2bd42c3f3154a5c3605341a2776fa925f8a45e53105fff5c96f7e07e9c";

    private static LogicalNode rebuilt() {
        return new Apply(new Drop(source("x.csv"), List.of("y"), Origin.NONE),
                new Choice("alpha", List.of(Const.of(0.1), Const.of(1.0)), List.of(ridge(0.1, true), ridge(1.0, true)), Origin.NONE),
                null, Const.none(), Origin.NONE);
    }

    @Test
    void deepSharedDagsHashInLinearTime() {
        // Each level reads the previous one twice; structural hashing without caching would take 2^60 steps.
        LogicalNode node = source("x.csv");
        for (int i = 0; i < 60; i++) {
            node = new io.stratum.ir.logical.BinOp(io.stratum.ir.logical.BinaryOperator.ADD, node, node, Origin.NONE);
        }
        LogicalNode other = source("x.csv");
        for (int i = 0; i < 60; i++) {
            other = new io.stratum.ir.logical.BinOp(io.stratum.ir.logical.BinaryOperator.ADD, other, other, Origin.NONE);
        }
        assertEquals(node, other);
        List<LogicalNode> keep = new ArrayList<>(List.of(node, other));
        assertEquals(2, keep.size());
    }
}
