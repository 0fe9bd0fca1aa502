package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.exec.RuntimeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Frame operations written in scripts, held to pandas: every case of {@code frontend/reference/make_frame_ops_reference.py}
 * is a script body that pandas ran; Stratum binds the same text, compiles it with the optimizer on and off and
 * computes {@code out}, whose column names, dtypes, row order, values and missing values must be pandas'. The
 * GraalPy frontend must build the same plan from each script.
 */
class FrameOpsScriptTest {
    private static final Path CASES = ExampleScripts.repoRoot().resolve("frontend/src/test/resources/frame_ops");
    private static final String SEARCH = """

            import skrub
            from sklearn.dummy import DummyRegressor
            search = out.skb.mark_as_X().skb.apply(DummyRegressor(), y=flights["delay"].skb.mark_as_y()).skb.make_grid_search(cv=2)
            """;

    static List<String> caseNames() {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py.txt"))
                    .map(n -> n.substring(0, n.length() - ".py.txt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String script(String name) {
        return read(name) + SEARCH;
    }

    private static String read(String name) {
        try {
            return Files.readString(CASES.resolve(name + ".py.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesPandasAnswerWithTheOptimizerOnAndOff() {
        assertTrue(caseNames().size() >= 30, "cases: " + caseNames());
        return caseNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            DataOp search = ScriptBinder.bind(script(name), name + ".py", ExampleScripts.repoRoot()).mainSearch();
            List<List<String>> expected = fixture(name);
            List<String> planDtypes = planDtypesMarkedAsX(search);
            for (boolean optimize : new boolean[] {true, false}) {
                try (MemoryContext memory = MemoryContext.open()) {
                    RuntimeValue out = ScriptFrames.valueMarkedAsX(search, optimize, memory);
                    Table t = switch (out) {
                        case RuntimeValue.Frame f -> f.table();
                        case RuntimeValue.Series s -> Table.of(s.column());
                        default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
                    };
                    assertMatches(expected, t, planDtypes, name + (optimize ? "" : " (optimizer off)"));
                }
            }
        }));
    }

    /** All cases in one script (one GraalPy start): each result kept under its own name, all put side by side. */
    @Test
    void graalPyBuildsTheSamePlanForEveryCase() {
        List<String> bodies = new ArrayList<>();
        for (String name : caseNames()) {
            bodies.add(read(name));
        }
        StringBuilder source = new StringBuilder(allCases(bodies)).append(SEARCH);
        DataOp subset = ScriptBinder.bind(source.toString(), "all_cases.py", ExampleScripts.repoRoot()).mainSearch();
        // one script of every case: minutes on a loaded machine, where a user's script has the default minute
        DataOp python = GraalPyFrontend.bind(source.toString(), "all_cases.py", ExampleScripts.repoRoot(),
                java.time.Duration.ofMinutes(5)).mainSearch();
        assertEquals(subset.node().fingerprint(), python.node().fingerprint());
    }

    /**
     * One script of every case body (each leaving its result in {@code out}): each result kept under its own name,
     * then all put side by side as {@code out}, so one GraalPy start binds every case.
     */
    static String allCases(List<String> bodies) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            source.append(bodies.get(i)).append("out_").append(i).append(" = out\n");
        }
        source.append("out = pd.concat([");
        for (int i = 0; i < bodies.size(); i++) {
            source.append(i == 0 ? "" : ", ").append("out_").append(i);
        }
        return source.append("], axis=1)\n").toString();
    }

