package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Rename;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.PlanMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Simplifies {@code rename(columns=...)} steps:
 * <ul>
 *   <li>two consecutive renames become one: {@code df.rename(columns=m1).rename(columns=m2)} maps every column
 *       {@code c} of {@code df} to {@code m2(m1(c))}, which is the mapping {@code {a: m2(m1(a)) for a in m1}} plus
 *       {@code {x: m2(x) for x in m2 if x not in m1}} — exact for whatever columns {@code df} has, because pandas
 *       maps each label independently and ignores names the frame lacks ({@code errors="ignore"}, its default and
 *       the only mode the binder accepts);</li>
 *   <li>a rename keeps only the entries whose old name is a column of its input, when the input's columns are
 *       known: a column selection {@code df[[...]]} right before it, or the schema derived from the sources'
 *       statistics (the other entries name no column, so pandas ignores them);</li>
 *   <li>entries mapping a name to itself are dropped, and a rename left with no entry is removed: it changes no
 *       name, no value and no row.</li>
 * </ul>
 * It does not look through other steps (an {@code assign} or a drop between two renames keeps them apart), and it
 * never reorders columns: a rename keeps every column in place.
 */
public final class MergeRenames implements Rule {

    @Override
    public String name() {
        return "merge_renames";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Rename outer)) {
            return RuleResult.unchanged();
        }
        LogicalNode input = outer.input();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        if (input instanceof Rename inner) {
            for (int i = 0; i < inner.from().size(); i++) {
                from.add(inner.from().get(i));
                to.add(outer.renamed(inner.to().get(i)));
            }
            for (int i = 0; i < outer.from().size(); i++) {
                if (!inner.from().contains(outer.from().get(i))) {
                    from.add(outer.from().get(i));
                    to.add(outer.to().get(i));
                }
            }
            input = inner.input();
        } else {
            from.addAll(outer.from());
            to.addAll(outer.to());
        }
        List<String> selected = columnsOf(input, ctx);
        for (int i = from.size() - 1; i >= 0; i--) {
            if (from.get(i).equals(to.get(i)) || (selected != null && !selected.contains(from.get(i)))) {
                from.remove(i);
                to.remove(i);
            }
        }
        if (input == outer.input() && from.equals(outer.from()) && to.equals(outer.to())) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(from.isEmpty() ? input : new Rename(input, from, to, outer.origin()));
    }

    /** The renamed frame's columns when they are known: a selection's names, or the derived schema; else null. */
    private static List<String> columnsOf(LogicalNode frame, RuleContext ctx) {
        if (frame instanceof GetItem g && KnownColumns.columnList(g.key()) != null) {
            return KnownColumns.columnList(g.key());
        }
        PlanMetadata metadata = ctx.passAnalysis(MergeRenames.class, plan -> {
            try {
                return MetadataDerivation.derive(plan, ctx.sources(), ctx.catalog());
            } catch (StratumError e) {
                return null; // reported where the plan is compiled; without schemas only selections prove names
            }
        });
        return metadata == null ? null : metadata.find(frame).flatMap(NodeMetadata::columnNames).orElse(null);
    }
}
