package io.stratum.ir.logical;

/**
 * How a script wrote a step that the plan holds in another form ({@code df[2:10]} as {@code head}/{@code tail} calls,
 * {@code df.loc[mask]} as a mask lookup), kept only so that {@code .skb.describe_steps()} lists the steps as skrub
 * does. It is no part of a node's identity (fingerprint, equality), EXPLAIN or rewriting; a rewritten node drops it.
 *
 * @param source  the DataOp the script indexed (for a slice, below the calls the plan made of it)
 * @param indexer {@code "iloc"} or {@code "loc"}, or null for plain {@code []}
 * @param key     skrub's repr of a constant key ({@code slice(2, 10, None)}), or null when the key is the node's own
 *                DataOp input (a mask)
 */
public record Written(LogicalNode source, String indexer, String key) {

    /** Python's repr of the slice {@code start:stop:step} (absent bounds are None). */
    public static String sliceRepr(Long start, Long stop, Long step) {
        return "slice(" + bound(start) + ", " + bound(stop) + ", " + bound(step) + ")";
    }

    private static String bound(Long b) {
        return b == null ? "None" : Long.toString(b);
    }
}