    /** print() of shape, len(), dtypes, dtype and columns shows pandas' text, in both frontends. */
    @Test
    void printedFactsArePandasTextInBothFrontends() throws IOException {
        Path dir = ExampleScripts.repoRoot().resolve("frontend/src/test/resources");
        String source = Files.readString(dir.resolve("frame_facts_prints.py.txt"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve("frame_facts_prints.out"), StandardCharsets.UTF_8).stripTrailing();
        for (var bound : List.of(ScriptBinder.bind(source, "prints.py", ExampleScripts.repoRoot()),
                GraalPyFrontend.bind(source, "prints.py", ExampleScripts.repoRoot()))) {
            StringBuilder printed = new StringBuilder();
            for (var action : bound.actions()) {
                printed.append(((io.stratum.frontend.bind.ScriptAction.PrintText) action).text()).append('\n');
            }
            assertEquals(expected, printed.toString().stripTrailing());
        }
    }

    @Test
    void theOperatorsShowInExplain() {
        DataOp search = ScriptBinder.bind(read("drop_duplicates_all") + "out = out.assign(n=out['a'].isna())[left['k2'].isin(['x'])]\n"
                + "out = out['k2'].value_counts(normalize=True).reset_index()\n" + SEARCH, "explain.py", ExampleScripts.repoRoot()).mainSearch();
        var compiled = new Session(new SessionConfig(true, 1)).compile(search);
        String physical = io.stratum.ir.explain.ExplainWriter.explain(compiled.searchPlan().candidates().getFirst().predictions());
        assertTrue(physical.contains("ConcatFrames axis=0") && physical.contains("DropDuplicateRows keep='first'")
                && physical.contains("CountValues normalize=True") && physical.contains("FilterRows"), physical);
    }

    @Test
    void unsupportedFormsAreErrorsAtTheirLine() {
        for (String[] c : new String[][] {
                {"out = pd.concat([left, right], axis=2)", "use axis=0 (rows) or axis=1 (columns)"},
                {"out = pd.concat([left, right], join='inner')", "join at its default, 'outer'"},
                {"out = pd.concat([left, right], keys=['a', 'b'])", "axis, ignore_index and join='outer'"},
                {"out = pd.concat(left)", "non-empty list of frames"},
                {"out = left.drop_duplicates(keep='middle')", "keep must be 'first', 'last' or False"},
                {"out = left.drop_duplicates(subset=['k3'])", "did you mean 'k1' or 'k2'"},
                {"out = left['k2'].value_counts()", "add .reset_index() after value_counts() to turn the keys into columns"},
                {"out = left['k2'].value_counts(bins=3).reset_index()", "bin the column first"},
                {"out = left['k2'].value_counts()['x']", "selecting rows of the result of value_counts() by its keys"},
                {"out = left.merge(left['k2'].value_counts(), on='k2')", "merge() of the result of value_counts() is not supported"},
                {"out = left.groupby('k2')['a'].mean().to_frame()", "add .reset_index() after the aggregation"},
                {"out = left.groupby('k2')['a'].mean() + left['a']", "aligns them on their keys"},
                {"out = left.value_counts(subset=['kk']).reset_index()", "did you mean"},
                {"out = left.assign(w=left['s'].where(left['a'] > 12, left['a']))", "convert one of them with astype"},
                {"out = pd.DataFrame({'a': [1, 'x']})", "mixes kinds of values"},
                {"out = pd.DataFrame({'a': [1, 2], 'b': [1]})", "has 1 values but the columns before it have 2"},
                {"out = pd.DataFrame({'a': [None, None]})", "only None"},
                {"out = pd.DataFrame({'a': [1, 2]}, columns=['b'])", "no column 'b' in the data"},
                {"out = pd.DataFrame({'a': [1, 2]}, index=[3, 4])", "frames have no index"},
                {"out = pd.DataFrame([1, 2])", "dict of column names to lists"},
                // where the plan cannot tell the rows, len() and shape[0] are values computed when the plan runs, which head() refuses
                {"out = left.head(len(left[left['a'] > 11]))", "head(): 'n' must be a constant written in the script"},
                {"out = left.head(left.merge(right, on='k1').shape[0])", "head(): 'n' must be a constant written in the script"},
                {"out = left[[c for c in left['a'].columns]]", "has no attribute 'columns'"},
                {"out = left.head(left.dtype)", "use .dtypes for the dtype of each column"},
                {"out = left.head(len(left['a'].skb.mark_as_X()))", "head(): 'n' must be a constant written in the script"},
                {"out = left[[c for c in left.dtypes if left.dtypes]]", "truth value of a Series is ambiguous"},
                {"out = left.head(left.dtypes['zz'])", "is not in the Series' index"},
                {"out = left.where(left['a'] > 11, left['a'])", "other must be a constant or a frame"},
                {"out = left.where(left['a'] > 11, 0, axis=1)", "argument 'axis' is not supported"},
                {"out = left.where(True)", "needs a boolean column or frame as its condition"},
                {"out = left[['a']].where(left[['k1']].notna())", "no column 'a'"},
                {"out = left.assign(d=left['s'].astype('datetime64[ms]'))", "parse text with pd.to_datetime"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['paris'].astype('datetime64[s]'))",
                        "take the zone off first"},
                {"out = left.sort_values('a', kind='heapsort')", "kind must be 'quicksort' (the default) or 'stable'"},
                {"out = left.assign(p=left['b'].shift(1))", "shift astype(int)"},
                {"out = left.assign(d=left['s'].diff())", "differences of numbers only"},
                {"out = left.assign(p=left['a'].shift(1, fill_value=0))", "write shift(n).fillna(value)"},
                {"out = left.assign(p=left.groupby('k2')['a'].shift(1, fill_value=0))", "write shift(n).fillna(value)"},
                {"out = left.assign(r=left['a'].rolling(0).mean())", "window must be a positive number of rows"},
                {"out = left.assign(r=left['a'].rolling(-2).sum())", "window must be a positive number of rows"},
                {"out = left.assign(r=left['a'].rolling('7D').mean())", "give the window as a number of rows"},
                {"out = left.assign(r=left['a'].rolling(3, closed='left').mean())", "closed='left'"},
                {"out = left.assign(r=left['a'].ewm(span=3).std())", "Stratum computes ewm(...).mean()"},
                {"out = left.assign(r=left['a'].ffill(limit=0))", "limit must be an int greater than 0"},
                {"out = left.assign(r=left['a'].bfill(inplace=True))", "DataOps are not changed in place"},
                {"out = left.assign(r=left['a'].ewm().mean())", "exactly one of com, span, halflife or alpha"},
                {"out = left.assign(r=left['a'].ewm(span=3, alpha=0.5).mean())", "got span, alpha"},
                {"out = left.assign(r=left['a'].ewm(alpha=1.5).mean())", "0 < alpha <= 1"},
                {"out = left.assign(r=left['a'].ewm(halflife='2 days').mean())", "time-based decay"},
                {"out = left.assign(r=left['a'].rolling(2, min_periods=3).mean())", "min_periods 3 must be <= window 2"},
                {"out = left.assign(r=left['a'].rolling(2).agg('mean'))", "no Python runs on the data"},
                {"out = left.assign(r=left['a'].rolling(2).quantile(0.5))", "Stratum computes sum(), mean()"},
                {"out = left.assign(r=left['a'].rolling(2))", "needs a statistic"},
                {"out = left.assign(r=left['s'].rolling(2).mean())", "window statistics of numbers"},
                {"out = left.assign(c=left['s'].cumsum())", "accumulates numbers and bools only"},
                {"out = left.assign(c=left['a'].cumsum(skipna=False))", "leave skipna at its default"},
                {"out = left.assign(c=left['s'].pct_change())", "pct_change() of the str column 's'"},
                {"out = left.assign(c=left['a'].pct_change(fill_method='ffill'))", "x.ffill().pct_change()"},
                {"out = left.assign(c=left.groupby('k2')['s'].cumsum())", "accumulates numbers and bools only"},
                {"out = left.assign(c=left.groupby('k2')['a'].rolling(2).mean())", "indexed by the group keys"},
                {"out = left.assign(c=left.groupby('k2')['a'].cumcount(ascending=False))", "count from the start"},
                {"out = left.assign(c=left.groupby('k2')['a'].rolling(2).mean().reset_index())", "drop them: reset_index(level=0, drop=True)"},
                {"out = left.assign(c=left.groupby(['k2', 'k1'])['a'].rolling(2).mean().reset_index(level=0, drop=True))", "must drop exactly the group keys' levels"},
                {"out = left.assign(c=left.groupby('k2', sort=False)['a'].rolling(2).mean().reset_index(level=0, drop=True))", "leave sort at its default"},
                {"out = left.assign(c=left.groupby('k2')['a'].transform(lambda s: s.rolling(2).mean() * 2))", "one per-row method of it"},
                {"out = left.assign(d=pd.to_datetime(left['a'], unit='h'))", "pass unit='s', 'ms', 'us', 'ns' or 'D'"},
                {"out = left.assign(d=pd.to_datetime(left['s'], unit='s'))", "convert the text to numbers first"},
                {"out = left.assign(d=pd.to_datetime(left['a'], unit='s', format='%Y'))", "not both"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['naive'].dt.tz_convert('UTC'))",
                        "use .dt.tz_localize(...) to give it a time zone first"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['paris'].dt.tz_localize('UTC'))",
                        "use .dt.tz_convert(...) to show it in another zone"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['naive'].dt.tz_localize('Europe/Paris', ambiguous='infer'))",
                        "pandas infers from the order of the rows"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['naive'].dt.tz_localize('Europe/Paris', nonexistent='later'))",
                        "pass nonexistent='raise', 'NaT', 'shift_forward' or 'shift_backward'"},
                {"out = left.assign(u=pd.read_feather('" + ZONES + "')['paris'].dt.tz_convert('Mars/Olympus'))",
                        "unknown time zone 'Mars/Olympus'"},
                {"out = pd.read_feather('" + UNITS + "').assign(x=pd.read_feather('" + UNITS + "')['s'].dt.days)",
                        "subtract another datetime first: (df['end'] - df['start']).dt.days"},
                {"out = pd.read_feather('" + UNITS + "').assign(x=(pd.read_feather('" + UNITS + "')['s'] - pd.read_feather('" + UNITS + "')['ms']).dt.year)",
                        ".dt.year needs a datetime column, but column 's' is timedelta64[ms]"},
                {"out = pd.read_feather('" + UNITS + "').assign(x=(pd.read_feather('" + UNITS + "')['s'] - pd.read_feather('" + UNITS + "')['ms']).dt.total_seconds)",
                        "call it: .dt.total_seconds()"},
                {"out = left.head(len([t for t in pd.read_feather('" + ZONES + "').dtypes]))",
                        "names its time zone, which the plan does not carry"},
                {"out = skrub.choose_from([left, right], name='t').as_data_op().where(left['a'] > 0)",
                        "where() on a whole frame: the columns are not known"},
                {"out = left.assign(d=left['a'].astype('float32') * 2)", "computes with a float32 column"},
                {"out = left[left.astype({'k1': 'float32'})['k1'] > 1.5]", "computes with a float32 column"},
                {"out = left.assign(m=left['k1'].astype('float32').mean())", "computes with a float32 column"},
                {"out = left[['k1', 'a']].astype('float32').sum()", "computes with a float32 column"},
                {"out = left.astype({'k1': 'float32'}).groupby('k2').agg(m=('k1', 'max')).reset_index()", "computes with a float32 column"},
                {"out = left.assign(s=left['k1'].astype('float32').astype(str))", "move astype(\"float32\") after this step"},
                {"out = left.assign(s=left['k1'].astype('float32').fillna(0))", "computes with a float32 column"},
                {"out = left.astype({'k1': 'float32'}).merge(right.astype({'k1': 'float32'}), on='k1')", "not as keys"},
                {"out = left.astype({'a': 'int32'})", "Stratum converts to int, float, float32, str"},
                {"out = left.assign(m=left['s'].max(numeric_only=True))", "does not allow numeric_only=True with non-numeric dtypes"},
                {"out = left.groupby('k2').count(numeric_only=True).reset_index()", "unexpected keyword argument 'numeric_only'"},
                {"out = left[['a', 'b']] - left.quantile(0.5, numeric_only=True)", "cannot take a quantile of the bool column 'b'"},
                {"out = left[['a']] - skrub.choose_from([left, right], name='t').as_data_op().mean(numeric_only=True)",
                        "mean(numeric_only=True): the columns are not known while the plan is built"},
                {"out = left.nlargest(3, 'a', keep='last')", "leave keep at its default, 'first'"},
                {"out = left.nlargest(3, ['a', 'k1'])", "by several columns is not supported"},
                {"out = left.nsmallest(3, 's')", "Column 's' has dtype str, cannot use method 'nsmallest' with this dtype"},
                {"out = left.nlargest(3)", "missing 1 required positional argument: 'columns'"},
                {"out = left['s'].nlargest(2)", "Cannot use method 'nlargest' with dtype str"},
                {"out = left.nlargest(2, 'zz')", "no column 'zz' in the frame"},
                {"out = left.sample(3)", "pass random_state=<an int>"},
                {"out = left.sample(3, frac=0.5, random_state=0)", "Please enter a value for `frac` OR `n`, not both"},
                {"out = left.sample(frac=1.5, random_state=0)", "upsampling the population `frac` > 1"},
                {"out = left.sample(n=-1, random_state=0)", "A negative number of rows requested"},
                {"out = left.sample(2, replace=True, random_state=0)", "without replacement"},
                {"out = left.sample(2, weights='a', random_state=0)", "equal weights"},
                {"out = left.iloc[0, 1:3]", "take a list of one row"},
                {"out = left.iloc[:, 7]", "single positional indexer is out-of-bounds"},
                {"out = left.iloc[:3, [0, -9]]", "positional indexers are out-of-bounds"},
                {"out = left.iloc[:3, ['a']]", "takes positions (ints)"},
                {"out = left.query('zz > 1 and a < 3')", "name 'zz' is not defined (the frame has no such column), at 'zz' (character 1 of the expression)"},
                {"out = left.query('a > 1 and')", "(character 10 of the expression)"},
                {"out = left.query('a > @t')", "local variable 't' ('@t') is not defined in the script"},
                {"out = left.query('a > @left')", "compare with a mask instead"},
                {"out = left.query('k2.str.len() > 1')", "calls, attributes and subscripts are not supported in a query, at 'k2.str.len()'"},
                {"out = left.query(3)", "takes the expression as a str"},
                {"out = left.query('a > 1', inplace=True)", "argument inplace=True is not supported"},
                {"out = left.query('3 > 1')", "this compares or combines constants only; a query condition reads a column, at '3 > 1'"},
                {"out = left.select_dtypes()", "at least one of include or exclude must be nonempty"},
                {"out = left.select_dtypes(include=[], exclude=None)", "at least one of include or exclude must be nonempty"},
                {"out = left.select_dtypes(include='number', exclude=['bool', 'number'])", "include and exclude overlap"},
                {"out = left.select_dtypes(include='datetime64[ms]')", "too specific of a frequency, try passing 'datetime64'"},
                {"out = left.select_dtypes(include='datetime64[ns, UTC]')", "write \"datetimetz\""},
                {"out = left.select_dtypes(include='bogus')", "data type 'bogus' not understood"},
                {"out = left.select_dtypes(include='U')", "numpy string dtypes are not allowed"},
                {"out = left.select_dtypes(include=3)", "must name dtypes, got 3"},
                {"out = left.select_dtypes('number', include='bool')", "multiple values for argument 'include'"},
                {"out = left.select_dtypes(kind='number')", "unexpected keyword argument 'kind'"},
                {"out = left['a'].select_dtypes('number')", "has no method select_dtypes()"},
                {"out = skrub.choose_from([left, right], name='t').as_data_op().select_dtypes('number')",
                        "select_dtypes(): the columns are not known while the plan is built: they depend on the outcome of a choice"},
                {"out = skrub.choose_from([left, right], name='t').as_data_op().rename(columns=str.upper)",
                        "rename(columns=function) calls the function on each column name"},
                {"out = left.rename(columns=lambda c: c.swapcase())", "str has no method swapcase"},
                {"out = left.rename(columns=lambda c: len(c))", "Stratum's column names are str"},
                {"out = pd.DataFrame({'rows': [len(left[left['a'] > 11])]})", "cannot be an item of a list or dict"}}) {
            String source = read("concat_rows").replace("out = pd.concat([left, right])", c[0]) + SEARCH;
            Throwable e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new Session(
                    new SessionConfig(true, 1)).compile(ScriptBinder.bind(source, "bad.py", ExampleScripts.repoRoot()).mainSearch()), c[0]);
            String text = e.getMessage() + " " + (e instanceof io.stratum.ir.diagnostics.StratumError se ? se.hint()
                    : e instanceof io.stratum.frontend.syntax.ScriptError sc ? sc.hint() : "");
            int line = e instanceof io.stratum.ir.diagnostics.StratumError se ? se.origin().line()
                    : e instanceof io.stratum.frontend.syntax.ScriptError sc ? sc.line() : -1;
            assertEquals(7, line, c[0] + ": " + text);
            assertTrue(text.contains(c[1]), c[0] + ": " + text);
        }
    }

    private static boolean float32Values(Float64Column c) {
        for (int i = 0; i < c.length(); i++) {
            double v = c.getDouble(i);
            if (!Double.isNaN(v) && (double) (float) v != v) {
                return false;
            }
        }
        return true;
    }

    /** A sample of more rows than the data has is numpy's error, at the script line, when the plan runs. */
    @Test
    void aSampleLargerThanTheRowsIsAnErrorAtItsLineWhenItRuns() {
        String source = read("concat_rows").replace("out = pd.concat([left, right])",
                "out = left[left['a'] > 11].sample(n=7, random_state=0)") + SEARCH;
        DataOp search = ScriptBinder.bind(source, "bad.py", ExampleScripts.repoRoot()).mainSearch();
        for (boolean optimize : new boolean[] {true, false}) {
            try (MemoryContext memory = MemoryContext.open()) {
                io.stratum.ir.diagnostics.StratumError e = org.junit.jupiter.api.Assertions.assertThrows(
                        io.stratum.ir.diagnostics.StratumError.class, () -> ScriptFrames.valueMarkedAsX(search, optimize, memory));
                assertEquals(7, e.origin().line(), e.getMessage());
                assertTrue(e.getMessage().contains("Cannot take a larger sample than population when 'replace=False'"), e.getMessage());
            }
        }
    }

    private static final String ZONES = "frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather";
    private static final String UNITS = "frontend/src/test/resources/frame_ops_inputs/datetime_units.feather";

    /**
     * Comparisons and arithmetic of datetimes and durations that pandas refuses, or that Stratum cannot do as pandas
     * would, fail at their line.
     */
    @Test
    void datetimeComparisonsAndArithmeticPandasRefusesAreErrorsAtTheirLineWhenTheyRun() {
        String units = "pd.read_feather('" + UNITS + "')";
        String zones = "pd.read_feather('" + ZONES + "')";
        for (String[] c : new String[][] {
                {"out = " + units + "['s'] < 5", "Invalid comparison between dtype=datetime64[s] (column 's') and int"},
                {"out = 2.5 >= " + units + "['ms']", "Invalid comparison between dtype=datetime64[ms] (column 'ms') and float"},
                {"out = " + units + "['us'] > '2020-01-01T00:00:00+01:00'", "and str with '>'"},
                {"out = " + zones + "['naive'] <= " + zones + "['utc']", "dtype=datetime64[us, UTC] (column 'utc')"},
                {"out = " + units + "['ns'] < '01/02/2020'", "write it as '2020-01-31'"},
                {"out = " + units + "['ns'] == '2020-02-30'", "not a valid date"},
                {"out = " + zones + "['paris'] < '2020-03-29 02:30'", "does not exist in Europe/Paris"},
                {"out = " + zones + "['paris'] > '2020-10-25 02:30'", "happens twice in Europe/Paris"},
                {"out = " + units + "['s'] == " + units + "['k']", "convert the other column first"},
                {"out = " + zones + "['naive'] - " + zones + "['utc']", "Cannot subtract tz-naive and tz-aware"},
                {"out = " + zones + "[['k', 'utc']].merge(" + zones + "[['paris']].rename(columns={'paris': 'utc'}), on='utc')",
                        "which pandas merges into an object column; convert both to one time zone first"},
                {"out = " + zones + "[['k', 'utc']].merge(" + zones + "[['naive']].rename(columns={'naive': 'utc'}), on='utc')",
                        "you are trying to merge on datetime64[us, UTC] and datetime64[us] columns for key 'utc'"},
                {"out = " + units + "[['k', 's']].merge(" + units + "[['k']].rename(columns={'k': 's'}), on='s')",
                        "the key 's' is datetime64[s] in the left frame and 's' is int64 in the right one"},
                {"out = " + units + "['s'] - '2020-01-01'", "unsupported operand type(s) for -: the datetime64[s] column 's' and the str '2020-01-01'"},
                {"out = (" + units + "['s'] - " + units + "['ms']) > 5", "Invalid comparison between dtype=timedelta64[ms] (column 's') and int"},
                {"out = " + units + "['s'] * " + units + "['ms']", "Stratum subtracts datetimes (giving durations)"},
                {"out = (" + units + "['s'] - " + units + "['ms']).astype(float)", ".dt.total_seconds() or .dt.days"},
                {"out = " + units + "['s'] != " + units + "['s'].astype(str)", "between the datetime64[s] column 's' and the str column 's'"},
                {"out = " + units + "['s'].dt.floor('W')", "weeks and months are not fixed"},
                {"out = " + units + "['s'].dt.round('H')", "Stratum rounds to fixed frequencies"},
                {"out = " + units + "['s'].dt.strftime('%Y week %U')", "Stratum does not write %U yet"},
                {"out = " + zones + "['paris'].dt.floor('h')", "of the time-zone-aware column 'paris' is not supported"},
                {"out = " + units + "['k'].dt.day_name()", "needs a datetime column"},
                {"out = " + units + "['s'] + pd.Timestamp('2020-01-01')", "is not supported"}}) {
            String source = read("concat_rows").replace("out = pd.concat([left, right])", c[0]) + SEARCH;
            DataOp search = ScriptBinder.bind(source, "bad.py", ExampleScripts.repoRoot()).mainSearch();
            for (boolean optimize : new boolean[] {true, false}) {
                try (MemoryContext memory = MemoryContext.open()) {
                    io.stratum.ir.diagnostics.StratumError e = org.junit.jupiter.api.Assertions.assertThrows(
                            io.stratum.ir.diagnostics.StratumError.class, () -> ScriptFrames.valueMarkedAsX(search, optimize, memory), c[0]);
                    assertEquals(7, e.origin().line(), c[0] + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
                }
            }
        }
    }

    private static List<List<String>> fixture(String name) {
        return ReferenceCsv.records(CASES.resolve(name + ".csv"));
    }

    /** The dtypes the plan gives the frame marked as X while it is built ({@code FrameFacts}), or null when unknown. */
    private static List<String> planDtypesMarkedAsX(DataOp search) {
        java.util.ArrayDeque<io.stratum.ir.logical.LogicalNode> todo = new java.util.ArrayDeque<>(List.of(search.node()));
        while (!todo.isEmpty()) {
            io.stratum.ir.logical.LogicalNode n = todo.pop();
            if (n instanceof io.stratum.ir.logical.MarkX x) {
                io.stratum.frontend.api.FrameFacts facts = io.stratum.frontend.api.FrameFacts.of(DataOp.of(x.input()),
                        io.stratum.ir.catalog.StandardCatalog.get());
                return facts == null ? null : facts.dtypes();
            }
            todo.addAll(n.inputs());
        }
        return null;
    }

    static void assertMatches(List<List<String>> expected, Table actual, String what) {
        assertMatches(expected, actual, null, what);
    }

    /**
     * pandas' names, dtypes (its {@code object} for a bool column that gained missing values is Stratum's nullable
     * bool, a documented difference; its {@code float32} is a float64 column of float32-rounded values that the plan,
     * {@code planDtypes}, types float32), row count and values: integers, strings and bools exactly, floats to 1e-12.
     */
    static void assertMatches(List<List<String>> expected, Table actual, List<String> planDtypes, String what) {
        List<String> names = expected.get(0);
        List<String> dtypes = expected.get(1);
        List<List<String>> rows = expected.subList(2, expected.size());
        assertEquals(names, actual.columnNames(), what + ": column names");
        for (int j = 0; j < names.size(); j++) {
            Column c = actual.column(j);
            boolean objectBool = dtypes.get(j).equals("object") && c.type() == DataType.BOOL;
            boolean float32 = dtypes.get(j).equals("float32") && c instanceof Float64Column f && planDtypes != null
                    && planDtypes.get(j).equals("float32") && float32Values(f);
            assertTrue(objectBool || float32 || dtypes.get(j).equals(c.dtypeName()),
                    what + ": dtype of '" + names.get(j) + "' is " + c.dtypeName() + ", pandas has " + dtypes.get(j));
        }
        assertEquals(rows.size(), actual.rowCount(), what + ": row count");
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                String e = rows.get(i).get(j);
                Column c = actual.column(j);
                String where = what + ": row " + i + ", column '" + names.get(j) + "'";
                // pandas_format writes a datetime's NaT as str(NaT)
                if (e.equals("<NA>") || e.equals("NaT") && (c instanceof TimestampColumn || c instanceof TimedeltaColumn)) {
                    assertTrue(c.isMissing(i), where + ": expected missing, got " + c.format(i));
                    continue;
                }
                if (c.isMissing(i)) {
                    fail(where + ": expected " + e + ", got missing");
                }
                switch (c) {
                    case Int64Column x -> assertEquals(Long.parseLong(e), x.getLong(i), where);
                    case Float64Column x -> {
                        // Python's repr of the infinities
                        double want = e.equals("inf") ? Double.POSITIVE_INFINITY : e.equals("-inf")
                                ? Double.NEGATIVE_INFINITY : Double.parseDouble(e);
                        double got = x.getDouble(i);
                        assertTrue(want == got || Math.abs(want - got) <= 1e-12 * Math.abs(want), where + ": expected " + want + ", got " + got);
                    }
                    case StringColumn x -> assertEquals(e, x.getString(i), where);
                    case BoolColumn x -> assertEquals(e, x.getBoolean(i) ? "True" : "False", where);
                    case TimestampColumn x -> assertEquals(e, x.format(i), where);
                    case TimedeltaColumn x -> assertEquals(e, x.format(i), where);
                }
            }
        }
    }
}
