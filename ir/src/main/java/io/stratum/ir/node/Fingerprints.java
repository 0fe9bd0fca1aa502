package io.stratum.ir.node;

import io.stratum.ir.value.Const;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes fingerprints: SHA-256 of a canonical encoding of the node kind, its identity terms and its inputs'
 * fingerprints. The encoding is tagged and length-prefixed, so it does not depend on object identity, hash
 * ordering or the JVM run. Results are cached per node object (weakly, so plans can be collected).
 */
public final class Fingerprints {
    private static final ConcurrentHashMap<IdentityKey, Fingerprint> CACHE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

    private Fingerprints() {
    }

    /** The fingerprint of {@code node}, computed once per node object. */
    public static Fingerprint of(PlanNode<?> node) {
        purgeCollected();
        Fingerprint cached = CACHE.get(new IdentityKey(node, null));
        if (cached != null) {
            return cached;
        }
        Fingerprint computed = compute(node);
        CACHE.putIfAbsent(new IdentityKey(node, COLLECTED), computed);
        return computed;
    }

    private static Fingerprint compute(PlanNode<?> node) {
        Encoder e = new Encoder();
        e.string(node.getClass().getName());
        e.string(node.kind());
        node.terms(e);
        e.tag('I');
        e.integer(node.inputs().size());
        for (PlanNode<?> input : node.inputs()) {
            e.bytes(input.fingerprint().bytes());
        }
        return new Fingerprint(e.digest.digest());
    }

    private static void purgeCollected() {
        Object ref;
        while ((ref = COLLECTED.poll()) != null) {
            CACHE.remove((IdentityKey) ref);
        }
    }

    /** Writes constants into the digest with a type tag and a length before every variable-size part. */
    static final class Encoder implements Terms {
        final MessageDigest digest;

        Encoder() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        @Override
        public Terms item(String name, Const value) {
            tag('T');
            string(name);
            constant(value);
            return this;
        }

        @Override
        public Terms display(String name, String value) {
            return this;
        }

        @Override
        public Terms identity(String name, Const value) {
            return item(name, value);
        }

        void tag(char t) {
            digest.update((byte) t);
        }

        void integer(long v) {
            for (int i = 7; i >= 0; i--) {
                digest.update((byte) (v >>> (8 * i)));
            }
        }

        void bytes(byte[] b) {
            integer(b.length);
            digest.update(b);
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void constant(Const c) {
            switch (c) {
                case Const.NoneConst n -> tag('N');
                case Const.BoolConst b -> {
                    tag('B');
                    digest.update((byte) (b.value() ? 1 : 0));
                }
                case Const.IntConst i -> {
                    tag('i');
                    integer(i.value());
                }
                case Const.FloatConst f -> {
                    tag('f');
                    // Canonical NaN so every NaN hashes alike; -0.0 stays distinct from 0.0.
                    integer(Double.doubleToLongBits(f.value()));
                }
                case Const.StrConst s -> {
                    tag('s');
                    string(s.value());
                }
                case Const.ListConst l -> {
                    tag(l.tuple() ? 't' : 'l');
                    integer(l.items().size());
                    for (Const item : l.items()) {
                        constant(item);
                    }
                }
                case Const.TimestampConst t -> {
                    tag('T');
                    integer(t.ticks());
                    string(t.unit());
                    string(t.zone() == null ? "" : t.zone());
                }
                case Const.TimedeltaConst t -> {
                    tag('D');
                    integer(t.ticks());
                    string(t.unit());
                }
                case Const.DictConst d -> {
                    tag('d');
                    integer(d.keys().size());
                    for (int i = 0; i < d.keys().size(); i++) {
                        constant(d.keys().get(i));
                        constant(d.values().get(i));
                    }
                }
            }
        }
    }

    /** A weak key compared by identity, so equal-but-distinct nodes are cached separately and cheaply. */
    private static final class IdentityKey extends WeakReference<Object> {
        private final int hash;

        IdentityKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof IdentityKey k)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
