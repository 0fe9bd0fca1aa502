package io.stratum.frontend.cli;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.session.SearchResults;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SessionConfig;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stratum run SCRIPT}: runs the script's search and prints what the script printed, or its results. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a DataOps script's search and print the results.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScriptOptions options = new ScriptOptions();

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Mixin
    MemoryOptions memory = new MemoryOptions();

    @Option(names = "--stats", description = "End with the heavy hitters: operators by time, with task and cache-hit"
            + " counts (under \"stats\" with --format json).")
    boolean stats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        options.notes = line -> {
            err.println(line);
            err.flush();
        };
        boolean json = false;
        SearchProgress progress = SearchProgress.start(err);
        io.stratum.frontend.bind.TracedScript traced = null;
        ScriptOutput output = new ScriptOutput();
        try {
            json = options.json();
            SessionConfig config = memory.apply(SessionConfig.defaults().withOptimizer(!options.noOptimizer));
            if (threads != null) {
                if (threads < 1) {
                    throw new StratumError(Origin.NONE, "--threads must be at least 1", null);
                }
                config = config.withThreads(threads);
            }
            long start = System.nanoTime();
            if (options.isBatch()) {
                return runBatch(options.bindBatch(), new Session(config, cache.open()), start, json, out, progress);
            }
            // the statements before the first one Stratum refuses run and print, as in Python; then the refusal
            traced = options.trace();
            BoundScript bound = traced.bound();
            Session session = new Session(config, cache.open());
            try {
                Map<DataOp, SearchResults> ran = new IdentityHashMap<>();
                Map<io.stratum.frontend.api.CrossValidation, io.stratum.frontend.session.CrossValidationResults> validated =
                        new IdentityHashMap<>();
                boolean showed = false;
                boolean evaluated = false;
                // print("best:", search.best_score_) and the like: run the search, then write its values in
                java.util.function.UnaryOperator<String> resolved = text -> io.stratum.frontend.bind.DeferredValue.resolve(text,
                        bound.deferred(), d -> d.value() != null
                                ? writtenValue(session, d)
                                : d.predicted() != null
                                ? number(d, PredictedNumbers.of(session, d,
                                        search -> ran.computeIfAbsent(search, run -> warned(session.run(run, progress), err))))
                                : d.newData() != null
                                ? number(d, session.score(d.newData(), search -> ran.computeIfAbsent(search,
                                        run -> warned(session.run(run, progress), err))))
                                : d.cv() != null
                                ? deferredText(d, validated.computeIfAbsent(d.cv(), cv -> warnedCv(session.crossValidate(cv,
                                        progress), err)))
                                : deferredText(d, ran.computeIfAbsent(d.search(), search -> warned(session.run(search, progress), err))));
                PrintWriter shown = output.writer();
                // what the actions before each one printed is shown once no action left can fail before it
                int[] safe = traced.firstFailurePositions();
                for (int i = safe.length - 2; i >= 0; i--) {
                    safe[i] = Math.min(safe[i], safe[i + 1]);
                }
                int next = 0;
                for (ScriptAction action : bound.actions()) {
                    output.release(out, safe[next++]);
                    switch (action) {
                        case ScriptAction.PrintText t -> {
                            String text = t.text();
                            if (io.stratum.frontend.bind.DeferredValue.hasToken(text)) {
                                try {
                                    text = resolved.apply(text);
                                } catch (StratumError e) {
                                    // a value that cannot be written as Python would (round() of a results_ row's text)
                                    throw e.at(t.origin());
                                }
                                showed = true;
                            }
                            if (!json) {
                                shown.println(text);
                            }
                        }
                        case ScriptAction.WriteCsv w -> {
                            writeCsv(session, w);
                            evaluated = true;
                        }
                        case ScriptAction.WriteSearchCsv w -> {
                            SearchResults r = ran.computeIfAbsent(w.search(), search -> warned(session.run(search, progress), err));
                            io.stratum.runtime.exec.CopiedValue table = ResultsTable.viewed(r,
                                    w.attribute().equals("detailed_results_"), w.view(), w.origin());
                            write(w.write(), table, 0, true, w.origin());
                            showed = true;
                        }
                        case ScriptAction.ShowSearch s -> {
                            SearchResults r = ran.computeIfAbsent(s.search(), search -> warned(session.run(search, progress), err));
                            if (!json) {
                                shown.print(resolved.apply(s.prefix()));
                                shown.print(s.view().equals(io.stratum.frontend.bind.ResultsView.TABLE) ? show(r, s.attribute())
                                        : ResultsTable.results(r, s.attribute().equals("detailed_results_"), s.view(), s.origin()));
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowSearchRow s -> {
                            SearchResults r = ran.computeIfAbsent(s.search(), search -> warned(session.run(search, progress), err));
                            if (!json) {
                                shown.print(resolved.apply(s.prefix()));
                                shown.print(ResultsTable.row(r, s.attribute().equals("detailed_results_"), s.row(), s.origin()));
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowScore s -> {
                            SearchResults r = ran.computeIfAbsent(s.search(), search -> warned(session.run(search, progress), err));
                            if (!json) {
                                line(shown, resolved.apply(s.prefix()) + io.stratum.ir.value.PyFormat.floatRepr(Session.onlyScore(r)),
                                        s.suffix(), resolved);
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowReport r -> {
                            io.stratum.runtime.exec.CopiedValue[] in = session.reportInputs(r.report(),
                                    search -> ran.computeIfAbsent(search, run -> warned(session.run(run, progress), err)));
                            String text;
                            try {
                                text = r.report().function().equals("confusion_matrix")
                                        ? ClassificationReportText.confusionMatrix(in[0], in[1])
                                        : ClassificationReportText.report(in[0], in[1], r.report().digits(),
                                                r.report().targetNames());
                            } catch (io.stratum.runtime.data.DataException e) {
                                throw new StratumError(r.origin(), r.report().function() + "(): " + e.getMessage(), null);
                            }
                            if (!json) {
                                line(shown, resolved.apply(r.prefix()) + text, r.suffix(), resolved);
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowTestTarget t -> {
                            io.stratum.runtime.exec.CopiedValue target = session.testTarget(t.split(), t.origin());
                            if (!json) {
                                line(shown, resolved.apply(t.prefix()) + PandasText.of(target), t.suffix(), resolved);
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowPredictions p -> {
                            io.stratum.runtime.exec.CopiedValue array = NumpyIndexing.of(session, p.predictions(),
                                    search -> ran.computeIfAbsent(search, run -> warned(session.run(run, progress), err)),
                                    p.origin());
                            if (!json) {
                                line(shown, resolved.apply(p.prefix()) + (p.predictions().series() ? PandasText.of(array)
                                        : NumpyArrayText.of(array)), p.suffix(), resolved);
                            }
                            showed = true;
                        }
                        case ScriptAction.ShowEvaluation e -> {
                            io.stratum.runtime.exec.CopiedValue value = session.evaluate(e.evaluation());
                            requireMachineIndependent(session, e.evaluation(), value, e.origin());
                            if (!json) {
                                line(shown, resolved.apply(e.prefix()) + (e.evaluation().numpyArray()
                                        ? predictionsArray(value, e.view(), e.origin())
                                        : KeyedText.orPandas(value, e.view(), e.evaluation(),
                                        float32Columns(e.evaluation()))), e.suffix(), resolved);
                            }
                            evaluated = true;
                        }
                        case ScriptAction.ShowPredictionFrame f -> {
                            io.stratum.runtime.exec.CopiedValue value = PredictionFrameValue.of(session, f.frame(),
                                    search -> ran.computeIfAbsent(search, run -> warned(session.run(run, progress), err)));
                            if (!json) {
                                boolean counted = "value_counts".equals(f.frame().summarized());
                                String text = f.view() == io.stratum.frontend.api.DataOpPrint.View.SHAPE
                                        ? (value.frame() && !counted ? "(" + value.rows() + ", " + value.columns().size()
                                        + ")" : "(" + value.rows() + ",)")
                                        // the values are the index of value_counts' Series, named as the Series was
                                        : counted ? KeyedText.of(value, new io.stratum.frontend.api.KeyedShape(1, true,
                                        false, null, null, !value.columns().getFirst().name().isEmpty(), false, null))
                                        : PandasText.of(value);
                                line(shown, resolved.apply(f.prefix()) + text, f.suffix(), resolved);
                            }
                            showed = true;
                        }
                        case ScriptAction.WritePredictionFrameCsv w -> {
                            if (w.frame().summarized() != null) {
                                throw new StratumError(w.origin(), "Stratum prints the result of "
                                        + w.frame().summarized() + "() of predictions, and does not write it",
                                        "print it: print(pd.Series(preds)." + w.frame().summarized() + "())");
                            }
                            io.stratum.runtime.exec.CopiedValue value = PredictionFrameValue.of(session, w.frame(),
                                    search -> ran.computeIfAbsent(search, run -> warned(session.run(run, progress), err)));
                            write(w.write(), value, 0, true, w.origin());
                            showed = true;
                        }
                        case ScriptAction.ShowCrossValidation c -> {
                            io.stratum.frontend.session.CrossValidationResults r = validated.computeIfAbsent(c.cv(),
                                    cv -> warnedCv(session.crossValidate(cv, progress), err));
                            ran.putIfAbsent(c.cv().search(), r.search());
                            if (!json) {
                                shown.print(resolved.apply(c.prefix()));
                                shown.print(c.column() == null ? CrossValidationTable.table(c.cv(), r, c.view())
                                        : CrossValidationTable.column(r, c.column(), c.view()));
                            }
                            showed = true;
                        }
                    }
                    output.actionDone();
                }
                output.releaseAll(out);
                if (traced.failure() != null) {
                    out.flush();
                    throw traced.failure();
                }
                DataOp main = bound.mainSearch();
                if (main == null && (evaluated || !bound.actions().isEmpty())) {
                    // A script that only evaluates or describes DataOps (.skb.eval(), .skb.describe_param_grid()) runs no
                    // search.
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (json) {
                        out.printf(Locale.ROOT, "{\"wall_time_seconds\": %.3f}%n", seconds);
                    } else {
                        out.printf(Locale.ROOT, "wall time: %.3f s (no search, optimizer %s)%n", seconds,
                                options.noOptimizer ? "off" : "on");
                    }
                    out.flush();
                    return 0;
                }
                if (main == null) {
                    throw new StratumError(Origin.NONE, options.script + " builds no search",
                            "end the pipeline with .skb.make_grid_search(cv=5, scoring=\"r2\", fitted=True) and print(search.results_)");
                }
                SearchResults results = ran.computeIfAbsent(main, search -> warned(session.run(search, progress), err));
                if (json) {
                    out.print(JsonOutput.results(results, stats));
                } else {
                    if (!showed) {
                        // Stratum's own report of a script that printed nothing: the whole table, as to_string() prints it
                        out.print(ResultsTable.results(results, false, WHOLE_TABLE, Origin.NONE));
                    }
                    // a search tuned on split["train"] and scored on split["test"]: the tuning search's candidates and folds
                    SearchResults counted = session.selectionResults(main);
                    counted = counted != null ? counted : results;
                    out.printf(Locale.ROOT, "wall time: %.3f s (%d candidates x %d folds, optimizer %s)%n",
                            (System.nanoTime() - start) / 1e9, counted.rows().size(), counted.folds(),
                            options.noOptimizer ? "off" : "on");
                    if (stats) {
                        out.print(StatsReport.heavyHitters(results.outcome().stats()));
                    }
                }
                out.flush();
                return 0;
            } finally {
                // the learners it kept fitted for predictions on new data
                session.close();
            }
        } catch (io.stratum.runtime.search.SearchCancelled e) {
            // Ctrl-C: the cells that were running finished and their results are cached; nothing else started.
            output.releaseAll(out);
            out.flush();
            progress.close();
            err.println("stratum: interrupted after " + e.done() + " of " + e.cells() + " cells;"
                    + " finished work is kept in the cache when --cache is given");
            err.flush();
            return 130;
        } catch (RuntimeException | Error e) {
            if (traced != null) {
                output.releaseBefore(e, traced, out);
            }
            out.flush();
            return Diagnostics.report(e, options.sources, options.debug, json, out, err);
        } finally {
            progress.close();
        }
    }

    /**
     * A batch prints one results table (the scripts' own prints would repeat each other's searches), with the
     * {@code script} choice first.
     */
    private int runBatch(io.stratum.frontend.session.ScriptBatch batch, Session session, long start, boolean json, PrintWriter out,
                         SearchProgress progress) {
        SearchResults results = warned(session.run(batch.search(), progress), spec.commandLine().getErr());
        if (json) {
            out.print(JsonOutput.results(results, stats));
        } else {
            out.print(ResultsTable.results(results, false, WHOLE_TABLE, Origin.NONE));
            out.printf(Locale.ROOT, "wall time: %.3f s (%d scripts, %d candidates x %d folds, optimizer %s)%n",
                    (System.nanoTime() - start) / 1e9, batch.scripts().size(), results.rows().size(), results.folds(),
                    options.noOptimizer ? "off" : "on");
            if (stats) {
                out.print(StatsReport.heavyHitters(results.outcome().stats()));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * {@code shown} then {@code suffix} and the end of the line; a null {@code suffix} leaves the line open for the next
     * value of the same print() ({@link io.stratum.frontend.bind.ScriptAction.ShowEvaluation}).
     */
    private static void line(java.io.PrintWriter out, String shown, String suffix,
                             java.util.function.UnaryOperator<String> resolved) {
        if (suffix == null) {
            out.print(shown);
        } else {
            out.println(shown + resolved.apply(suffix));
        }
    }

    /** Every row and column of a results table (what a script's print would cut is Stratum's own report here). */
    private static final io.stratum.frontend.bind.ResultsView WHOLE_TABLE = io.stratum.frontend.bind.ResultsView.TABLE.asText();

    /** {@code df.to_csv(path, ...)}: the value computed and written as pandas writes it; a failed write names the file. */
    private static void writeCsv(Session session, ScriptAction.WriteCsv w) {
        io.stratum.frontend.api.CsvWrite write = w.write();
        io.stratum.optimizer.metadata.MachineDependentDigits.Found digits = session.machineDependentDigits(write.value(),
                write.columns());
        if (digits != null) {
            throw new StratumError(w.origin(), "to_csv() would write " + (digits.column() == null ? "values"
                    : "column '" + digits.column() + "'") + " in full after " + stepText(digits.step())
                    + ", whose last digit depends on the machine numpy runs on" + MACHINES,
                    "round " + (digits.column() == null ? "them before writing: .round(6)" : "it before writing: df[\""
                    + digits.column() + "\"].round(6)") + " (rounded digits are the same on every machine)");
        }
        io.stratum.runtime.exec.CopiedValue value = session.evaluate(write.value());
        io.stratum.frontend.api.KeyedShape keyed = value.scalar() == null && value.frame()
                ? io.stratum.frontend.api.KeyedShape.of(write.value(), io.stratum.ir.catalog.StandardCatalog.get()) : null;
        if (keyed != null && (keyed.view() != null || keyed.tops() != null)) {
            throw new StratumError(w.origin(), "to_csv() of this grouped result is not supported by Stratum yet",
                    "write .reset_index().to_csv(path, index=False)");
        }
        write(write, value, keyed == null ? 0 : keyed.levels(), keyed == null || keyed.indexNamed() || keyed.multi(),
                w.origin());
    }

    /** Why Stratum cannot give numpy's last digits after np.log1p, {@code ** 1.5} and the like. */
    private static final String MACHINES = " (numpy computes log, log1p, exp, expm1, sin, cos and powers other than"
            + " squares, square roots and reciprocals with its own AVX-512 routines or the C library's, depending on the"
            + " CPU, and Java's differ from both in the last bit of a few values in a hundred)";

    /** {@code np.log1p (line 5)}: the step as the script wrote it, with its line. */
    private static String stepText(io.stratum.optimizer.metadata.MachineDependentDigits.Step step) {
        return step.written() + (step.origin().isKnown() ? " (line " + step.origin().line() + ")" : "");
    }

    /**
     * Refuses to write a number computed from the data in full ({@code print(df["x"].mean())}, {@code str()}) when its
     * last digits depend on the machine numpy runs on ({@link Session#machineDependentDigits}).
     */
    private static void requireMachineIndependent(Session session, io.stratum.frontend.api.Evaluation evaluation,
                                                  io.stratum.runtime.exec.CopiedValue value, Origin origin) {
        if (value.scalar() == null || !(io.stratum.frontend.bind.DeferredValue.parsed(value.scalar())
                instanceof io.stratum.ir.value.Const.FloatConst)) {
            return;
        }
        io.stratum.optimizer.metadata.MachineDependentDigits.Found digits = session.machineDependentDigits(evaluation, null);
        if (digits != null) {
            throw new StratumError(origin, "Stratum does not write in full a number computed after "
                    + stepText(digits.step()) + ": its last digit depends on the machine numpy runs on" + MACHINES,
                    "round it or format it: round(x, 6) or f\"{x:.6f}\" (rounded digits are the same on every machine)");
        }
    }

    /** {@code value} written to {@code write}'s file as pandas writes it; what fails names the line. */
    private static void write(io.stratum.frontend.api.CsvWrite write, io.stratum.runtime.exec.CopiedValue value,
                              int keyLevels, boolean keysNamed, Origin origin) {
        String text;
        try {
            text = PandasCsv.text(value, write, keyLevels, keysNamed);
        } catch (IllegalArgumentException e) {
            throw new StratumError(origin, "to_csv(): " + e.getMessage(), null);
        }
        try {
            java.nio.file.Files.writeString(write.path(), text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new StratumError(origin, "to_csv(): cannot write " + write.path() + ": " + e.getMessage(),
                    "check that the folder exists and can be written");
        }
    }

    /** A search's result as Python's str, round() and format() write it into text ({@link io.stratum.frontend.bind.DeferredValue}). */
    static String deferredText(io.stratum.frontend.bind.DeferredValue d, SearchResults r) {
        if (d.row() != null) {
            return rowText(d, ResultsTable.rowValue(r, d.attribute().equals("detailed_results_"), d.row(), d.key(),
                    io.stratum.ir.node.Origin.NONE));
        }
        if (d.label()) {
            // results_["mean_test_score"].idxmax(): the row label, numpy's int64
            long label = ResultsTable.labelOf(r, d.attribute(), d.key(), d.reduction().equals("idxmax"),
                    io.stratum.ir.node.Origin.NONE);
            io.stratum.ir.value.Const value = io.stratum.ir.value.Const.of(label);
            return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(value, d.spec())
                    : d.repr() ? "np.int64(" + label + ")" : Long.toString(label);
        }
        if (d.key() != null && d.reduction() != null) {
            // results_["mean_test_score"].max(), as pandas reduces the column
            double[] column = ResultsTable.column(r, d.attribute(), d.key(), io.stratum.ir.node.Origin.NONE);
            return number(d, reduce(d.reduction(), column));
        }
        if (!d.attribute().equals("best_score_")) {
            return show(r, d.attribute()).stripTrailing();
        }
        return number(d, r.bestScore());
    }

    /**
     * A value of a results_ row ({@code best["alpha"]}) as Python writes it: numpy's scalars and Python's. Python's
     * {@code round(x, n)} of numpy's scalar is numpy's round ({@code __round__}), as is {@code x.round(n)}: for a
     * float64 it scales by a power of ten and rounds half to even, so {@code round(np.float64(2.675), 2)} is 2.68
     * where Python's round of the float is 2.67; an int64 stays an int64.
     */
    private static String rowText(io.stratum.frontend.bind.DeferredValue d, ResultsTable.RowValue v) {
        boolean plain = d.round() == null && d.arithmetic().isEmpty() && !d.negated();
        boolean digits = d.round() != null && d.round() != io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT;
        switch (v.value()) {
            case io.stratum.ir.value.Const.FloatConst f when v.numpy() && digits -> {
                return number(d.with(null, null).then(io.stratum.frontend.bind.DeferredArithmetic.numpyRound(d.round()))
                        .with(null, d.spec()), f.value());
            }
            case io.stratum.ir.value.Const.FloatConst f when v.numpy() -> {
                return number(d, f.value());
            }
            case io.stratum.ir.value.Const.IntConst i when !plain -> {
                // numpy's int64, negated, computed with and rounded: an int64 while +, -, * and ** take ints, a float64
                // after /, a float or numpy's functions (round(x) without digits: Python's int)
                long x = d.negated() ? -i.value() : i.value();
                java.util.List<io.stratum.frontend.bind.DeferredArithmetic> steps = d.arithmetic();
                int at = 0;
                for (; at < steps.size() && steps.get(at).keepsInt(); at++) {
                    x = steps.get(at).applyInt(x);
                }
                if (at < steps.size()) {
                    double f = x;
                    for (; at < steps.size(); at++) {
                        f = steps.get(at).apply(f);
                    }
                    return rowText(new io.stratum.frontend.bind.DeferredValue(d.search(), d.attribute(), d.round(), d.spec(),
                            d.cv(), d.reduction(), d.repr(), d.key(), false, d.newData(), java.util.List.of(), d.value(),
                            d.row(), d.predicted()), new ResultsTable.RowValue(io.stratum.ir.value.Const.of(f), true));
                }
                if (digits && d.round() < 0) {
                    x = (long) io.stratum.runtime.kernels.element.NumericRounding.numpyRound(new double[] {x}, d.round())[0];
                }
                io.stratum.ir.value.Const value = io.stratum.ir.value.Const.of(x);
                return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(value, d.spec())
                        : d.repr() && (d.round() == null || d.round() != io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT)
                        ? "np.int64(" + x + ")" : Long.toString(x);
            }
            case io.stratum.ir.value.Const.FloatConst f when plain -> {
                // a missing outcome: Python's float nan
                return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(f, d.spec()) : "nan";
            }
            case io.stratum.ir.value.Const.FloatConst f -> {
                return missingText(d, f.value());
            }
            case io.stratum.ir.value.Const.BoolConst b -> {
                // numpy's bool: + - * ** with an int give an int64, / and a float a float64; it has no round or negation
                if (d.negated()) {
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, "TypeError: The numpy boolean negative, the `-`"
                            + " operator, is not supported, use the `~` operator or the logical_not function instead.",
                            null);
                }
                io.stratum.frontend.bind.DeferredArithmetic first = d.arithmetic().isEmpty() ? null : d.arithmetic().getFirst();
                if (plain && d.spec() == null) {
                    return d.repr() ? (b.value() ? "np.True_" : "np.False_") : b.value() ? "True" : "False";
                }
                if (plain) {
                    // format(np.True_, ".2f") formats it as Python's bool, an int: 1.00
                    return io.stratum.ir.value.PyFormatSpec.format(b, d.spec());
                }
                if (first == null) {
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, "TypeError: type numpy.bool doesn't define"
                            + " __round__ method", "make it a number first: " + (d.round() == io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT
                            ? "round(row[\"" + d.key() + "\"] * 1)" : "round(row[\"" + d.key() + "\"] * 1.0, " + d.round() + ")"));
                }
                if (first.rounds()) {
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, "UFuncTypeError: Cannot cast ufunc 'multiply'"
                            + " output from dtype('float64') to dtype('bool') with casting rule 'same_kind'",
                            "make it a number first: np.round(row[\"" + d.key() + "\"] * 1.0, " + (long) first.operand() + ")");
                }
                if (first.function() != null) {
                    String f = first.function().numpyName();
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, "np." + f + "() of numpy's bool (" + d.key()
                            + ") is numpy's float16, which Stratum does not compute",
                            "make it a number first: np." + f + "(row[\"" + d.key() + "\"] * 1.0)");
                }
                return rowText(d, new ResultsTable.RowValue(io.stratum.ir.value.Const.of(b.value() ? 1L : 0L), true));
            }
            case io.stratum.ir.value.Const.IntConst i when plain -> {
                return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(i, d.spec())
                        : d.repr() ? "np.int64(" + i.value() + ")" : Long.toString(i.value());
            }
            case io.stratum.ir.value.Const.StrConst t when plain -> {
                return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(t, d.spec())
                        : d.repr() ? t.repr() : t.value();
            }
            default -> throw new StratumError(io.stratum.ir.node.Origin.NONE, "TypeError: the value " + v.value().repr()
                    + " of " + d.attribute() + "'s row is not a number, so it takes no round() or arithmetic", null);
        }
    }

    /**
     * A missing outcome of a row with text (Python's float nan) after arithmetic, {@code round(x, n)} or numpy's
     * functions, as Python computes it: Python's float nan (a numpy function or np.round makes it numpy's float64),
     * except that {@code round(x)} without digits cannot make an int of it.
     */
    private static String missingText(io.stratum.frontend.bind.DeferredValue d, double missing) {
        double x = d.apply(missing);
        if (d.round() != null && d.round() == io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT && Double.isNaN(x)) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "ValueError: cannot convert float NaN to integer",
                    "this candidate has no outcome for " + d.key() + ": test it first (pd.isna(row[\"" + d.key()
                    + "\"]))");
        }
        io.stratum.ir.value.Const value = d.round() == null ? io.stratum.ir.value.Const.of(x)
                : d.round() == io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT
                ? io.stratum.ir.value.Const.of(new java.math.BigDecimal(x).setScale(0, java.math.RoundingMode.HALF_EVEN)
                        .longValueExact())
                : io.stratum.ir.value.Const.of(io.stratum.ir.value.PyFormatSpec.round(x, d.round()));
        if (d.spec() != null) {
            return io.stratum.ir.value.PyFormatSpec.format(value, d.spec());
        }
        boolean numpy = d.arithmetic().stream().anyMatch(s -> s.function() != null || s.rounds());
        return d.repr() && numpy ? "np.float64(" + value.repr() + ")" : value.repr();
    }

    /** {@link #writtenValue(io.stratum.frontend.bind.DeferredValue, io.stratum.runtime.exec.CopiedValue)} once computed. */
    private static String writtenValue(Session session, io.stratum.frontend.bind.DeferredValue d) {
        io.stratum.runtime.exec.CopiedValue value = session.evaluate(d.value().preview());
        if (d.spec() == null && d.round() == null) {
            requireMachineIndependent(session, d.value().preview(), value, Origin.NONE);
        }
        return writtenValue(d, value);
    }

    /**
     * A value pandas computed from the data, as Python's str, repr or format() writes it into text: the text
     * {@code print} shows, or the number formatted with the script's specification ({@code f"{m:.2f}"}).
     */
    static String writtenValue(io.stratum.frontend.bind.DeferredValue d, io.stratum.runtime.exec.CopiedValue value) {
        io.stratum.frontend.api.DataOpPrint printed = d.value();
        if (d.round() != null) {
            // round(x) without ndigits: Python's int of numpy's scalar
            if (value.scalar() == null) {
                throw new StratumError(io.stratum.ir.node.Origin.NONE, "round() of a " + (value.frame() ? "frame" : "column")
                        + " gives pandas' " + (value.frame() ? "frame" : "Series") + ", which Stratum writes only with"
                        + " print()", "print it: print(round(x))");
            }
            io.stratum.ir.value.Const rounded;
            try {
                rounded = io.stratum.frontend.bind.DeferredValue.roundedToInt(
                        io.stratum.frontend.bind.DeferredValue.parsed(value.scalar()));
            } catch (IllegalArgumentException e) {
                throw new StratumError(io.stratum.ir.node.Origin.NONE, e.getMessage(), null);
            }
            // then the arithmetic the script wrote on that int (round(m) + 1)
            rounded = d.pythonArithmetic(rounded);
            return d.spec() != null ? io.stratum.ir.value.PyFormatSpec.format(rounded, d.spec()) : rounded.repr();
        }
        if (d.spec() == null) {
            return KeyedText.orPandas(value, printed.view(), printed.preview(), float32Columns(printed.preview()));
        }
        if (value.scalar() == null) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "TypeError: unsupported format string passed to "
                    + (value.frame() ? "DataFrame" : "Series") + ".__format__ (format specification '" + d.spec() + "')",
                    "format a number computed from the frame, such as f\"{df['col'].mean():.2f}\"");
        }
        return io.stratum.ir.value.PyFormatSpec.format(io.stratum.frontend.bind.DeferredValue.parsed(value.scalar()), d.spec());
    }

    /** {@code cv[column].mean()} and the like, as pandas reduces the column (its std with ddof=1). */
    static String deferredText(io.stratum.frontend.bind.DeferredValue d, io.stratum.frontend.session.CrossValidationResults r) {
        return number(d, reduce(d.reduction(), r.column(d.attribute())));
    }

    /**
     * pandas' reduction of a column of numbers (its std and var with ddof=1); numpy's {@code np.std}/{@code np.var}
     * (ddof=0), Python's {@code sum()} (left to right, where pandas and numpy sum pairwise) and {@code item:i}, the
     * value at position {@code i} (negative from the end).
     */
    static double reduce(String reduction, double[] v) {
        if (reduction.startsWith("item:")) {
            int i = Integer.parseInt(reduction.substring("item:".length()));
            int at = i < 0 ? v.length + i : i;
            if (at < 0 || at >= v.length) {
                throw new StratumError(io.stratum.ir.node.Origin.NONE, "IndexError: index " + i
                        + " is out of bounds for the " + v.length + " values of the column", "index from 0 to "
                        + (v.length - 1) + " (or -1 for the last)");
            }
            return v[at];
        }
        return switch (reduction) {
            case "mean" -> io.stratum.runtime.kernels.NumpySums.sum(v) / v.length;
            case "sum" -> io.stratum.runtime.kernels.NumpySums.sum(v);
            case "pysum" -> {
                double s = 0.0;
                for (double x : v) {
                    s += x;
                }
                yield s;
            }
            case "std" -> Math.sqrt(variance(v, 1));
            case "var" -> variance(v, 1);
            case "np.std" -> Math.sqrt(variance(v, 0));
            case "np.var" -> variance(v, 0);
            case "min" -> java.util.Arrays.stream(v).min().orElse(Double.NaN);
            case "max" -> java.util.Arrays.stream(v).max().orElse(Double.NaN);
            case "median" -> {
                double[] sorted = v.clone();
                java.util.Arrays.sort(sorted);
                int n = sorted.length;
                yield n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            }
            default -> throw new IllegalStateException(reduction);
        };
    }

    /** numpy's variance: the pairwise sum of the squared deviations from the mean, over {@code n - ddof}. */
    private static double variance(double[] v, int ddof) {
        double mean = io.stratum.runtime.kernels.NumpySums.sum(v) / v.length;
        double[] squares = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            squares[i] = (v[i] - mean) * (v[i] - mean);
        }
        return io.stratum.runtime.kernels.NumpySums.sum(squares) / (v.length - ddof);
    }

    private static String number(io.stratum.frontend.bind.DeferredValue d, double score) {
        double x = d.apply(score);
        io.stratum.ir.value.Const value = io.stratum.ir.value.Const.of(x);
        if (d.round() != null) {
            value = d.round() == io.stratum.frontend.bind.DeferredValue.ROUND_TO_INT
                    ? io.stratum.ir.value.Const.of(new java.math.BigDecimal(x).setScale(0, java.math.RoundingMode.HALF_EVEN)
                            .longValueExact())
                    : io.stratum.ir.value.Const.of(io.stratum.ir.value.PyFormatSpec.round(x, d.round()));
        }
        if (d.spec() != null) {
            return io.stratum.ir.value.PyFormatSpec.format(value, d.spec());
        }
        // numpy's float64 (what pandas and scikit-learn give) writes its repr as np.float64(...); round(x) is an int
        return d.repr() && value instanceof io.stratum.ir.value.Const.FloatConst ? "np.float64(" + value.repr() + ")" : value.repr();
    }

    private static String show(SearchResults r, String attribute) {
        return switch (attribute) {
            case "results_" -> ResultsTable.results(r, false);
            case "detailed_results_" -> ResultsTable.results(r, true);
            case "best_params_" -> ResultsTable.bestParams(r) + "\n";
            case "best_score_" -> io.stratum.ir.value.PyFormat.floatRepr(r.bestScore()) + "\n";
            default -> throw new IllegalStateException("unknown search attribute " + attribute);
        };
    }

    /**
     * Prints scikit-learn's FitFailedWarning in Stratum's words when fits of the search failed (their scores are NaN,
     * as with scikit-learn's default error_score=np.nan); a search all of whose fits failed is an error instead.
     */
    private static SearchResults warned(SearchResults results, PrintWriter err) {
        io.stratum.runtime.search.FitFailures failures = results.outcome().failures();
        if (!failures.none()) {
            io.stratum.runtime.search.SearchOutcome outcome = results.outcome();
            err.println("stratum: warning: " + failures.warning(e -> e.origin().isKnown()
                    ? e.origin().file() + ":" + e.origin().line() + ":" + e.origin().column() + ": " : "", c -> {
                        java.util.List<String> parts = new java.util.ArrayList<>();
                        java.util.List<io.stratum.ir.value.Const> outcomes = outcome.scores().get(c).candidate().outcomes();
                        for (int i = 0; i < outcomes.size() && i < outcome.choiceNames().size(); i++) {
                            if (outcomes.get(i) != null) {
                                parts.add(outcome.choiceNames().get(i) + "=" + outcomes.get(i).repr());
                            }
                        }
                        return String.join(", ", parts);
                    }));
            err.flush();
        }
        return results;
    }

    private static io.stratum.frontend.session.CrossValidationResults warnedCv(
            io.stratum.frontend.session.CrossValidationResults results, PrintWriter err) {
        warned(results.search(), err);
        return results;
    }

    /**
     * What {@code print} shows of numpy's array of a learner's predictions ({@link
     * io.stratum.frontend.api.Evaluation#numpyArray}): numpy's str of it, or its shape.
     */
    private static String predictionsArray(io.stratum.runtime.exec.CopiedValue value,
                                           io.stratum.frontend.api.DataOpPrint.View view, Origin at) {
        boolean floats = value.columns().getFirst().type() == io.stratum.runtime.data.DataType.FLOAT64;
        if (view == io.stratum.frontend.api.DataOpPrint.View.REPR && floats) {
            return NumpyArrayText.repr(value); // a DataOp's preview (print(pred)) of a regressor's floats
        }
        return switch (view) {
            case VALUE -> NumpyArrayText.of(value);
            case SHAPE -> "(" + value.rows() + ",)";
            default -> throw new StratumError(at, "Stratum prints numpy's str of a learner's predictions that skrub leaves"
                    + " a numpy array (print(arr)), not " + (view == io.stratum.frontend.api.DataOpPrint.View.REPR
                    ? "the repr of labels (the DataOp's preview)" : "its " + view.name().toLowerCase(Locale.ROOT)),
                    "print the evaluated array: print(pred.skb.eval())");
        };
    }

    /**
     * The columns of an evaluated frame or column that the plan types float32 ({@code astype("float32")}; the runtime
     * holds them as float64 values rounded to float32), for pandas' dtype in the printed text.
     */
    private static java.util.Set<String> float32Columns(io.stratum.frontend.api.Evaluation evaluation) {
        io.stratum.frontend.api.FrameFacts facts;
        try {
            facts = io.stratum.frontend.api.FrameFacts.of(evaluation.plan(), io.stratum.ir.catalog.StandardCatalog.get());
        } catch (io.stratum.ir.diagnostics.StratumError e) {
            return java.util.Set.of(); // the evaluation itself reports what is wrong with the plan
        }
        if (facts == null || facts.types() == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < facts.types().size(); i++) {
            if (facts.types().get(i) == io.stratum.optimizer.metadata.ColumnType.FLOAT32) {
                out.add(facts.columns().get(i));
            }
        }
        return out;
    }
}
