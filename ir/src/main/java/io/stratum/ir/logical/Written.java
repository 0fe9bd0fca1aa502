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
 * @param method  for a method call the plan holds in another form ({@code df.nlargest(...)} as a sort and a head,
 *                {@code df.sample(...)} as rows by position), its name, skrub's {@code CallMethod} step; else null
 */
public record Written(LogicalNode source, String indexer, String key, String method) {

    /** A subscript: {@code x[key]} or {@code x.<indexer>[key]}. */
    public Written(LogicalNode source, String indexer, String key) {
        this(source, indexer, key, null);
    }

    /** A call of {@code method} on {@code source}. */
    public static Written call(LogicalNode source, String method) {
        return new Written(source, null, null, method);
    }

    /** Python's repr of the slice {@code start:stop:step} (absent bounds are None). */
    public static String sliceRepr(Long start, Long stop, Long step) {
        return "slice(" + bound(start) + ", " + bound(stop) + ", " + bound(step) + ")";
    }

    private static String bound(Long b) {
        return b == null ? "None" : Long.toString(b);
    }
}
