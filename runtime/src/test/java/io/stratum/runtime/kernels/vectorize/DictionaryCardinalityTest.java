package io.stratum.runtime.kernels.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import org.junit.jupiter.api.Test;

/** The TableVectorizer's cardinality of a dictionary-encoded column counts the values rows use, not the dictionary. */
class DictionaryCardinalityTest {

    @Test
    void countsUsedValuesOnly() {
        try (MemoryContext ctx = MemoryContext.open()) {
            String[] v = {"a", null, "b", "a", "c", "b", null, "a"};
            StringColumn plain = StringColumn.of(ctx, "s", v);
            int[] codes = {0, -1, 2, 0, 3, 2, -1, 0};
            StringColumn coded = StringColumn.of(ctx, "s", v)
                    .withCodes(new StringCodes(codes, new String[] {"a", "unused", "b", "c"}));
            assertEquals(3, Cleaning.distinctCount(plain));
            assertEquals(3, Cleaning.distinctCount(coded));
        }
    }
}
