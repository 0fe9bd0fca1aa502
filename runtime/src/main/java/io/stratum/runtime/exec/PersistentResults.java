package io.stratum.runtime.exec;

import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.runtime.cache.ArrowPayloads;
import io.stratum.runtime.cache.CacheKey;
import io.stratum.runtime.cache.LineageCache;
import io.stratum.runtime.cache.Persistable;
import io.stratum.runtime.cache.SourceDigests;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.forest.FittedRandomForestClassifier;
import io.stratum.runtime.kernels.forest.FittedRandomForestRegressor;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executor's bridge to a {@link LineageCache} kept across runs: it names each task by its lineage key plus
 * what the fingerprint does not cover (the bytes of every CSV file the operator reads, the rows of the fold, and
 * the build of Stratum, whose kernels computed the value),
 * and turns operator outputs and fitted states into cache payloads and back. Fitted states that are not
 * {@link Persistable} are simply not stored.
 */
public final class PersistentResults {
    /** Bumped whenever a kernel's results or a payload layout change, so old entries stop matching. */
    private static final String DOMAIN = "stratum-lineage/2";

    private static final byte FRAME = 0;
    private static final byte SERIES = 1;
    private static final byte FITTED = 2;
    /** Only spilled by the buffer pool: feature matrices are never stored in the lineage cache. */
    private static final byte MATRIX = 3;
    /** A frame or a column with row labels other than 0..n-1: the labels, then the Arrow payload. */
    private static final byte LABELLED_FRAME = 4;
    private static final byte LABELLED_SERIES = 5;

    private static final Map<String, Persistable.Reader> READERS = Map.ofEntries(
            Map.entry(FittedOneHot.PERSIST_TAG, FittedOneHot::readFrom),
            Map.entry(FittedOneHot.PERSIST_TAG_V1, FittedOneHot::readFromV1),
            Map.entry(FittedStandardScaler.PERSIST_TAG, FittedStandardScaler::readFrom),
            Map.entry(FittedLinearModel.PERSIST_TAG, FittedLinearModel::readFrom),
            Map.entry(io.stratum.runtime.kernels.scale.FittedFeatureScaler.PERSIST_TAG,
                    io.stratum.runtime.kernels.scale.FittedFeatureScaler::readFrom),
            Map.entry(io.stratum.runtime.kernels.encode.FittedOrdinal.PERSIST_TAG,
                    io.stratum.runtime.kernels.encode.FittedOrdinal::readFrom),
            Map.entry(io.stratum.runtime.kernels.baseline.FittedDummyRegressor.PERSIST_TAG,
                    io.stratum.runtime.kernels.baseline.FittedDummyRegressor::readFrom),
            Map.entry(io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor.PERSIST_TAG,
                    io.stratum.runtime.kernels.trees.FittedHistGradientBoostingRegressor::readFrom),
            Map.entry(io.stratum.runtime.kernels.boosting.FittedLightGbm.PERSIST_TAG,
                    io.stratum.runtime.kernels.boosting.FittedLightGbm::readFrom),
            Map.entry(io.stratum.runtime.kernels.boosting.FittedXgboost.PERSIST_TAG,
                    io.stratum.runtime.kernels.boosting.FittedXgboost::readFrom),
            Map.entry(FittedRandomForestRegressor.PERSIST_TAG, FittedRandomForestRegressor::readFrom),
            Map.entry(FittedRandomForestClassifier.PERSIST_TAG, FittedRandomForestClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.trees.FittedHistGradientBoostingClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.classify.FittedLogisticRegression.PERSIST_TAG,
                    io.stratum.runtime.kernels.classify.FittedLogisticRegression::readFrom),
            Map.entry(io.stratum.runtime.kernels.boosting.FittedLightGbmClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.boosting.FittedLightGbmClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.boosting.FittedXgboostClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.boosting.FittedXgboostClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.classify.RidgeClassifierKernel.FittedRidgeClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.classify.RidgeClassifierKernel.FittedRidgeClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.classify.DummyClassifierKernel.FittedDummyClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.classify.DummyClassifierKernel.FittedDummyClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.neighbors.FittedKNeighbors.PERSIST_TAG,
                    io.stratum.runtime.kernels.neighbors.FittedKNeighbors::readFrom),
            Map.entry(io.stratum.runtime.kernels.neighbors.KNeighborsClassifierKernel.FittedKNeighborsClassifier.PERSIST_TAG,
                    io.stratum.runtime.kernels.neighbors.KNeighborsClassifierKernel.FittedKNeighborsClassifier::readFrom),
            Map.entry(io.stratum.runtime.kernels.impute.FittedSimpleImputer.PERSIST_TAG,
                    io.stratum.runtime.kernels.impute.FittedSimpleImputer::readFrom),
            Map.entry(io.stratum.runtime.kernels.linear.CoordinateDescentFit.PERSIST_TAG,
                    io.stratum.runtime.kernels.linear.CoordinateDescentFit::readFrom));

