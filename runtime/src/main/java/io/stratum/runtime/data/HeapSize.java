package io.stratum.runtime.data;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.ValueVector;

/**
 * An estimate of the memory an object graph holds — a fitted model, partition statistics, a feature matrix — so the
 * buffer pool can count what it keeps against {@code --memory-limit} alongside Arrow buffers.
 *
 * <p>It walks the graph once (each object counted once, however often it is referenced): arrays by their length,
 * Arrow vectors by their buffers, strings by their characters, JDK collections and maps through their elements, and
 * other objects field by field with the usual 64-bit layout (12-byte header, compressed references, 8-byte
 * alignment). JDK objects other than those are counted shallowly; memory held outside the Java heap by native
 * libraries (LightGBM's and XGBoost's boosters) is not visible to it.
 */
public final class HeapSize {
    private static final int HEADER = 12;
    private static final int ARRAY_HEADER = 16;
    private static final int REFERENCE = 4;

    private HeapSize() {
    }

    /** The estimated bytes of {@code root} and everything it reaches (0 for null). */
    public static long of(Object root) {
        if (root == null) {
            return 0;
        }
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        long total = 0;
        while (!pending.isEmpty()) {
            Object o = pending.pop();
            if (!seen.add(o)) {
                continue;
            }
            total += visit(o, pending);
        }
        return total;
    }

    private static long visit(Object o, ArrayDeque<Object> pending) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            Class<?> component = c.getComponentType();
            int length = java.lang.reflect.Array.getLength(o);
            if (!component.isPrimitive()) {
                for (Object element : (Object[]) o) {
                    if (element != null) {
                        pending.push(element);
                    }
                }
            }
            return align(ARRAY_HEADER + (long) length * primitiveSize(component));
        }
        if (o instanceof ValueVector v) {
            return v.getBufferSize();
        }
        if (o instanceof String s) {
            return align(HEADER + 12) + align(ARRAY_HEADER + s.length());
        }
        if (o instanceof Class<?> || o instanceof Enum<?> || o instanceof Thread) {
            return 0;
        }
        if (o instanceof Collection<?> items && isJdk(c)) {
            for (Object item : items) {
                if (item != null) {
                    pending.push(item);
                }
            }
            return align(HEADER + 16) + align(ARRAY_HEADER + (long) items.size() * REFERENCE) + 16L * items.size();
        }
        if (o instanceof Map<?, ?> map && isJdk(c)) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() != null) {
                    pending.push(e.getKey());
                }
                if (e.getValue() != null) {
                    pending.push(e.getValue());
                }
            }
            return align(HEADER + 32) + align(ARRAY_HEADER + (long) map.size() * REFERENCE) + 32L * map.size();
        }
        Layout layout = LAYOUTS.get(c);
        if (!isJdk(c)) {
            for (Field f : layout.references) {
                try {
                    Object value = f.get(o);
                    if (value != null) {
                        pending.push(value);
                    }
                } catch (IllegalAccessException e) {
                    // Not reachable: only fields made accessible are listed.
                }
            }
        }
        return layout.shallowBytes;
    }

    private static boolean isJdk(Class<?> c) {
        String name = c.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    /** One class's instance size and the reference fields (of it and its superclasses) that can be read. */
    private record Layout(long shallowBytes, List<Field> references) {
    }

    private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
            long bytes = HEADER;
            List<Field> references = new ArrayList<>();
            boolean readable = !isJdk(type);
            for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Class<?> t = f.getType();
                    bytes += t.isPrimitive() ? primitiveSize(t) : REFERENCE;
                    if (!t.isPrimitive() && readable && f.trySetAccessible()) {
                        references.add(f);
                    }
                }
            }
            return new Layout(align(bytes), List.copyOf(references));
        }
    };

    private static long primitiveSize(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        }
        if (t == int.class || t == float.class) {
            return 4;
        }
        if (t == short.class || t == char.class) {
            return 2;
        }
        if (t == byte.class || t == boolean.class) {
            return 1;
        }
        return REFERENCE;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
