package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.SourceProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@code read_csv(...).drop(columns=[...])} into a selection of the remaining columns in file order, when the
 * source's statistics show every dropped column exists: the same frame (same columns, order and values), but one
 * whose reads are known by name, so {@link PruneUnreadColumns} can stop reading the dropped columns. Without the
 * statistics, or when a dropped column is not in the file, the drop stays (and raises as pandas does).
 */
final class ReplaceDropOfSourceColumns implements Rule {

    @Override
    public String name() {
        return "replace_drop_of_source_columns";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Drop drop) || drop.columns().isEmpty()) {
            return RuleResult.unchanged();
        }
        ReadCsv read = switch (drop.input()) {
            case ReadCsv r -> r;
            case Var v when v.value() instanceof ReadCsv r -> r;
            default -> null;
        };
        if (read == null) {
            return RuleResult.unchanged();
        }
        Optional<SourceProfile> profile = io.stratum.optimizer.metadata.MetadataDerivation.csvProfile(ctx.sources(),
                read.path(), read.options(), read.columns(), read.origin());
        if (profile.isEmpty()) {
            return RuleResult.unchanged();
        }
        List<String> remaining = new ArrayList<>();
        int dropped = 0;
        for (ColumnStats c : profile.get().columns()) {
            if (drop.columns().contains(c.name())) {
                dropped++;
            } else {
                remaining.add(c.name());
            }
        }
        if (dropped != drop.columns().size() || remaining.isEmpty()) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(new GetItem(drop.input(), new Value(Const.ofStrings(remaining), drop.origin()),
                drop.origin()));
    }
}