    private final LineageCache cache;
    private final SourceDigests sources = new SourceDigests();
    private final ConcurrentHashMap<Fingerprint, List<String>> sourcesByOperator = new ConcurrentHashMap<>();
    private final Map<FoldSplit, byte[]> foldDigests = Collections.synchronizedMap(new IdentityHashMap<>());

    public PersistentResults(LineageCache cache) {
        this.cache = cache;
    }

    public LineageCache cache() {
        return cache;
    }

    /** The cache entry name of {@code key}, the task of {@code op} on {@code fold}'s rows (null before the split). */
    CacheKey keyOf(LineageKey key, PhysicalOp op, FoldSplit fold) {
        CacheKey.Builder b = CacheKey.builder(DOMAIN)
                .add(io.stratum.runtime.cache.BuildIdentity.current())
                .add(key.operator().bytes())
                .add(key.product().name())
                .add(key.mode().name())
                .add(fold == null ? new byte[0] : foldDigest(fold));
        for (String digest : sourcesOf(op)) {
            b.add(digest);
        }
        return b.build();
    }

    /** The stored result of the task, or null on a miss (including an entry that failed verification). */
    Object load(CacheKey name, MemoryContext memory) {
        byte[] payload = cache.read(name);
        if (payload == null) {
            return null;
        }
        try {
            return decode(payload, memory);
        } catch (IOException | RuntimeException e) {
            // A checksummed entry that still does not decode was written by an incompatible build: recompute.
            return null;
        }
    }

