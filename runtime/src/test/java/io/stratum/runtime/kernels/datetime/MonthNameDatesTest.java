package io.stratum.runtime.kernels.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.reference.Reference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dates with month names guessed and parsed as pandas 3.0.6 guesses and parses them (datetime_guess.csv, from
 * {@code runtime/reference/make_datetime_guess_reference.py}): every order and separator pandas reads, weekdays, times
 * with fractions, "May" as a full name; lowercase names, two-digit years and "Sept" not guessed; any case when
 * parsing with a given format, impossible dates and the wrong month width not parsed.
 */
class MonthNameDatesTest {

    @Test
    void guessesAndParsesAsPandas() {
        int guessed = 0;
        for (Map<String, String> r : Reference.rows("datetime_guess.csv")) {
            String value = r.get("value");
            String micros = r.get("micros");
            if (!r.get("given_format").isEmpty()) {
                Long parsed = MonthNameDates.parse(value, r.get("given_format"));
                assertEquals(micros.isEmpty() ? null : Long.valueOf(micros), parsed, value + " with " + r.get("given_format"));
                continue;
            }
            String pandas = r.get("guess_month_first");
            boolean named = pandas.contains("%b") || pandas.contains("%B") || pandas.contains("%a") || pandas.contains("%A");
            String guess = MonthNameDates.guess(value);
            if (!named) {
                assertNull(guess, value);
                continue;
            }
            assertEquals(pandas, guess, value);
            assertEquals(r.get("guess_day_first"), DatetimeParser.guess(value, true), value + " day first");
            assertEquals(Long.valueOf(micros), MonthNameDates.parse(value, guess), value);
            guessed++;
        }
        assertEquals(20, guessed);
    }

    /** A column of such dates is guessed from skrub's sample and parsed, as skrub's ToDatetime does. */
    @Test
    void aColumnOfMonthNameDatesIsRecognized() {
        try (MemoryContext ctx = MemoryContext.open()) {
            StringColumn c = StringColumn.of(ctx, "released", new String[] {"Jun 12 1998", "Dec 2 2001", null, "May 5 2005"});
            String format = DatetimeParser.guessFormat(c);
            // "May" reads as a full name (%B) alone, so the values disagree and skrub keeps the column as text
            assertNull(format);
            StringColumn same = StringColumn.of(ctx, "released", new String[] {"Jun 12 1998", "Dec 2 2001", null, "Aug 5 2005"});
            assertEquals("%b %d %Y", DatetimeParser.guessFormat(same));
            DatetimeValues v = DatetimeParser.parse(same, "%b %d %Y", true);
            assertEquals(897609600000000L, v.micros()[0]);
            assertEquals(true, v.missing()[2]);
        }
    }
}
