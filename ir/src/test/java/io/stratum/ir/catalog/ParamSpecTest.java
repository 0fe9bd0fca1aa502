package io.stratum.ir.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.ir.value.Const;
import org.junit.jupiter.api.Test;

class ParamSpecTest {
    private final ApiEntry ridge = StandardCatalog.get().lookup("sklearn.linear_model.Ridge");

    @Test
    void acceptsIntsWhereFloatsAreExpected() {
        assertNull(ridge.param("alpha").check(Const.of(3L)));
        assertNull(ridge.param("alpha").check(Const.of(0.5)));
    }

    @Test
    void explainsWrongTypesAndRanges() {
        assertEquals("'alpha' must be float, got str 'x'", ridge.param("alpha").check(Const.of("x")));
        assertEquals("'alpha' must be >= 0.0, got -1.0", ridge.param("alpha").check(Const.of(-1.0)));
        assertEquals("'alpha' cannot be None", ridge.param("alpha").check(Const.none()));
        assertNull(ridge.param("max_iter").check(Const.none()));
    }

    @Test
    void separatesInvalidFromNotYetSupported() {
        assertNotNull(ridge.param("solver").check(Const.of("newton")));
        assertNull(ridge.param("solver").check(Const.of("sag")));
        assertNotNull(ridge.param("solver").checkSupported(Const.of("sag")));
        assertNull(ridge.param("solver").checkSupported(Const.of("cholesky")));
    }

    @Test
    void catalogListsModulesAndSuggestsNames() {
        ApiCatalog c = StandardCatalog.get();
        // Names come sorted; other estimators of the module may sit between these two.
        java.util.List<String> linear = c.namesIn("sklearn.linear_model");
        assertEquals(true, linear.containsAll(java.util.List.of("ElasticNet", "Lasso", "LinearRegression", "Ridge")), linear.toString());
        assertEquals(linear.stream().sorted().toList(), linear);
        assertEquals(java.util.List.of("Ridge"), c.suggest("sklearn.linear_model", "Rigde"));
        assertEquals(true, c.hasModule("sklearn"));
        assertEquals(true, c.hasModule("sklearn.ensemble"));
        assertEquals(false, c.hasModule("sklearn.svm"));
    }
    /** LGBMRegressor's signature has class_weight too (its wrapper weighs rows by target value): named, runs only None. */
    @Test
    void lightGbmRegressorKnowsClassWeight() {
        ParamSpec classWeight = StandardCatalog.get().lookup("lightgbm.LGBMRegressor").param("class_weight");
        assertNotNull(classWeight);
        assertNull(classWeight.checkSupported(Const.none()));
        assertNotNull(classWeight.checkSupported(Const.of("balanced")));
        assertNull(StandardCatalog.get().lookup("lightgbm.LGBMClassifier").param("class_weight").checkSupported(Const.of("balanced")));
    }
}
