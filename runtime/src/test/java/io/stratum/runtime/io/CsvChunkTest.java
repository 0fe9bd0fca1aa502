package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The chunk boundary scan, which reads eight bytes at a time where it can, finds the same boundaries and counts the
 * same lines as reading one byte at a time (the rules written out below as the reference), on text with quotes,
 * quoted newlines, carriage returns, blank lines and multi-byte characters.
 */
class CsvChunkTest {

    /** One byte at a time: the scan's rules (quotes open only at a field's start; CR LF is one line end). */
    private static long[] byteByByte(byte[] a, int from, int target, int to, byte sep, int quote) {
        int i = from;
        long lines = 0;
        boolean fieldStart = true;
        while (i < to) {
            byte b = a[i];
            if (fieldStart && quote >= 0 && b == quote) {
                int k = i + 1;
                while (k < to) {
                    if (a[k] == quote) {
                        if (k + 1 < to && a[k + 1] == quote) {
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    if (a[k] == '\n') {
                        lines++;
                    }
                    k++;
                }
                i = k + 1;
                fieldStart = false;
                continue;
            }
            if (b == '\n' || b == '\r') {
                i = b == '\r' && i + 1 < to && a[i + 1] == '\n' ? i + 2 : i + 1;
                lines++;
                fieldStart = true;
                if (i >= target) {
                    return new long[] {i, lines};
                }
                continue;
            }
            fieldStart = b == sep;
            i++;
        }
        return new long[] {to, lines};
    }

    private static final String[] PIECES = {"12", "-3", "abc", "\"q\"", "\"a,b\"", "\"x\ny\"", "\"say \"\"hi\"\"\"", "é€",
        "", "NA", "2001-01-01 00:01:00", "x\"y", "\"\"", "\"open\nline\"z"};

    private static byte[] randomCsv(SplittableRandom r, int records, boolean crlf) {
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < records; row++) {
            int fields = 1 + r.nextInt(6);
            for (int f = 0; f < fields; f++) {
                b.append(f == 0 ? "" : ",").append(PIECES[r.nextInt(PIECES.length)]);
            }
            b.append(crlf && r.nextInt(3) == 0 ? "\r\n" : r.nextInt(20) == 0 ? "\n\n" : "\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void boundariesAndLinesAreThoseOfTheByteByByteScan() {
        SplittableRandom r = new SplittableRandom(17);
        for (int trial = 0; trial < 400; trial++) {
            byte[] a = randomCsv(r, 1 + r.nextInt(300), trial % 3 == 0);
            int quote = trial % 7 == 0 ? -1 : '"';
            int from = 0;
            while (from < a.length) {
                int target = from + 1 + r.nextInt(Math.max(1, a.length / 3));
                long[] expected = byteByByte(a, from, target, a.length, (byte) ',', quote);
                long[] actual = CsvChunk.nextBoundary(a, from, target, a.length, (byte) ',', quote);
                assertArrayEquals(expected, actual, "trial " + trial + " from " + from + " target " + target);
                from = (int) actual[0];
            }
        }
    }

    @Test
    void equalBytesMarksExactlyTheEqualBytes() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 10_000; trial++) {
            long w = r.nextLong();
            byte c = (byte) (trial % 3 == 0 ? '\n' : r.nextInt(256));
            // Plant some copies of c, next to bytes one above and below it (where a borrow would show).
            for (int k = 0; k < 8; k++) {
                int pick = r.nextInt(4);
                long v = pick == 0 ? c : pick == 1 ? c + 1 : pick == 2 ? c - 1 : (w >>> (8 * k));
                w = (w & ~(0xffL << (8 * k))) | ((v & 0xff) << (8 * k));
            }
            long expected = 0;
            for (int k = 0; k < 8; k++) {
                if ((byte) (w >>> (8 * k)) == c) {
                    expected |= 0x80L << (8 * k);
                }
            }
            assertEquals(expected, CsvChunk.equalBytes(w, 0x0101010101010101L * (c & 0xff)), Long.toHexString(w));
        }
    }

    @Test
    void aBadCellManyChunksInIsReportedAtItsLine() {
        // Quoted newlines in every third record, so the line count and the record count differ in every chunk, and
        // runs of plain records, which the scan reads eight bytes at a time.
        StringBuilder b = new StringBuilder("n,note\n");
        int records = 400_000;
        int bad = 350_000;
        int badLine = -1;
        int line = 2;
        for (int i = 0; i < records; i++) {
            if (i == bad) {
                badLine = line;
            }
            boolean twoLines = i % 3 == 0;
            b.append(i == bad ? "x" : Integer.toString(i)).append(twoLines ? ",\"two\nlines\"\n" : ",one\n");
            line += twoLines ? 2 : 1;
        }
        assertTrue(b.length() > 3 * CsvReader.CHUNK_BYTES, "several chunks");
        Const.DictConst intN = new Const.DictConst(List.of(Const.of("n")), List.of(Const.of("int64")));
        CsvOptions ints = CsvOptions.fromConst(new Const.DictConst(List.of(Const.of("dtype")), List.of(intN)), null);
        try (MemoryContext ctx = MemoryContext.open()) {
            String csv = b.toString();
            DataException e = assertThrows(DataException.class, () -> CsvReader.readString(ctx, "lines.csv", csv, ints));
            assertTrue(e.getMessage().contains("lines.csv: line " + badLine + ", column 'n' holds 'x'"), e.getMessage());
        }
    }
}
