package io.stratum.frontend.api;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.IndexedResult;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.rules.CoreRules;
import java.util.List;

/**
 * How a computed value whose index holds keys is printed ({@code value_counts()}, a group-by aggregation): its first
 * {@code levels} columns are the index; it is a Series ({@code series}, without a name when {@code unnamed}) or a
 * DataFrame, whose columns have two-level names ({@code tops} over {@code subs}, one each per value column) after
 * {@code agg([...])} of several columns; an index without names ({@code indexNamed} false: the row labels of
 * {@code describe()} and {@code corr()}) prints no line of names; {@code view} names what of it is printed instead
 * ({@code dict}: Python's repr of {@code to_dict()}, {@code index}, {@code values}), or is null; {@code multi}: the
 * index is pandas' MultiIndex, also of one level (then printed and keyed as one). The plan says it ({@link IndexedResult}); the runtime computes such a value as a plain frame.
 */
public record KeyedShape(int levels, boolean series, boolean unnamed, List<String> tops, List<String> subs,
                         boolean indexNamed, boolean multi, String view) {

    public KeyedShape {
        tops = tops == null ? null : List.copyOf(tops);
        subs = subs == null ? null : List.copyOf(subs);
    }

    /** One-level column names. */
    public KeyedShape(int levels, boolean series, boolean unnamed) {
        this(levels, series, unnamed, null, null, true, levels > 1, null);
    }

    /** Whether {@code op} is a Series whose index holds keys (not a view of one). */
    static boolean seriesOf(DataOp op) {
        LogicalNode bound = bound(op, io.stratum.ir.catalog.StandardCatalog.get());
        return bound instanceof IndexedResult r && r.series() && r.view() == null;
    }

    private static LogicalNode bound(DataOp op, ApiCatalog catalog) {
        try {
            return new RuleDriver(List.of(CoreRules.BIND_BATCH), new RuleDriver.Config(true, false))
                    .run(op.node(), new RuleContext(catalog, io.stratum.frontend.session.FileSourceStatistics.shared()))
                    .plan();
        } catch (StratumError e) {
            return null; // the evaluation itself reports what is wrong with the plan
        }
    }

    /** The shape of what {@code evaluation} computes, or null when its index is not of keys. */
    public static KeyedShape of(Evaluation evaluation, ApiCatalog catalog) {
        LogicalNode bound = bound(evaluation.plan(), catalog);
        return bound instanceof IndexedResult r ? new KeyedShape(r.levels(), r.series(), r.unnamed(), r.tops(), r.subs(),
                r.indexNamed(), r.multi(), r.view()) : null;
    }
}
