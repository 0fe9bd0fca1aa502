package io.stratum.ir.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstTest {

    @Test
    void reprFollowsPython() {
        assertEquals("[0.1, 1.0, 10]", new Const.ListConst(List.of(Const.of(0.1), Const.of(1.0), Const.of(10L))).repr());
        assertEquals("(1,)", new Const.ListConst(List.of(Const.of(1L)), true).repr());
        assertEquals("{'a': True, 'b': None}",
                new Const.DictConst(List.of(Const.of("a"), Const.of("b")), List.of(Const.of(true), Const.none())).repr());
    }

    @Test
    void asStringsRefusesMixedLists() {
        assertEquals(List.of("a", "b"), ((Const.ListConst) Const.ofStrings(List.of("a", "b"))).asStrings());
        assertNull(new Const.ListConst(List.of(Const.of("a"), Const.of(1L))).asStrings());
    }

    @Test
    void dictNeedsAsManyValuesAsKeys() {
        assertThrows(IllegalArgumentException.class, () -> new Const.DictConst(List.of(Const.of("a")), List.of()));
    }
}
