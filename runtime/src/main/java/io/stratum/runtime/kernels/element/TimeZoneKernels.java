package io.stratum.runtime.kernels.element;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.TimeZones;
import io.stratum.runtime.data.TimestampColumn;
import java.time.zone.ZoneRules;

/**
 * pandas' {@code .dt.tz_convert} and {@code .dt.tz_localize} on Stratum's datetimes: a time-zone-aware column holds
 * UTC instants, so converting changes only the zone it is shown in, while localizing reads each naive wall-clock time
 * in the zone's rules (daylight saving included; a time the clocks skip or pass twice raises, pandas' defaults).
 */
final class TimeZoneKernels {
    private TimeZoneKernels() {
    }

    /** {@code .dt.tz_convert(zone)}; {@code zone} null gives the naive UTC wall-clock times. */
    static Column convert(Column column, String zone) {
        TimestampColumn t = datetime(column, "tz_convert");
        if (t.zone() == null) {
            throw new DataException(".dt.tz_convert: column '" + t.name() + "' is " + t.dtypeName() + "; pandas cannot"
                    + " convert tz-naive timestamps: use .dt.tz_localize(...) first");
        }
        if (zone != null) {
            TimeZones.zone(zone);
        }
        return TimestampColumn.of(t.context(), t.name(), t.toTicksArray(), t.nullFlags(), t.unit(), zone);
    }

    /** {@code .dt.tz_localize(zone)}; {@code zone} null drops the zone and keeps the wall-clock times. */
    static Column localize(Column column, String zone) {
        return localize(column, new io.stratum.ir.logical.ElementOp.TzLocalize(zone));
    }

    /** {@code .dt.tz_localize} with pandas' {@code ambiguous} and {@code nonexistent} choices. */
    static Column localize(Column column, io.stratum.ir.logical.ElementOp.TzLocalize op) {
        String zone = op.zone();
        TimestampColumn t = datetime(column, "tz_localize");
        DatetimeUnit unit = t.unit();
        long[] ticks = t.toTicksArray();
        boolean[] nulls = t.nullFlags();
        if (zone == null) {
            if (t.zone() == null) {
                return t;
            }
            long[] local = t.toLocalMicrosArray();
            long[] micros = t.toMicrosArray();
            for (int i = 0; i < ticks.length; i++) {
                if (nulls == null || !nulls[i]) {
                    ticks[i] = Math.addExact(ticks[i], (local[i] - micros[i]) / 1_000_000L * unit.perSecond());
                }
            }
            return TimestampColumn.of(t.context(), t.name(), ticks, nulls, unit, null);
        }
        if (t.zone() != null) {
            throw new DataException(".dt.tz_localize: column '" + t.name() + "' is already time-zone-aware ("
                    + t.dtypeName() + "); use .dt.tz_convert(...) to show it in another zone");
        }
        ZoneRules rules = TimeZones.zone(zone).getRules();
        boolean[] nat = nulls == null ? new boolean[ticks.length] : nulls;
        for (int i = 0; i < ticks.length; i++) {
            if (nat[i]) {
                continue;
            }
            long local = unit.toMicros(ticks[i]);
            if (!rules.isFixedOffset()) {
                java.time.LocalDateTime wall = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(local, 1_000_000L),
                        (int) Math.floorMod(local, 1_000_000L) * 1000, java.time.ZoneOffset.UTC);
                java.util.List<java.time.ZoneOffset> offsets = rules.getValidOffsets(wall);
                java.time.zone.ZoneOffsetTransition change = rules.getTransition(wall);
                String choice = offsets.isEmpty() ? op.nonexistent() : offsets.size() > 1 ? op.ambiguous() : null;
                if (choice != null && !choice.equals("raise")) {
                    switch (choice) {
                        case "NaT" -> nat[i] = true;
                        // the first instant after the change, or the last tick before it (pandas' shifts)
                        case "shift_forward" -> ticks[i] = Math.multiplyExact(change.toEpochSecond(), unit.perSecond());
                        case "shift_backward" -> ticks[i] = Math.multiplyExact(change.toEpochSecond(), unit.perSecond()) - 1;
                        // a time passed twice: True is the daylight-saving one (the offset before clocks go back)
                        case "True", "False" -> ticks[i] = Math.subtractExact(ticks[i], (long) (choice.equals("True")
                                ? change.getOffsetBefore() : change.getOffsetAfter()).getTotalSeconds() * unit.perSecond());
                        default -> throw new IllegalStateException(choice);
                    }
                    continue;
                }
            }
            long offsetSeconds = (local - TimeZones.fromLocal(rules, local, t.name(), i)) / 1_000_000L;
            ticks[i] = Math.subtractExact(ticks[i], offsetSeconds * unit.perSecond());
        }
        return TimestampColumn.of(t.context(), t.name(), ticks, nat, unit, zone);
    }

    /** {@code pd.to_datetime(datetimes, utc=True)}: naive values read as UTC, aware ones shown in UTC. */
    static Column toUtc(TimestampColumn t) {
        if ("UTC".equals(t.zone())) {
            return t;
        }
        return TimestampColumn.of(t.context(), t.name(), t.toTicksArray(), t.nullFlags(), t.unit(), "UTC");
    }

    private static TimestampColumn datetime(Column column, String method) {
        if (!(column instanceof TimestampColumn t)) {
            throw new DataException(".dt." + method + " needs a datetime column, but '" + column.name() + "' is "
                    + column.dtypeName() + (column.type().isText() ? "; convert it first with pd.to_datetime" : ""));
        }
        return t;
    }
}
