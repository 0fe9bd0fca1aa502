package io.stratum.ir.physical;

import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** A fully resolved estimator: qualified class name and every parameter as a constant, in signature order. */
public record EstimatorSpec(String qualifiedName, List<String> names, List<Const> values, List<Boolean> explicit) {

    public EstimatorSpec {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        names = List.copyOf(names);
        values = List.copyOf(values);
        explicit = List.copyOf(explicit);
        if (names.size() != values.size() || names.size() != explicit.size()) {
            throw new IllegalArgumentException("estimator parameters differ in length");
        }
    }

    /** The value of parameter {@code name}; a missing name is a programming error (the binder fills defaults). */
    public Const param(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(qualifiedName + " has no parameter " + name);
        }
        return values.get(i);
    }

    public double doubleParam(String name) {
        return switch (param(name)) {
            case Const.FloatConst f -> f.value();
            case Const.IntConst i -> i.value();
            default -> throw new IllegalArgumentException(name + " is not a number");
        };
    }

    public boolean boolParam(String name) {
        return param(name) instanceof Const.BoolConst b && b.value();
    }

    /** The string value of {@code name}, or null when it is None. */
    public String stringParam(String name) {
        return param(name) instanceof Const.StrConst s ? s.value() : null;
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** scikit-learn's repr with only the parameters the script wrote, e.g. {@code Ridge(alpha=0.1)}. */
    public String repr() {
        StringBuilder b = new StringBuilder(simpleName()).append('(');
        boolean first = true;
        for (int i = 0; i < names.size(); i++) {
            if (explicit.get(i)) {
                if (!first) {
                    b.append(", ");
                }
                io.stratum.ir.logical.NumericFunction function = io.stratum.ir.logical.NumericFunction.fromConst(values.get(i));
                // a numpy function prints as Python prints a ufunc
                EstimatorSpec nested = fromConst(values.get(i));
                b.append(names.get(i)).append('=').append(function != null ? "<ufunc '" + function.numpyName() + "'>"
                        : nested != null ? nested.repr() : values.get(i).repr());
                first = false;
            }
        }
        return b.append(')').toString();
    }

    /**
     * scikit-learn's own repr ({@code print_changed_only}): the parameters whose repr differs from the default the
     * catalog gives, whether or not the script wrote them ({@code Ridge(alpha=1.0)} is {@code Ridge()}), nested
     * estimators likewise. What skrub shows for an unnamed estimator outcome, before {@link #skrubShortRepr}.
     */
    public String changedRepr(io.stratum.ir.catalog.ApiCatalog catalog) {
        io.stratum.ir.catalog.ApiEntry entry = catalog.lookup(qualifiedName);
        StringBuilder b = new StringBuilder(simpleName()).append('(');
        boolean first = true;
        // in get_params' order: the names sorted
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(names::get));
        for (int i : order) {
            Const value = values.get(i);
            io.stratum.ir.catalog.ParamSpec spec = entry == null ? null : entry.param(names.get(i));
            String shown = shown(value, catalog);
            if (spec != null && shown.equals(shown(spec.defaultValue(), catalog))) {
                continue;
            }
            b.append(first ? "" : ", ").append(names.get(i)).append('=').append(shown);
            first = false;
        }
        return b.append(')').toString();
    }

    private static String shown(Const value, io.stratum.ir.catalog.ApiCatalog catalog) {
        io.stratum.ir.logical.NumericFunction function = io.stratum.ir.logical.NumericFunction.fromConst(value);
        EstimatorSpec nested = fromConst(value);
        return function != null ? "<ufunc '" + function.numpyName() + "'>"
                : nested != null ? nested.changedRepr(catalog) : value.repr();
    }

    /**
     * skrub's {@code short_repr} of an object whose repr is {@code repr}: kept when it is one line of at most 50
     * characters, else the class name with the first 20 characters of its arguments ({@code Ridge(alpha=0.1,
     * solver=...)}), or with none when the name is longer than 25 characters or scikit-learn wrapped the repr (beyond
     * 80 characters).
     */
    public static String skrubShortRepr(String repr) {
        if (repr.length() <= 50) {
            return repr;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w{1,25})\\((.*)\\)$").matcher(repr);
        // scikit-learn's repr breaks lines between parameters past 80 characters: one parameter stays on one line
        if (m.matches() && (repr.length() <= 80 || !severalParams(m.group(2)))) {
            String args = m.group(2);
            return m.group(1) + "(" + args.substring(0, Math.min(20, args.length())) + "...)";
        }
        return repr.substring(0, repr.indexOf('(') < 0 ? repr.length() : repr.indexOf('(')) + "(...)";
    }

    /** Whether a repr's arguments hold a comma outside brackets and quotes: more than one parameter. */
    private static boolean severalParams(String args) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char ch = args.charAt(i);
            if (quote != 0) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The tag of {@link #toConst()}: an estimator passed as a parameter, e.g. {@code ApplyToCols(StandardScaler())}. */
    public static final String VALUE_TAG = "sklearn.estimator";

    /**
     * The estimator as a plan constant, {@code (None, "sklearn.estimator", qualifiedName, names, values, explicit)}: a
     * leading None keeps it from ever reading as a list of column names, as numpy functions are tagged.
     */
    public Const toConst() {
        List<Const> flags = new java.util.ArrayList<>(explicit.size());
        for (Boolean e : explicit) {
            flags.add(Const.of(e));
        }
        return new Const.ListConst(List.of(Const.none(), Const.of(VALUE_TAG), Const.of(qualifiedName),
                Const.ofStrings(names), new Const.ListConst(values, true), new Const.ListConst(flags, true)), true);
    }

    /** The estimator a constant made by {@link #toConst()} stands for, or null when it is not one. */
    public static EstimatorSpec fromConst(Const c) {
        if (!(c instanceof Const.ListConst l) || !l.tuple() || l.items().size() != 6
                || !(l.items().get(0) instanceof Const.NoneConst) || !Const.of(VALUE_TAG).equals(l.items().get(1))
                || !(l.items().get(2) instanceof Const.StrConst name) || !(l.items().get(3) instanceof Const.ListConst n)
                || n.asStrings() == null || !(l.items().get(4) instanceof Const.ListConst v)
                || !(l.items().get(5) instanceof Const.ListConst e) || v.items().size() != n.items().size()
                || e.items().size() != n.items().size()) {
            return null;
        }
        List<Boolean> flags = new java.util.ArrayList<>(e.items().size());
        for (Const f : e.items()) {
            flags.add(f instanceof Const.BoolConst b && b.value());
        }
        return new EstimatorSpec(name.value(), n.asStrings(), v.items(), flags);
    }
}