    /** Stores a computed result; values that have no stored form are skipped. Never fails the run. */
    void store(CacheKey name, Object value) {
        byte[] payload;
        try {
            payload = encode(value);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (payload != null) {
            cache.write(name, payload);
        }
    }

    /** True when {@code value} has a stored form: an output, or a fitted state whose reader is registered. */
    static boolean storable(Object value) {
        return value instanceof RuntimeValue.Frame || value instanceof RuntimeValue.Series
                || value instanceof io.stratum.runtime.data.SharedFeatureMatrix m && m.writable()
                || value instanceof Persistable p && READERS.containsKey(p.persistTag());
    }

    /** The stored form of a value {@link #storable} accepts (null otherwise), as the lineage cache keeps it. */
    static byte[] encode(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        switch (value) {
            case RuntimeValue.Frame f -> {
                out.writeByte(f.table().labelled() ? LABELLED_FRAME : FRAME);
                writeLabels(out, f.table().rowLabels());
                out.write(ArrowPayloads.write(f.table()));
            }
            case RuntimeValue.Series s -> {
                out.writeByte(s.labels() != null ? LABELLED_SERIES : SERIES);
                writeLabels(out, s.labels());
                out.write(ArrowPayloads.write(Table.of(s.column())));
            }
            case io.stratum.runtime.data.SharedFeatureMatrix m -> {
                out.writeByte(MATRIX);
                m.writeTo(out);
            }
            case Persistable p when READERS.containsKey(p.persistTag()) -> {
                out.writeByte(FITTED);
                out.writeUTF(p.persistTag());
                p.writeTo(out);
            }
            default -> {
                return null;
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** A labelled value's row labels, before its Arrow payload (nothing for 0..n-1). */
    private static void writeLabels(DataOutputStream out, io.stratum.runtime.data.RowLabels labels) throws IOException {
        if (labels == null) {
            return;
        }
        out.writeInt(labels.length());
        for (int i = 0; i < labels.length(); i++) {
            out.writeInt((int) io.stratum.runtime.data.RowLabels.label(labels, i));
        }
    }

    /** The value {@link #encode} stored ({@code memory} receives outputs' Arrow buffers). */
    static Object decode(byte[] payload, MemoryContext memory) throws IOException {
        if (payload.length == 0) {
            throw new IOException("empty payload");
        }
        byte[] rest = java.util.Arrays.copyOfRange(payload, 1, payload.length);
        io.stratum.runtime.data.RowLabels labels = null;
        if (payload[0] == LABELLED_FRAME || payload[0] == LABELLED_SERIES) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(rest));
            int[] values = new int[in.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readInt();
            }
            labels = io.stratum.runtime.data.RowLabels.select(null, values);
            rest = java.util.Arrays.copyOfRange(rest, 4 + 4 * values.length, rest.length);
        }
        return switch (payload[0]) {
            case FRAME, LABELLED_FRAME -> new RuntimeValue.Frame(ArrowPayloads.read(rest, memory).withRowLabels(labels));
            case SERIES, LABELLED_SERIES -> {
                Table t = ArrowPayloads.read(rest, memory);
                if (t.columnCount() != 1) {
                    throw new IOException("a series payload holds " + t.columnCount() + " columns");
                }
                yield new RuntimeValue.Series(t.column(0), labels);
            }
            case FITTED -> {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(rest));
                Persistable.Reader reader = READERS.get(in.readUTF());
                if (reader == null) {
                    throw new IOException("no reader for the stored fitted state");
                }
                Object state = reader.readFrom(in);
                if (in.read() != -1) {
                    throw new IOException("trailing bytes after the fitted state");
                }
                yield state;
            }
            case MATRIX -> io.stratum.runtime.data.SharedFeatureMatrix.readFrom(
                    new DataInputStream(new ByteArrayInputStream(rest)));
            default -> throw new IOException("unknown payload kind " + payload[0]);
        };
    }

    private byte[] foldDigest(FoldSplit fold) {
        return foldDigests.computeIfAbsent(fold, f -> {
            CacheKey.Builder b = CacheKey.builder("fold");
            for (int[] rows : new int[][] {f.train(), f.test()}) {
                b.add(rows.length);
                byte[] bytes = new byte[rows.length * 4];
                for (int i = 0; i < rows.length; i++) {
                    int r = rows[i];
                    bytes[4 * i] = (byte) (r >>> 24);
                    bytes[4 * i + 1] = (byte) (r >>> 16);
                    bytes[4 * i + 2] = (byte) (r >>> 8);
                    bytes[4 * i + 3] = (byte) r;
                }
                b.add(bytes);
            }
            return java.util.HexFormat.of().parseHex(b.build().hex());
        });
    }

    /** The content digests of the files (CSV, Parquet, Arrow, JSON) below {@code op}, in path order. */
    private List<String> sourcesOf(PhysicalOp op) {
        List<String> known = sourcesByOperator.get(op.fingerprint());
        if (known != null) {
            return known;
        }
        TreeSet<String> paths = new TreeSet<>();
        collectScans(op, paths, Collections.newSetFromMap(new IdentityHashMap<>()));
        List<String> out = new ArrayList<>(paths.size() * 2);
        for (String p : paths) {
            out.add(p);
            out.add(sources.digest(Path.of(p)));
        }
        List<String> frozen = List.copyOf(out);
        sourcesByOperator.put(op.fingerprint(), frozen);
        return frozen;
    }

    private static void collectScans(PhysicalOp op, TreeSet<String> paths, java.util.Set<PhysicalOp> seen) {
        if (!seen.add(op)) {
            return;
        }
        if (op instanceof ScanCsv scan) {
            paths.add(scan.path());
        }
        if (op instanceof io.stratum.ir.physical.ScanFile scan) {
            paths.add(scan.path());
        }
        for (PhysicalOp in : op.inputs()) {
            collectScans(in, paths, seen);
        }
    }
}
