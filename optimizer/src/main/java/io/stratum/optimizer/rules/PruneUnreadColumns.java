package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.ReadsColumns;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import io.stratum.optimizer.metadata.ColumnDemand;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.SourceProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a file read (CSV, Parquet, Feather/Arrow IPC, JSON records: every {@link ReadsColumns}) keep only the
 * columns some step of the plan reads ({@link ColumnDemand}), so the reader neither types nor stores the others.
 * Values are unchanged: pandas infers each column's type from that column alone (and Parquet/Arrow store it), so a
 * kept column reads the same as in a full read, and only steps whose reads do not depend on the schema let the
 * demand be finite. A CSV read with options other than {@code sep=","}, or a Parquet/Feather/JSON read with any
 * option, is left alone (options such as {@code usecols}, {@code columns} or {@code index_col} would interact). With known source statistics the kept list names only the file's columns,
 * in file order, and a read whose demand names a column the file lacks is left whole (so the error about that column
 * lists every column of the file); without statistics the list is the demanded names, sorted (the reader ignores
 * names the file lacks, so the step that reads one still reports it missing). Encoder outputs read by name below a
 * {@code cols=[...]} transformer count as such absent names, which keeps such reads whole: safe, if not minimal.
 */
final class PruneUnreadColumns implements Rule {

    @Override
    public String name() {
        return "prune_unread_columns";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        Optional<SourceProfile> fileProfile;
        ReadsColumns read;
        switch (node) {
            case ReadCsv csv when defaultOptions(csv.options()) -> {
                read = csv;
                fileProfile = ctx.sources().profile(csv.path());
            }
            case ReadFile file when file.options().keys().isEmpty() -> {
                read = file;
                fileProfile = ctx.sources().profile(file.format(), file.path());
            }
            default -> {
                return RuleResult.unchanged();
            }
        }
        Set<String> demanded = ctx.passAnalysis(ColumnDemand.class, plan -> ColumnDemand.of(plan, ctx.catalog(), ctx.sources())).of(node);
        if (demanded == ColumnDemand.ALL) {
            return RuleResult.unchanged();
        }
        List<String> keep = new ArrayList<>();
        List<String> current = read.columns();
        Optional<SourceProfile> profile = fileProfile.map(p -> p.keeping(current));
        if (profile.isPresent()) {
            for (ColumnStats c : profile.get().columns()) {
                if (demanded.contains(c.name())) {
                    keep.add(c.name());
                }
            }
            if (keep.size() < demanded.size()) {
                // A step reads a column the file lacks: keep the whole read, so the error names every column there is.
                return RuleResult.unchanged();
            }
        } else {
            for (String c : demanded) {
                if (read.columns() == null || read.columns().contains(c)) {
                    keep.add(c);
                }
            }
        }
        if (keep.equals(read.columns())) {
            return RuleResult.unchanged();
        }
        return RuleResult.rewrittenTo(read.withColumns(keep));
    }

    private static boolean defaultOptions(Const.DictConst options) {
        for (int i = 0; i < options.keys().size(); i++) {
            if (!(options.keys().get(i).equals(Const.of("sep")) && options.values().get(i).equals(Const.of(",")))) {
                return false;
            }
        }
        return true;
    }
}
