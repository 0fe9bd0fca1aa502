package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pandas operations on a search's result tables and dict, which skrub gives as a DataFrame and a dict: {@code
 * results_.head(n)}, {@code .tail(n)}, {@code .to_string()}, {@code results_["mean_test_score"]} and its
 * {@code .max()} (and the other {@link DeferredValue#REDUCTIONS}), {@code results_.columns} and its {@code .tolist()},
 * {@code .round(decimals)} of the table or a column, and {@code .to_csv(path, ...)} of any of these tables. They are
 * printed, written into text or into a file once the search has run ({@link ResultsView}, {@link DeferredValue}). {@code best_params_["alpha"]} is refused as skrub's
 * KeyError (its keys are scikit-learn's grid parameter names).
 */
final class SearchViews {
    static final Set<String> TABLE_METHODS = Set.of("head", "tail", "to_string", "sort_values");
    static final Set<String> NAMES_METHODS = Set.of("tolist", "to_list");

    private SearchViews() {
    }

    /** Whether {@code receiver.name} is a method this class calls. */
    static boolean hasMethod(PyValue receiver, String name) {
        return switch (receiver) {
            case PyValue.SearchAttribute a -> a.attribute().endsWith("results_")
                    && (TABLE_METHODS.contains(name) || name.equals("round") || name.equals("to_csv"));
            case PyValue.SearchView v when v.view().names() != null ->
                    v.view().names() == ResultsView.Names.INDEX && NAMES_METHODS.contains(name);
            case PyValue.SearchView v when v.view().column() != null -> DeferredValue.REDUCTIONS.contains(name)
                    || DeferredValue.LABELS.contains(name)
                    || !v.view().whole() && (TABLE_METHODS.contains(name) || name.equals("round") || name.equals("to_csv"));
            case PyValue.SearchView v -> !v.view().whole() && (TABLE_METHODS.contains(name) || name.equals("round")
                    || name.equals("to_csv"));
            default -> false;
        };
    }

    static PyValue call(ScriptBinder b, PyValue receiver, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        PyValue.SearchView v = switch (receiver) {
            case PyValue.SearchAttribute a -> new PyValue.SearchView(a.search(), a.attribute(), ResultsView.TABLE);
            case PyValue.SearchView view -> view;
            default -> throw new IllegalArgumentException(PyValue.typeName(receiver));
        };
        if (name.equals("to_csv")) {
            // written once the search has run, as pandas writes the table (or the column) the view shows
            b.recordAction(new ScriptAction.WriteSearchCsv(v.search(), v.attribute(), v.view(),
                    CsvArguments.parse(b, null, args, kwargs, pos), b.origin(pos)));
            return new PyValue.Constant(Const.none());
        }
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        if (NAMES_METHODS.contains(name) && v.view().names() != null) {
            a.done();
            return new PyValue.SearchView(v.search(), v.attribute(), v.view().withNames(ResultsView.Names.LIST));
        }
        if ((DeferredValue.REDUCTIONS.contains(name) || DeferredValue.LABELS.contains(name)) && v.view().column() != null) {
            // numeric_only=True changes nothing on a column of numbers
            a.constant(-1, "numeric_only", Const.of(false));
            a.done();
            if (v.view().head() != null || v.view().tail() != null || v.view().decimals() != null) {
                throw b.error(pos, "Stratum reduces a whole results_ column as it is, not its head(), tail() or round()",
                        "write round(results_[\"" + v.view().column() + "\"]." + name + "(), n)");
            }
            return new PyValue.DeferredNumber(DeferredValue.ofResultsColumn(v.search(), v.attribute(),
                    v.view().column(), name));
        }
        ResultsView view = switch (name) {
            case "head", "tail" -> {
                Const n = a.constant(0, "n", Const.of(5L));
                if (!(n instanceof Const.IntConst k) || k.value() < 0) {
                    throw b.error(pos, name + "(): n must be a non-negative int, got " + n.repr(), null);
                }
                yield name.equals("head") ? v.view().withHead((int) Math.min(k.value(), Integer.MAX_VALUE))
                        : v.view().withTail((int) Math.min(k.value(), Integer.MAX_VALUE));
            }
            case "sort_values" -> {
                String by = a.string(0, "by", true);
                Const up = a.constant(-1, "ascending", Const.of(true));
                a.done();
                if (!(up instanceof Const.BoolConst ascending)) {
                    throw b.error(pos, "sort_values(): Stratum sorts " + v.attribute() + " by one column, ascending=True or"
                            + " False, got ascending=" + up.repr(), null);
                }
                if (v.view().column() != null || v.view().head() != null || v.view().tail() != null
                        || v.view().sortBy() != null) {
                    throw b.error(pos, "Stratum sorts the whole " + v.attribute() + " table, before head(), tail() or"
                            + " selecting a column", "write " + v.attribute() + ".sort_values(\"" + by + "\").head(n)");
                }
                yield v.view().withSort(by, ascending.value());
            }
            case "round" -> {
                Const n = a.constant(0, "decimals", Const.of(0L));
                if (!(n instanceof Const.IntConst k) || Math.abs(k.value()) > 400) {
                    throw b.error(pos, "round(): decimals must be an int, got " + n.repr(), null);
                }
                if (v.view().decimals() != null) {
                    // rounding twice is not rounding once to the fewer decimals (0.12549 -> 0.125 -> 0.12, not 0.13)
                    throw b.error(pos, "Stratum rounds a results_ table once", "write one round(n) with the decimals you print");
                }
                yield v.view().withDecimals((int) k.value());
            }
            default -> v.view().asText();
        };
        a.done();
        return new PyValue.SearchView(v.search(), v.attribute(), view);
    }

    /** Whether {@code receiver.iloc}/{@code .loc} picks a row of a results table: the table, sorted or some columns of it. */
    static boolean hasRows(PyValue receiver) {
        return switch (receiver) {
            case PyValue.SearchAttribute a -> a.attribute().endsWith("results_");
            case PyValue.SearchView v -> v.view().table() && v.view().head() == null && v.view().tail() == null
                    && v.view().decimals() == null;
            default -> false;
        };
    }

    /**
     * {@code results_.iloc[i]}, {@code results_.loc[k]} or {@code results_.loc[results_["col"].idxmax()]} ({@code indexer}
     * "iloc" or "loc") of {@code receiver}, a table {@link #hasRows} accepts: a row printed once the search has run.
     */
    static PyValue row(ScriptBinder b, PyValue receiver, String indexer, PyValue key, SourcePos pos) {
        io.stratum.frontend.api.DataOp search;
        String attribute;
        ResultsView view;
        if (receiver instanceof PyValue.SearchView v) {
            search = v.search();
            attribute = v.attribute();
            view = v.view();
        } else {
            PyValue.SearchAttribute a = (PyValue.SearchAttribute) receiver;
            search = a.search();
            attribute = a.attribute();
            view = ResultsView.TABLE;
        }
        String hint = "write " + attribute + ".iloc[0] (a position), " + attribute + ".loc[0] (a label) or " + attribute
                + ".loc[" + attribute + "[\"mean_test_score\"].idxmax()]";
        ResultsRow row = switch (key) {
            case PyValue.Constant c when c.value() instanceof Const.IntConst i ->
                    new ResultsRow(view, i.value(), indexer.equals("loc"), null, false);
            case PyValue.DeferredNumber d when indexer.equals("loc") && d.value().label() && d.value().round() == null
                    && d.value().spec() == null && d.value().search() == search && d.value().attribute().equals(attribute) ->
                    new ResultsRow(view, null, true, d.value().key(), d.value().reduction().equals("idxmax"));
            case PyValue.DeferredNumber d when indexer.equals("loc") && d.value().label() -> throw b.error(pos,
                    "Stratum picks a row of " + attribute + " by the idxmax()/idxmin() of a column of the same table", hint);
            default -> throw b.error(pos, attribute + "." + indexer + "[...] takes one row " + (indexer.equals("loc")
                    ? "label" : "position") + " (an int) in Stratum, got " + PyValue.typeName(key), hint);
        };
        return new PyValue.SearchRow(search, attribute, row);
    }

    /**
     * {@code results_.columns} (or of its head or tail): the column names, printed once the search has run (they
     * depend on the choices' names and the scorers, which the search's results name); null when {@code receiver}
     * has no such attribute.
     */
    static PyValue columns(PyValue receiver) {
        return switch (receiver) {
            case PyValue.SearchAttribute a when a.attribute().endsWith("results_") ->
                    new PyValue.SearchView(a.search(), a.attribute(), ResultsView.TABLE.withNames(ResultsView.Names.INDEX));
            case PyValue.SearchView v when v.view().table() ->
                    new PyValue.SearchView(v.search(), v.attribute(), v.view().withNames(ResultsView.Names.INDEX));
            default -> null;
        };
    }

    /** {@code results_["column"]} or {@code best_params_["choice"]}; null when {@code receiver} is neither. */
    static PyValue subscript(ScriptBinder b, PyValue receiver, PyValue key, SourcePos pos) {
        if (receiver instanceof PyValue.SearchRow r) {
            // best["alpha"]: written into text once the search has run, as pandas gives the row's value
            if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst column)) {
                throw b.error(pos, "a row of " + r.attribute() + "[...] takes a column name (a str), got "
                        + PyValue.typeName(key), null);
            }
            return new PyValue.DeferredNumber(DeferredValue.ofResultsRow(r.search(), r.attribute(), r.row(), column.value()));
        }
        String attribute = switch (receiver) {
            case PyValue.SearchAttribute a -> a.attribute();
            case PyValue.SearchView v when v.view().table() -> v.attribute();
            default -> null;
        };
        if (attribute == null || attribute.equals("best_score_")) {
            return null;
        }
        if (!attribute.equals("best_params_") && key instanceof PyValue.Sequence list && !list.tuple()) {
            // results_[["model", "mean_test_score"]]: those columns, in that order
            java.util.List<String> names = new java.util.ArrayList<>();
            for (PyValue item : list.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst n)) {
                    throw b.error(pos, attribute + "[[...]] takes column names (str), got " + PyValue.typeName(item), null);
                }
                names.add(n.value());
            }
            ResultsView view = receiver instanceof PyValue.SearchView v ? v.view() : ResultsView.TABLE;
            if (view.selected() != null) {
                throw b.error(pos, "Stratum selects the columns of " + attribute + " once", "write one [[...]] of the"
                        + " columns you print");
            }
            return new PyValue.SearchView(receiver instanceof PyValue.SearchView v ? v.search()
                    : ((PyValue.SearchAttribute) receiver).search(), attribute, view.withSelected(names));
        }
        if (!(key instanceof PyValue.Constant c && c.value() instanceof Const.StrConst name)) {
            throw b.error(pos, attribute + "[...] takes a " + (attribute.equals("best_params_") ? "choice" : "column")
                    + " name (a str), got " + PyValue.typeName(key), null);
        }
        if (attribute.equals("best_params_")) {
            throw b.error(pos, "KeyError: '" + name.value() + "': skrub's best_params_ is keyed by scikit-learn's grid"
                    + " parameter names ('data_op__0', ...), not by choice names, so this fails in skrub too",
                    "print(search.results_.head(1)) shows the best candidate's outcomes by choice name");
        }
        return receiver instanceof PyValue.SearchView v
                ? new PyValue.SearchView(v.search(), v.attribute(), v.view().withColumn(name.value()))
                : new PyValue.SearchView(((PyValue.SearchAttribute) receiver).search(), attribute,
                        ResultsView.TABLE.withColumn(name.value()));
    }
}
