package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.ElementOp;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;

/**
 * Runs one {@link ElementOp} on a column with pandas' semantics: values, result dtype, nulls and the column's name
 * (kept, as a pandas Series keeps it). Each operation decodes the column once into primitive arrays and loops over
 * them; a type pandas would turn into its {@code object} dtype is refused with a message saying what to convert.
 */
public final class ElementKernels {
    private ElementKernels() {
    }

    public static Column apply(MemoryContext ctx, ElementOp op, Column column) {
        return switch (op) {
            case ElementOp.FillNa f -> MissingValues.fillNa(ctx, column, f.value());
            case ElementOp.IsNa n -> MissingValues.isNa(ctx, column, n.negated());
            case ElementOp.IsIn in -> ValueTests.isIn(ctx, column, in.values());
            case ElementOp.Clip c -> NumericRounding.clip(ctx, column, c.lower(), c.upper());
            case ElementOp.Round r -> NumericRounding.round(ctx, column, r.decimals());
            case ElementOp.Cast c -> Casts.cast(ctx, column, c.dtype());
            case ElementOp.ToDatetime t -> t.unit() != null || column.type().isNumeric()
                    ? DatetimeParsing.fromEpoch(ctx, column, t.unit(), t.errors(), t.utc())
                    : DatetimeParsing.toDatetime(ctx, column, t.format(), t.errors(), t.utc());
            case ElementOp.TzConvert z -> TimeZoneKernels.convert(column, z.zone());
            case ElementOp.TzLocalize z -> TimeZoneKernels.localize(column, z);
            case ElementOp.DatetimeField f -> DatetimeFields.field(ctx, column, f.part());
            case ElementOp.DatetimeMethod m -> DatetimeMethods.apply(ctx, column, m);
            case ElementOp.MapValues m -> ValueMapping.apply(ctx, column, m);
            case ElementOp.StringMethod s -> StringMethods.apply(ctx, column, s);
            case ElementOp.CategoryCodes c -> CategoryMethods.codes(ctx, column);
            case ElementOp.RemoveUnusedCategories r -> CategoryMethods.removeUnusedCategories(column);
        };
    }
}
