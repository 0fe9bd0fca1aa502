package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.reference.Reference;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonReprTest {

    @Test
    void formatsDoublesAsPythonReprDoes() {
        for (Map<String, String> row : Reference.rows("python_repr.csv")) {
            double v = Reference.number(row.get("hex"));
            assertEquals(row.get("repr"), io.stratum.ir.value.PyFormat.floatRepr(v), "repr of " + row.get("hex"));
        }
    }

    @Test
    void ordersStringsByCodePoint() {
        String astral = new String(Character.toChars(0x1F600)); // above U+FFFF: a surrogate pair in Java
        String highBmp = "\uFF21";
        // Python: '\uff21' < '\U0001f600'; Java's compareTo says the opposite.
        assertEquals(-1, Integer.signum(PythonOrder.compareStrings(highBmp, astral)));
        assertEquals(1, Integer.signum(PythonOrder.compareStrings("b", "a")));
        assertEquals(-1, Integer.signum(PythonOrder.compareStrings("a", "ab")));
        assertEquals(0, PythonOrder.compareStrings("é", "é"));
    }
}
