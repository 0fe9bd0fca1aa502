package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.value.Const;
import org.junit.jupiter.api.Test;

/**
 * {@link PythonArithmetic} against CPython 3's answers (each case's expected value or error text is what
 * {@code python3 -c 'print(repr(EXPR))'} prints for the expression in its message): ints stay ints except under
 * {@code /} and a negative power, Python's ZeroDivisionError texts, and the refusals of answers beyond 64-bit ints
 * and of complex powers, where Python answers and Stratum cannot.
 */
class PythonArithmeticTest {

    @Test
    void intsAndFloatsAsPython() {
        assertEquals(Const.of(9L), apply("+", 7, 2), "7+2");
        assertEquals(Const.of(-2L), apply("-", 7, 9), "7-9");
        assertEquals(Const.of(42L), apply("*", 6, 7), "6*7");
        assertEquals(Const.of(3.5), apply("/", 7, 2), "7/2");
        assertEquals(Const.of(1024L), apply("**", 2, 10), "2**10");
        assertEquals(Const.of(0.25), apply("**", 2, -2), "2**-2");
        assertEquals(Const.of(-8L), apply("**", -2, 3), "(-2)**3");
        assertEquals(Const.of(1L), apply("**", 0, 0), "0**0");
        assertEquals(Const.of(1L), apply("**", 1, 1_000_000_000_000_000_000L), "1**(10**18)");
        assertEquals(Const.of(-1L), apply("**", -1, 1_000_000_000_000_000_001L), "(-1)**(10**18+1)");
        assertEquals(Const.of(Long.MIN_VALUE), apply("**", -2, 63), "(-2)**63");
        assertEquals(Const.of(8.5), PythonArithmetic.apply("+", Const.of(7.5), Const.of(1L)), "7.5+1");
        assertEquals(Const.of(0.30000000000000004), PythonArithmetic.apply("*", Const.of(3L), Const.of(0.1)), "3*0.1");
        assertEquals(Const.of(1.4142135623730951), PythonArithmetic.apply("**", Const.of(2.0), Const.of(0.5)),
                "2.0**0.5");
    }

    @Test
    void pythonsErrorsAndStratumsRefusals() {
        assertRefused("ZeroDivisionError: division by zero", () -> apply("/", 1, 0));
        assertRefused("ZeroDivisionError: float division by zero",
                () -> PythonArithmetic.apply("/", Const.of(1.0), Const.of(0L)));
        assertRefused("ZeroDivisionError: float division by zero",
                () -> PythonArithmetic.apply("/", Const.of(1L), Const.of(0.0)));
        assertRefused("ZeroDivisionError: 0.0 cannot be raised to a negative power", () -> apply("**", 0, -1));
        assertRefused("ZeroDivisionError: 0.0 cannot be raised to a negative power",
                () -> PythonArithmetic.apply("**", Const.of(0.0), Const.of(-1L)));
        // Python: (1.0000000000000002+1.7320508075688772j), a complex Stratum does not compute
        assertRefused("complex number", () -> PythonArithmetic.apply("**", Const.of(-8.0), Const.of(1.0 / 3)));
        // Python: 12157665459056928801 and 9223372036854775808, past 64 bits
        assertRefused("beyond the 64 bits", () -> apply("**", 3, 40));
        assertRefused("beyond the 64 bits", () -> apply("*", 1L << 62, 2));
    }

    private static Const apply(String operator, long left, long right) {
        return PythonArithmetic.apply(operator, Const.of(left), Const.of(right));
    }

    private static void assertRefused(String text, org.junit.jupiter.api.function.Executable call) {
        PythonArithmetic.Refused refused = assertThrows(PythonArithmetic.Refused.class, call);
        assertTrue(refused.getMessage().contains(text), refused.getMessage());
    }
}
