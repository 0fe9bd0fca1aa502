package io.stratum.ir.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's repr of floats and strings; expected values printed by CPython 3.11 (see the comment per row). */
class PyFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1", "1.0|1.0", "10.0|10.0", "1e16|1e+16", "1e-5|1e-05", "123456789.123|123456789.123",
        "-0.0|-0.0", "2.5e-7|2.5e-07", "1e22|1e+22", "Infinity|inf", "-Infinity|-inf", "NaN|nan",
        "0.0001|0.0001", "1234567890123456.0|1234567890123456.0", "5e-324|5e-324", "-3.25|-3.25"})
    void floatReprMatchesPython(double value, String python) {
        assertEquals(python, PyFormat.floatRepr(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "abc|'abc'", "it's|\"it's\"", "a\"b|'a\"b'"})
    void strReprMatchesPython(String value, String python) {
        assertEquals(python, PyFormat.strRepr(value));
    }

    @org.junit.jupiter.api.Test
    void escapesControlCharacters() {
        assertEquals("'tab\\there'", PyFormat.strRepr("tab\there"));
        assertEquals("'a\\nb'", PyFormat.strRepr("a\nb"));
    }
}
