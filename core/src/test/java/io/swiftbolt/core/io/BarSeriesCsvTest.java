package io.swiftbolt.core.io;

import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.series.BarSeries.Column;
import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BarSeriesCsvTest {

    private static final String HEADER = "date,open,high,low,close,volume";
    private static final String GOOD_ROW = "2020-01-02,10,11,9,10.5,100";

    private static BarSeries read(String csv) {
        return BarSeriesCsv.read(new StringReader(csv), "test.csv", "T");
    }

    private static DataFormatException failure(String csv) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> read(csv));
        assertThat(e).as("expected a DataFormatException for:%n%s", csv).isNotNull();
        return e;
    }

    @Test
    void readsAMinimalFile() {
        BarSeries s = read(HEADER + "\n" + GOOD_ROW + "\n2020-01-03,10.5,12,10,11.5,1.5e3\n");
        assertThat(s.name()).isEqualTo("T");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.date(1)).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(s.toArray(Column.OPEN)).containsExactly(10, 10.5);
        assertThat(s.toArray(Column.HIGH)).containsExactly(11, 12);
        assertThat(s.toArray(Column.LOW)).containsExactly(9, 10);
        assertThat(s.closes()).containsExactly(10.5, 11.5);
        assertThat(s.toArray(Column.VOLUME)).containsExactly(100, 1500);
        assertThat(s.hasAdjustedClose()).isFalse();
    }

    @Test
    void headerIsMatchedByNameInAnyOrderAndCaseAndExtraColumnsAreIgnored() {
        BarSeries s = read("Volume, Date ,Symbol,CLOSE,Low,High,Open,Adj Close\n"
                + "100,2020-01-02,XYZ,10.5,9,11,10,5.25\n"
                + "200,2020-01-03,\"X,Y\",11,10,12,10.5,5.5\n");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.closes()).containsExactly(10.5, 11);
        assertThat(s.toArray(Column.OPEN)).containsExactly(10, 10.5);
        assertThat(s.toArray(Column.VOLUME)).containsExactly(100, 200);
        assertThat(s.hasAdjustedClose()).isTrue();
        assertThat(s.toArray(Column.ADJ_CLOSE)).containsExactly(5.25, 5.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"adj_close", "adjclose", "Adj Close", "ADJ_CLOSE", "AdjClose"})
    void acceptsAdjustedCloseSpellings(String name) {
        BarSeries s = read(HEADER + "," + name + "\n" + GOOD_ROW + ",7.5\n");
        assertThat(s.hasAdjustedClose()).isTrue();
        assertThat(s.adjClose(0)).isEqualTo(7.5);
    }

    @Test
    void headerOnlyGivesAnEmptySeries() {
        assertThat(read(HEADER + "\n").isEmpty()).isTrue();
    }

    @Test
    void toleratesByteOrderMarkCrLfAndBlankLines() {
        BarSeries s = read("\uFEFF" + HEADER + "\r\n\r\n" + GOOD_ROW + "\r\n   \r\n2020-01-03,10,11,9,10,100\r\n\r\n");
        assertThat(s.size()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] {0} -> column {2} ({3}): {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-01-03,abc,11,9,10,100           | 3 | 2 | open   | not a number: "abc"
            2020-01-03,,11,9,10,100              | 3 | 2 | open   | not a number: ""
            2020-01-03,10d,11,9,10,100           | 3 | 2 | open   | not a number: "10d"
            2020-01-03,0x1p3,11,9,10,100         | 3 | 2 | open   | not a number: "0x1p3"
            2020-01-03,10,11,9,10,1e             | 3 | 6 | volume | not a number: "1e"
            2020-01-03,10,NaN,9,10,100           | 3 | 3 | high   | must be finite, was "NaN"
            2020-01-03,10,11,-Infinity,10,100    | 3 | 4 | low    | must be finite, was "-Infinity"
            2020-01-03,10,11,9,1e999,100         | 3 | 5 | close  | must be finite, was "1e999"
            2020-01-03,10,11,9,10,inf            | 3 | 6 | volume | must be finite, was "inf"
            2020-01-03,0,11,9,10,100             | 3 | 2 | open   | price must be positive, was 0
            2020-01-03,10,11,-9,10,100           | 3 | 4 | low    | price must be positive, was -9
            2020-01-03,10,11,9,-0.0,100          | 3 | 5 | close  | price must be positive, was -0.0
            2020-01-03,10,11,9,10,-1             | 3 | 6 | volume | volume must be zero or positive, was -1
            2020-01-03,10,9,11,10,100            | 3 | 3 | high   | high 9.0 is below low 11.0
            2020-01-03,12,11,9,10,100            | 3 | 2 | open   | open 12.0 is outside [low, high] = [9.0, 11.0]
            2020-01-03,8.5,11,9,10,100           | 3 | 2 | open   | open 8.5 is outside [low, high] = [9.0, 11.0]
            2020-01-03,10,11,9,11.01,100         | 3 | 5 | close  | close 11.01 is outside [low, high] = [9.0, 11.0]
            2020-01-03,10,11,9,8,100             | 3 | 5 | close  | close 8.0 is outside [low, high] = [9.0, 11.0]
            2020-01-02,10,11,9,10,100            | 3 | 1 | date   | date 2020-01-02 is not after the previous row's date 2020-01-02
            2019-12-31,10,11,9,10,100            | 3 | 1 | date   | date 2019-12-31 is not after the previous row's date 2020-01-02
            2020/01/03,10,11,9,10,100            | 3 | 1 | date   | not an ISO date (yyyy-MM-dd): "2020/01/03"
            2020-02-30,10,11,9,10,100            | 3 | 1 | date   | not an ISO date (yyyy-MM-dd): "2020-02-30"
            2020-1-3,10,11,9,10,100              | 3 | 1 | date   | not an ISO date (yyyy-MM-dd): "2020-1-3"
            2020-01-03T00:00,10,11,9,10,100      | 3 | 1 | date   | not an ISO date (yyyy-MM-dd): "2020-01-03T00:00"
            2020-01-03,10,11,9,10                | 3 | 6 | volume | expected 6 fields as in the header, found 5
            2020-01-03                           | 3 | 2 | open   | expected 6 fields as in the header, found 1
            2020-01-03,10,11,9,10,100,7          | 3 | 7 |        | expected 6 fields as in the header, found 7
            """)
    void badRowIsReportedWithFileLineAndColumn(String badRow, long line, int column, String columnName,
                                               String problem) {
        DataFormatException e = failure(HEADER + "\n" + GOOD_ROW + "\n" + badRow + "\n2020-01-06,10,11,9,10,100\n");
        assertThat(e.source()).isEqualTo("test.csv");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.columnName()).isEqualTo(columnName);
        assertThat(e.problem()).isEqualTo(problem);
        String location = "test.csv:" + line + ":" + column + (columnName == null ? "" : " (" + columnName + ")");
        assertThat(e.getMessage()).isEqualTo(location + ": " + problem);
    }

    @Test
    void columnNameInErrorsIsSpeltAsInTheHeader() {
        DataFormatException e = failure("DATE,Open,HIGH,low,Close,VOLUME\n2020-01-02,10,11,9,x,1\n");
        assertThat(e.getMessage()).isEqualTo("test.csv:2:5 (Close): not a number: \"x\"");
    }

    @Test
    void lineNumbersCountBlankLinesAndMultiLineQuotedFields() {
        String csv = HEADER + ",note\n"                       // line 1
                + "\n"                                        // line 2
                + GOOD_ROW + ",\"two\nlines\"\n"              // lines 3-4
                + "\n"                                        // line 5
                + "2020-01-03,10,11,9,10,-5,ok\n";           // line 6
        DataFormatException e = failure(csv);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.columnName()).isEqualTo("volume");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            date,open,high,low,close         | volume
            Date,Open,High,Low,Volume        | close
            open,high,low,close,volume       | date
            date,opening,high,low,close,vol  | open
            """)
    void missingRequiredColumnIsReportedOnLineOne(String header, String missing) {
        DataFormatException e = failure(header + "\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isZero();
        assertThat(e.columnName()).isEqualTo(missing);
        assertThat(e.getMessage()).startsWith("test.csv:1:0 (" + missing + "): missing required column '" + missing + "'");
    }

    @Test
    void duplicateColumnIsReportedAtItsSecondOccurrence() {
        DataFormatException e = failure("date,open,high,low,close,volume,Adj Close,adjclose\n");
        assertThat(e.getMessage())
                .isEqualTo("test.csv:1:8 (adjclose): duplicate column, same as column 7 (Adj Close)");
    }

    @Test
    void emptyInputIsRejected() {
        DataFormatException e = failure("");
        assertThat(e.getMessage()).isEqualTo("test.csv:1:0: empty input, expected a header line");
        assertThat(e.columnName()).isNull();
    }

    @Test
    void malformedQuotingIsADataFormatError() {
        DataFormatException e = failure(HEADER + "\n" + GOOD_ROW + "\n2020-01-03,\"10\"x,11,9,10,100\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).startsWith("malformed CSV");
    }

    @Test
    void readsAFileAndNamesTheSeriesAndErrorsAfterIt(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("XYZ.csv");
        Files.writeString(good, HEADER + "\n" + GOOD_ROW + "\n", StandardCharsets.UTF_8);
        BarSeries s = BarSeriesCsv.read(good);
        assertThat(s.name()).isEqualTo("XYZ");
        assertThat(BarSeriesCsv.read(good, "Other").name()).isEqualTo("Other");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "\n" + GOOD_ROW + "\n2020-01-03,10,11,9,10,x\n", StandardCharsets.UTF_8);
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> BarSeriesCsv.read(bad));
        assertThat(e.source()).isEqualTo(bad.toString());
        assertThat(e.getMessage()).isEqualTo(bad + ":3:6 (volume): not a number: \"x\"");
    }

    @Test
    void missingFileIsAnIoErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> BarSeriesCsv.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read bar series: no such file: " + missing);
    }

    @Test
    void rejectsNullAndBlankArguments() {
        assertThatThrownBy(() -> BarSeriesCsv.read((Path) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> BarSeriesCsv.read(new StringReader(""), "", "T"))
                .hasMessage("sourceName must not be blank, was \"\"");
        assertThatThrownBy(() -> BarSeriesCsv.read(new StringReader(""), "s", null))
                .hasMessage("seriesName must not be blank, was null");
        assertThatThrownBy(() -> BarSeriesCsv.write(null, new StringWriter()))
                .hasMessage("series must not be null");
    }

    @Test
    void writesTheDocumentedLayout() {
        BarSeries s = read("date,open,high,low,close,adj_close,volume\n"
                + "2020-01-02,10,11,9,10.5,5.25,100\n2020-01-03,10.5,12,10,11.5,5.75,1234.5\n");
        StringWriter out = new StringWriter();
        BarSeriesCsv.write(s, out);
        assertThat(out.toString()).isEqualTo("date,open,high,low,close,adj_close,volume\n"
                + "2020-01-02,10,11,9,10.5,5.25,100\n"
                + "2020-01-03,10.5,12,10,11.5,5.75,1234.5\n");
    }

    @Test
    void writeThenReadGivesAnEqualSeries() {
        PropertyTesting.forAll(0xC5FL, 200, rnd -> Generators.gbmBars(rnd, 0, 40), s -> {
            StringWriter out = new StringWriter();
            BarSeriesCsv.write(s, out);
            assertThat(BarSeriesCsv.read(new StringReader(out.toString()), "rt.csv", s.name())).isEqualTo(s);
        });
    }

    @Test
    void writesToAFile(@TempDir Path dir) {
        BarSeries s = Generators.gbmBars(Generators.random(7), "G", 30, LocalDate.of(2015, 3, 2), 50, 0.1, 0.3);
        Path file = dir.resolve("g.csv");
        BarSeriesCsv.write(s, file);
        assertThat(BarSeriesCsv.read(file, "G")).isEqualTo(s);
    }
}
