package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of pandas' {@code to_csv} as Stratum takes them: the path, {@code sep}, {@code na_rep},
 * {@code columns}, {@code header}, {@code index} ({@code encoding} UTF-8 and {@code mode="w"} only); anything else is
 * refused at the call.
 */
final class CsvArguments {
    private CsvArguments() {
    }

    /**
     * The write of {@code target} (a DataOp, an evaluated value, or null for a search's results table) that
     * {@code to_csv(*args, **kwargs)} asks for.
     */
    static io.stratum.frontend.api.CsvWrite parse(ScriptBinder b, Object target, List<PyValue> args,
                                                   Map<String, PyValue> kwargs, SourcePos pos) {
        for (String k : kwargs.keySet()) {
            if (!Set.of("path_or_buf", "sep", "na_rep", "columns", "header", "index", "encoding", "mode").contains(k)) {
                throw b.error(pos, "to_csv(" + k + "=...) is not supported by Stratum yet", "supported: path, sep, na_rep,"
                        + " columns, header, index (encoding='utf-8', mode='w')");
            }
        }
        if (args.size() > 1) {
            throw b.error(pos, "to_csv() takes the path as its one positional argument", "name the others: sep=\";\"");
        }
        Arguments a = new Arguments(b, "to_csv", args, kwargs, pos);
        Const path = a.constant(0, "path_or_buf", Const.none());
        String sep = a.string(-1, "sep", false);
        Const naRep = a.constant(-1, "na_rep", Const.of(""));
        Const header = a.constant(-1, "header", Const.of(true));
        Const index = a.constant(-1, "index", Const.of(true));
        Const encoding = a.constant(-1, "encoding", Const.none());
        Const mode = a.constant(-1, "mode", Const.of("w"));
        PyValue columns = a.value(-1, "columns", false);
        a.done();
        if (!(path instanceof Const.StrConst || path instanceof Const.NoneConst)) {
            throw b.error(pos, "to_csv(): the path must be a str, got " + path.repr(), null);
        }
        if (!(naRep instanceof Const.StrConst na)) {
            throw b.error(pos, "to_csv(): na_rep must be a str, got " + naRep.repr(), null);
        }
        if (!(header instanceof Const.BoolConst h) || !(index instanceof Const.BoolConst i)) {
            throw b.error(pos, "to_csv(): Stratum takes header=True/False and index=True/False", null);
        }
        if (!(encoding instanceof Const.NoneConst || encoding instanceof Const.StrConst)
                || !(mode instanceof Const.StrConst m)) {
            throw b.error(pos, "to_csv(): encoding and mode must be str, got " + encoding.repr() + " and " + mode.repr(), null);
        }
        List<String> picked = null;
        if (columns != null && !(columns instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst)) {
            picked = new ArrayList<>();
            if (!(columns instanceof PyValue.Sequence seq)) {
                throw b.error(pos, "to_csv(): columns must be a list of column names", null);
            }
            for (PyValue item : seq.items()) {
                if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst n)) {
                    throw b.error(pos, "to_csv(): columns must be a list of column names, got " + PyValue.typeName(item), null);
                }
                picked.add(n.value());
            }
        }
        List<String> chosen = picked;
        String file = path instanceof Const.StrConst p ? p.value() : null;
        String separator = sep == null ? "," : sep;
        String charset = encoding instanceof Const.StrConst e ? e.value() : null;
        return b.api(pos, () -> io.stratum.frontend.api.CsvWrite.of(target, b.workingDirectory(), file, separator,
                na.value(), chosen, h.value(), i.value(), charset, m.value()));
    }
}
