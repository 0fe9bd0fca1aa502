package io.stratum.ir.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

    @Test
    void findsTyposIncludingSwaps() {
        assertEquals(List.of("apply"), NearestNames.nearest("aply", List.of("apply", "mark_as_X", "mark_as_y"), 3));
        assertEquals(List.of("alpha"), NearestNames.nearest("alpah", List.of("alpha", "fit_intercept", "solver"), 3));
        assertEquals(List.of("salary"), NearestNames.nearest("Salry", List.of("gender", "salary"), 3));
    }

    @Test
    void leavesOutNamesTooFarToBeATypo() {
        assertEquals(List.of(), NearestNames.nearest("zzz", List.of("alpha", "solver"), 3));
    }

    @Test
    void ordersAllCandidatesByCloseness() {
        assertEquals(List.of("salary", "gender", "department"),
                NearestNames.byCloseness("salry", List.of("gender", "department", "salary")));
    }
}
