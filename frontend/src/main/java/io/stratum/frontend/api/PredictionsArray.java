package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Written;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether an evaluated plan's value is numpy's array of a learner's predictions: skrub's fit_transform mode
 * ({@code .skb.eval()}, {@code .skb.preview()}) formats {@code predict}'s answer as a Series or a DataFrame only when
 * the learner's X is one ({@code _format_predictions}), so a learner applied to a text vectorizer's or TruncatedSVD's
 * matrix answers a bare array. Stratum prints such an array as numpy does, slices it ({@code pred[:5]}) and computes
 * arithmetic and comparisons of it, as numpy gives them element by element; any other step of it is refused at its
 * line, since pandas' answer, which the runtime would give, is not numpy's.
 */
final class PredictionsArray {
    private static final Set<BinaryOperator> ELEMENT_WISE = Set.of(BinaryOperator.ADD, BinaryOperator.SUB,
            BinaryOperator.MUL, BinaryOperator.TRUEDIV, BinaryOperator.FLOORDIV, BinaryOperator.MOD, BinaryOperator.POW,
            BinaryOperator.EQ, BinaryOperator.NE, BinaryOperator.LT, BinaryOperator.LE, BinaryOperator.GT,
            BinaryOperator.GE);

    private final Map<LogicalNode, Boolean> known = new IdentityHashMap<>();

    private PredictionsArray() {
    }

    /**
     * True when {@code root}'s value is such an array; a located error when a step of the plan computes something else
     * from one.
     */
    static boolean of(LogicalNode root) {
        return new PredictionsArray().array(root);
    }

    private boolean array(LogicalNode node) {
        Boolean seen = known.get(node);
        if (seen != null) {
            return seen;
        }
        boolean out = compute(node);
        known.put(node, out);
        return out;
    }

    private boolean compute(LogicalNode node) {
        if (node instanceof Apply a && learnerOfMatrix(a)) {
            if (a.y() != null && OutputKind.of(a.y()) == OutputKind.FRAME) {
                throw new StratumError(a.origin(), "a frame as the target of a learner whose X is " + matrix(a.input())
                        + ": skrub evaluates its predictions as a numpy array whose shape (1-d, or one column) depends"
                        + " on the learner and the matrix, which Stratum does not reproduce",
                        "mark a column as y: data[\"<target>\"].skb.mark_as_y()");
            }
            return true;
        }
        Written slice = switch (node) {
            case CallMethod c -> c.written();
            case RowsByPosition r -> r.written();
            default -> null;
        };
        if (slice != null && slice.indexer() == null && slice.method() == null && array(slice.source())) {
            return true; // arr[a:b], which the plan spells as head/tail steps
        }
        if (node instanceof BinOp b && ELEMENT_WISE.contains(b.op()) && (array(b.left()) || array(b.right()))
                && (array(b.left()) || b.left() instanceof Value) && (array(b.right()) || b.right() instanceof Value)) {
            return true;
        }
        if (node instanceof UnaryOp u && array(u.operand())) {
            return true;
        }
        if (node instanceof io.stratum.ir.logical.Reduce r && r.function().equals("len")) {
            return false; // the row count, arr.shape[0], is numpy's as pandas'
        }
        for (LogicalNode in : node.inputs()) {
            if (array(in)) {
                throw new StratumError(node.origin(), step(node) + " of a learner's predictions that skrub leaves a"
                        + " numpy array (the learner's X is not a DataFrame) is not supported by Stratum: it prints"
                        + " such an array, slices it and computes arithmetic and comparisons of it",
                        "print the array or a slice of it, e.g. print(pred.skb.eval()[:5])");
            }
        }
        return false;
    }

    /** A regressor or classifier applied to a matrix without column names. */
    private static boolean learnerOfMatrix(Apply a) {
        if (!(a.estimator() instanceof Estimator e) || OutputKind.of(a.input()) != OutputKind.MATRIX) {
            return false;
        }
        ApiEntry entry = StandardCatalog.get().lookup(e.qualifiedName());
        return entry != null && (entry.kind() == EntryKind.REGRESSOR || entry.kind() == EntryKind.CLASSIFIER);
    }

    private static String matrix(LogicalNode producer) {
        return producer instanceof Apply a && a.estimator() instanceof Estimator e
                ? "the matrix " + e.repr() + " outputs at line " + a.origin().line()
                : "a matrix without column names";
    }

    private static String step(LogicalNode node) {
        return switch (node) {
            case CallMethod c -> "." + c.method() + "()";
            case io.stratum.ir.logical.GetAttr g -> "." + g.name();
            case Apply a -> ".skb.apply()";
            default -> "this step (" + node.kind() + ")";
        };
    }
}
