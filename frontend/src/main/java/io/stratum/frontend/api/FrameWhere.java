package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code df.where(cond, other)} on a whole frame, as pandas computes it column by column: each column keeps its
 * value where the condition holds and takes {@code other} elsewhere. {@code cond} is a boolean column (the same
 * rows of every column) or a boolean frame with the frame's columns (column by column, e.g. {@code df.notna()} or
 * {@code df[cols] > 0}); {@code other} is a constant (missing by default) or a frame with the frame's columns. It
 * is written as an {@code assign} of one column-level {@code where} per column, so each column follows the
 * column rules (pandas' dtypes; a pair pandas would make {@code object} is refused), which needs the frame's
 * columns while the plan is built ({@link FrameFacts}).
 */
final class FrameWhere {
    private FrameWhere() {
    }

    /** The frame-level where of {@code frame}, or null when {@code frame} is not a frame (a column's where binds later). */
    static DataOp of(DataOp frame, List<?> args, Map<String, ?> kwargs) {
        FrameFacts facts = FrameFacts.of(frame, StandardCatalog.get());
        if (facts == null || facts.column()) {
            return null;
        }
        Object cond = args.isEmpty() ? kwargs.get("cond") : args.getFirst();
        Object other = args.size() > 1 ? args.get(1) : kwargs.get("other");
        for (String key : kwargs.keySet()) {
            boolean given = key.equals("cond") && !args.isEmpty() || key.equals("other") && args.size() > 1;
            if (given || !(key.equals("cond") || key.equals("other") || isDefault(key, kwargs.get(key)))) {
                throw new StratumError(SourceScope.current(), "where() on a whole frame: argument '" + key
                        + "' is not supported", "pass cond and other only (inplace=False, axis=None and level=None are the defaults)");
            }
        }
        if (args.size() > 2) {
            throw new StratumError(SourceScope.current(), "where() takes cond and other, got " + args.size() + " positional arguments", null);
        }
        if (!(cond instanceof DataOp condition)) {
            throw new StratumError(SourceScope.current(), "where() on a whole frame needs a boolean column or frame as its condition",
                    "write df.where(df['x'] > 0) or df.where(df.notna(), 0)");
        }
        List<String> columns = facts.columns("where() on a whole frame");
        FrameFacts condFacts = FrameFacts.of(condition, StandardCatalog.get());
        boolean condFrame = condFacts != null && !condFacts.column();
        DataOp otherFrame = null;
        if (other instanceof DataOp o) {
            FrameFacts otherFacts = FrameFacts.of(o, StandardCatalog.get());
            if (otherFacts == null || otherFacts.column()) {
                throw new StratumError(SourceScope.current(), "where() on a whole frame: other must be a constant or a frame",
                        "pandas needs axis= to align a Series; replace column by column with df.assign(x=df['x'].where(cond, s))");
            }
            otherFrame = o;
        }
        Map<String, Object> assigned = new LinkedHashMap<>();
        for (String c : columns) {
            DataOp cc = condFrame ? condition.get(c) : condition;
            Object oc = otherFrame != null ? otherFrame.get(c) : other;
            assigned.put(c, frame.get(c).call("where", oc == null ? List.of(cc) : List.of(cc, oc), Map.of()));
        }
        return frame.assign(assigned);
    }

    private static boolean isDefault(String key, Object value) {
        return switch (key) {
            case "inplace" -> Const.of(false).equals(value);
            case "axis", "level" -> value == null || value instanceof Const.NoneConst;
            default -> false;
        };
    }
}
