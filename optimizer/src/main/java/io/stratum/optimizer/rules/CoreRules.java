package io.stratum.optimizer.rules;

import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.Rule;
import java.util.List;

/** The named rule instances and the standard batches they run in, in one place (after Calcite's CoreRules). */
public final class CoreRules {
    private CoreRules() {
    }

    public static final Rule BIND_COLUMN_METHODS = new BindColumnMethods();
    public static final Rule BIND_FRAME_METHODS = new BindFrameMethods();
    public static final Rule BIND_SAMPLE_MEMBERSHIP = new BindSampleMembership();
    public static final Rule BIND_REDUCTIONS = new BindReductions();
    public static final Rule ELIMINATE_COMMON_SUBPLANS = new EliminateCommonSubplans();
    public static final Rule REMOVE_EMPTY_DROP = new RemoveEmptyDrop();
    public static final Rule MERGE_DISJOINT_DROPS = new MergeDisjointDrops();
    public static final Rule ELIMINATE_DOUBLE_NEGATION = new EliminateDoubleNegation();
    public static final Rule ELIMINATE_NESTED_ABS = new EliminateNestedAbs();
    public static final Rule BIND_NUMPY_CALLS = new BindNumpyCalls();
    public static final Rule FOLD_CONSTANTS = new FoldConstants();
    public static final Rule ELIMINATE_IDENTITY_ARITHMETIC = new EliminateIdentityArithmetic();
    public static final Rule REWRITE_SQRT_OF_SQUARE = new RewriteSqrtOfSquare();
    public static final Rule MERGE_COLUMN_SELECTIONS = new MergeColumnSelections();
    public static final Rule FOLD_ASSIGNED_COLUMN_READ = new FoldAssignedColumnRead();
    public static final Rule MERGE_RENAMES = new MergeRenames();
    public static final Rule REPLACE_DROP_OF_SOURCE_COLUMNS = new ReplaceDropOfSourceColumns();
    public static final Rule PRUNE_UNREAD_COLUMNS = new PruneUnreadColumns();
    public static final Rule REMOVE_UNREAD_ASSIGNMENTS = new RemoveUnreadAssignments();
    public static final Rule HOIST_ROW_WISE_WORK_ABOVE_SPLIT = new HoistRowWiseWorkAboveSplit();
    public static final Rule EXPAND_TABLE_VECTORIZER = new ExpandTableVectorizer();
    public static final Rule REMOVE_SCALING_BEFORE_TREES = new RemoveScalingBeforeTrees(RemoveScalingBeforeTrees.Config.DEFAULT);
    /** Not in any standard batch: it changes values (see its javadoc); for callers who accept that. */
    public static final Rule ELIMINATE_INVERSE_FUNCTIONS =
            new EliminateInverseFunctions(EliminateInverseFunctions.Config.UP_TO_ROUNDING);

    public static final Rule BIND_RELATIONAL_METHODS = new BindRelationalMethods();
    public static final Rule REWRITE_ISIN_FILTER_TO_SEMI_JOIN = new RewriteIsinFilterToSemiJoin();
    public static final Rule PUSH_FILTER_TOWARD_SOURCES = new PushFilterTowardSources();
    public static final Rule RESOLVE_SUBSAMPLING = new ResolveSubsampling();
    public static final Rule RESOLVE_KNOWN_SWITCHES = new ResolveKnownSwitches();

    public static final String BIND = "bind";
    public static final String SIMPLIFY = "simplify";
    public static final String PRUNE = "prune";
    public static final String API_AWARE = "api_aware";
    public static final String SHARE = "share";

    /** Generic calls to typed operators; every later batch and lowering depend on it. */
    public static final Batch BIND_BATCH = Batch.once(BIND, List.of(RESOLVE_SUBSAMPLING, RESOLVE_KNOWN_SWITCHES, BIND_SAMPLE_MEMBERSHIP, BIND_RELATIONAL_METHODS, BIND_COLUMN_METHODS,
            BIND_REDUCTIONS, BIND_FRAME_METHODS, BIND_NUMPY_CALLS));

    /** Local simplifications, to a fixpoint because one can enable another. */
    public static final Batch SIMPLIFY_BATCH = Batch.fixpoint(SIMPLIFY, 20, List.of(
            REMOVE_EMPTY_DROP, MERGE_DISJOINT_DROPS, ELIMINATE_DOUBLE_NEGATION, ELIMINATE_NESTED_ABS,
            FOLD_CONSTANTS, ELIMINATE_IDENTITY_ARITHMETIC, REWRITE_SQRT_OF_SQUARE, MERGE_COLUMN_SELECTIONS,
            FOLD_ASSIGNED_COLUMN_READ, MERGE_RENAMES), BIND);

    /** Semi joins for membership masks, filters pushed toward the sources, then column pruning down to the sources, to a fixpoint (a replaced drop lets the read be pruned). */
    public static final Batch PRUNE_BATCH = Batch.fixpoint(PRUNE, 10, List.of(REWRITE_ISIN_FILTER_TO_SEMI_JOIN,
            PUSH_FILTER_TOWARD_SOURCES, REPLACE_DROP_OF_SOURCE_COLUMNS, REMOVE_UNREAD_ASSIGNMENTS, PRUNE_UNREAD_COLUMNS), BIND, SIMPLIFY);

    /** Rewrites that need the operators' semantics (what is fitted, what is per row), to a fixpoint. */
    public static final Batch API_AWARE_BATCH = Batch.fixpoint(API_AWARE, 10, List.of(
            HOIST_ROW_WISE_WORK_ABOVE_SPLIT, REMOVE_SCALING_BEFORE_TREES, EXPAND_TABLE_VECTORIZER), BIND, SIMPLIFY);

    /** Common sub-plan elimination, last, so it sees the plan in its final, bound and simplified form. */
    public static final Batch SHARE_BATCH = Batch.once(SHARE, List.of(ELIMINATE_COMMON_SUBPLANS), BIND, SIMPLIFY);

    /** The batches the optimizer runs when it is on, in order. */
    public static List<Batch> standardBatches() {
        return List.of(BIND_BATCH, SIMPLIFY_BATCH, PRUNE_BATCH, API_AWARE_BATCH, SHARE_BATCH);
    }
}
