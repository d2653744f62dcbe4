package io.swiftbolt.core.series;

import io.swiftbolt.core.series.BarSeries.Column;
import io.swiftbolt.core.testing.Generators;
import io.swiftbolt.core.testing.PropertyTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarSeriesTest {

    private static final int D0 = (int) LocalDate.of(2020, 1, 6).toEpochDay(); // a Monday

    /** Four bars on Mon, Tue, Wed, Fri of one week. */
    private static BarSeries sample() {
        return BarSeries.of("TEST",
                new int[] {D0, D0 + 1, D0 + 2, D0 + 4},
                new double[] {10, 11, 12, 11},
                new double[] {11, 12, 12.5, 12},
                new double[] {9.5, 10.5, 11, 10},
                new double[] {11, 12, 11, 10},
                new double[] {100, 200, 0, 50});
    }

    @Test
    void elementAccess() {
        BarSeries s = sample();
        assertThat(s.name()).isEqualTo("TEST");
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.date(3)).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(s.epochDay(1)).isEqualTo(D0 + 1);
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(s.lastDate()).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(s.open(1)).isEqualTo(11);
        assertThat(s.high(2)).isEqualTo(12.5);
        assertThat(s.low(0)).isEqualTo(9.5);
        assertThat(s.close(3)).isEqualTo(10);
        assertThat(s.volume(2)).isEqualTo(0);
        assertThat(s.get(Column.HIGH, 1)).isEqualTo(12);
        assertThat(s.hasAdjustedClose()).isFalse();
    }

    @Test
    void bulkAccessReturnsCopies() {
        BarSeries s = sample();
        double[] closes = s.closes();
        assertThat(closes).containsExactly(11, 12, 11, 10);
        closes[0] = 999;
        assertThat(s.close(0)).isEqualTo(11);
        assertThat(s.toArray(Column.VOLUME)).containsExactly(100, 200, 0, 50);
        int[] days = s.epochDays();
        days[0] = 0;
        assertThat(s.epochDay(0)).isEqualTo(D0);
        double[] dst = {-1, -1, -1, -1, -1, -1};
        s.copyInto(Column.OPEN, dst, 1);
        assertThat(dst).containsExactly(-1, 10, 11, 12, 11, -1);
        assertThatThrownBy(() -> s.copyInto(Column.OPEN, dst, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.copyInto(Column.OPEN, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjustedCloseIsOptional() {
        BarSeries plain = sample();
        assertThatThrownBy(() -> plain.adjClose(0))
                .isInstanceOf(IllegalStateException.class).hasMessage("series TEST has no adjusted close");
        assertThatThrownBy(() -> plain.toArray(Column.ADJ_CLOSE)).isInstanceOf(IllegalStateException.class);

        BarSeries adjusted = BarSeries.of("ADJ", new int[] {D0, D0 + 1}, new double[] {10, 11},
                new double[] {10, 11}, new double[] {10, 11}, new double[] {10, 11}, new double[] {1, 1},
                new double[] {5, 5.5});
        assertThat(adjusted.hasAdjustedClose()).isTrue();
        assertThat(adjusted.adjClose(1)).isEqualTo(5.5);
        assertThat(adjusted.slice(1, 2).toArray(Column.ADJ_CLOSE)).containsExactly(5.5);
    }

    @Test
    void indexOutOfRangeThrows() {
        BarSeries s = sample();
        assertThatThrownBy(() -> s.close(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.date(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(1, 3).close(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sliceIsAViewWithRelativeIndexes() {
        BarSeries s = sample();
        BarSeries mid = s.slice(1, 3);
        assertThat(mid.size()).isEqualTo(2);
        assertThat(mid.close(0)).isEqualTo(12);
        assertThat(mid.date(1)).isEqualTo(LocalDate.of(2020, 1, 8));
        assertThat(mid.closes()).containsExactly(12, 11);
        assertThat(mid.name()).isEqualTo("TEST");
        assertThat(s.slice(0, 4)).isSameAs(s);
        BarSeries empty = s.slice(2, 2);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.simpleReturns()).isEmpty();
        assertThat(empty.toString()).isEqualTo("BarSeries[TEST, 0 bars]");
        assertThatThrownBy(empty::firstDate).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(empty::lastDate).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void dateSearch() {
        BarSeries s = sample(); // 6, 7, 8, 10 January 2020
        assertThat(s.indexOf(LocalDate.of(2020, 1, 8))).isEqualTo(2);
        assertThat(s.indexOf(LocalDate.of(2020, 1, 9))).isEqualTo(-1);
        assertThat(s.indexAtOrBefore(LocalDate.of(2020, 1, 9))).isEqualTo(2);
        assertThat(s.indexAtOrBefore(LocalDate.of(2020, 1, 5))).isEqualTo(-1);
        assertThat(s.indexAtOrBefore(LocalDate.of(2030, 1, 5))).isEqualTo(3);
        assertThat(s.indexAtOrAfter(LocalDate.of(2020, 1, 9))).isEqualTo(3);
        assertThat(s.indexAtOrAfter(LocalDate.of(2020, 1, 11))).isEqualTo(-1);
        assertThat(s.indexAtOrAfter(LocalDate.MIN)).isEqualTo(0);
        assertThat(s.indexAtOrBefore(LocalDate.MAX)).isEqualTo(3);
        BarSeries tail = s.slice(2, 4);
        assertThat(tail.indexOf(LocalDate.of(2020, 1, 10))).isEqualTo(1);
        assertThat(tail.indexOf(LocalDate.of(2020, 1, 6))).isEqualTo(-1);
        assertThat(tail.indexAtOrBefore(LocalDate.of(2020, 1, 7))).isEqualTo(-1);
        assertThatThrownBy(() -> s.indexOf(null)).hasMessage("date must not be null");
    }

    @Test
    void betweenIsInclusiveAndMayBeEmpty() {
        BarSeries s = sample();
        assertThat(s.between(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 10)).closes())
                .containsExactly(12, 11, 10);
        assertThat(s.between(LocalDate.of(2020, 1, 9), LocalDate.of(2020, 1, 9)).isEmpty()).isTrue();
        assertThat(s.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)).isEmpty()).isTrue();
        assertThat(s.between(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 2, 1))).isEqualTo(s);
        assertThatThrownBy(() -> s.between(LocalDate.of(2020, 1, 8), LocalDate.of(2020, 1, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must not be after to = 2020-01-07, was 2020-01-08");
    }

    @Test
    void returnsOfCloses() {
        BarSeries s = sample();
        assertThat(s.simpleReturns()).containsExactly(Returns.simple(new double[] {11, 12, 11, 10}));
        assertThat(s.logReturns()).containsExactly(Returns.log(new double[] {11, 12, 11, 10}));
        assertThat(s.slice(0, 1).logReturns()).isEmpty();
    }

    @Test
    void equalityIsByContent() {
        BarSeries s = sample();
        BarSeries rebuilt = BarSeries.of("TEST", s.epochDays(), s.toArray(Column.OPEN), s.toArray(Column.HIGH),
                s.toArray(Column.LOW), s.closes(), s.toArray(Column.VOLUME));
        assertThat(rebuilt).isEqualTo(s).hasSameHashCodeAs(s);
        BarSeries sliceCopy = BarSeries.of("TEST", s.slice(1, 3).epochDays(), s.slice(1, 3).toArray(Column.OPEN),
                s.slice(1, 3).toArray(Column.HIGH), s.slice(1, 3).toArray(Column.LOW), s.slice(1, 3).closes(),
                s.slice(1, 3).toArray(Column.VOLUME));
        assertThat(s.slice(1, 3)).isEqualTo(sliceCopy).hasSameHashCodeAs(sliceCopy);
        assertThat(s.slice(1, 3)).isNotEqualTo(s.slice(0, 2));
        double[] volume = s.toArray(Column.VOLUME);
        volume[0] = 101;
        assertThat(BarSeries.of("TEST", s.epochDays(), s.toArray(Column.OPEN), s.toArray(Column.HIGH),
                s.toArray(Column.LOW), s.closes(), volume)).isNotEqualTo(s);
        assertThat(BarSeries.of("OTHER", s.epochDays(), s.toArray(Column.OPEN), s.toArray(Column.HIGH),
                s.toArray(Column.LOW), s.closes(), s.toArray(Column.VOLUME))).isNotEqualTo(s);
        assertThat(s.toString()).isEqualTo("BarSeries[TEST, 4 bars, 2020-01-06..2020-01-10]");
    }

    @Test
    void inputArraysAreCopiedSoLaterMutationDoesNotChangeTheSeries() {
        int[] days = {D0, D0 + 1};
        double[] open = {10, 11};
        double[] high = {12, 12};
        double[] low = {9, 10};
        double[] close = {11, 11};
        double[] volume = {1, 2};
        double[] adj = {5, 6};
        BarSeries s = BarSeries.of("X", days, open, high, low, close, volume, adj);
        days[1] = D0 - 5;
        open[0] = -1;
        high[0] = Double.NaN;
        low[0] = 100;
        close[1] = 0;
        volume[0] = -3;
        adj[1] = 99;
        assertThat(s.epochDays()).containsExactly(D0, D0 + 1);
        assertThat(s.toArray(Column.OPEN)).containsExactly(10, 11);
        assertThat(s.toArray(Column.HIGH)).containsExactly(12, 12);
        assertThat(s.toArray(Column.LOW)).containsExactly(9, 10);
        assertThat(s.closes()).containsExactly(11, 11);
        assertThat(s.toArray(Column.VOLUME)).containsExactly(1, 2);
        assertThat(s.toArray(Column.ADJ_CLOSE)).containsExactly(5, 6);
    }

    @Test
    void rejectedConstructionLeavesTheCallersArraysUnchanged() {
        int[] days = {D0, D0 + 1, D0 + 2};
        double[] open = {10, 11, 12};
        double[] high = {12, 12, 11}; // bar 2: high below low
        double[] low = {9, 10, 11.5};
        double[] close = {11, 11, 11.5};
        double[] volume = {1, 2, 3};
        int[] daysBefore = days.clone();
        double[][] before = {open.clone(), high.clone(), low.clone(), close.clone(), volume.clone()};
        assertThatThrownBy(() -> BarSeries.of("X", days, open, high, low, close, volume))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("high[2] must be at least low[2] = 11.5, was 11.0");
        assertThat(days).containsExactly(daysBefore);
        assertThat(new double[][] {open, high, low, close, volume}).isDeepEqualTo(before);
    }

    @ParameterizedTest(name = "{0}[{1}] = {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            open     | 1 | 0        | open[1] must be positive and finite, was 0.0
            open     | 0 | -5       | open[0] must be positive and finite, was -5.0
            high     | 1 | NaN      | high[1] must be positive and finite, was NaN
            low      | 0 | Infinity | low[0] must be positive and finite, was Infinity
            close    | 1 | -0.0     | close[1] must be positive and finite, was -0.0
            close    | 1 | 12.5     | close[1] must be within [low, high] = [10.0, 12.0], was 12.5
            open     | 0 | 9        | open[0] must be within [low, high] = [9.5, 11.0], was 9.0
            low      | 0 | 11.5     | high[0] must be at least low[0] = 11.5, was 11.0
            volume   | 1 | -1       | volume[1] must be zero or positive and finite, was -1.0
            volume   | 1 | NaN      | volume[1] must be zero or positive and finite, was NaN
            volume   | 0 | Infinity | volume[0] must be zero or positive and finite, was Infinity
            adjClose | 1 | 0        | adjClose[1] must be positive and finite, was 0.0
            """)
    void rejectsInvalidBarsNamingArrayIndexAndValue(String column, int index, double value, String message) {
        double[] open = {10, 11};
        double[] high = {11, 12};
        double[] low = {9.5, 10};
        double[] close = {11, 12};
        double[] volume = {100, 200};
        double[] adj = {5, 6};
        double[] target = switch (column) {
            case "open" -> open;
            case "high" -> high;
            case "low" -> low;
            case "close" -> close;
            case "volume" -> volume;
            case "adjClose" -> adj;
            default -> throw new AssertionError(column);
        };
        target[index] = value;
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0 + 1}, open, high, low, close, volume, adj))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsStructuralProblems() {
        double[] two = {1, 1};
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0}, two, two, two, two, two))
                .hasMessage("epochDays[1] must be after epochDays[0] = 2020-01-06, was 2020-01-06");
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0 - 1}, two, two, two, two, two))
                .hasMessageStartingWith("epochDays[1] must be after");
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0 + 1}, two, two, new double[] {1}, two, two))
                .hasMessage("low must have length 2, had 1");
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0 + 1}, two, two, two, two, two, new double[3]))
                .hasMessage("adjClose must have length 2, had 3");
        assertThatThrownBy(() -> BarSeries.of("X", new int[] {D0, D0 + 1}, two, two, two, null, two))
                .hasMessage("close must not be null");
        assertThatThrownBy(() -> BarSeries.of(" ", new int[] {D0, D0 + 1}, two, two, two, two, two))
                .hasMessage("name must not be blank, was \" \"");
        assertThat(BarSeries.of("EMPTY", new int[0], new double[0], new double[0], new double[0],
                new double[0], new double[0]).isEmpty()).isTrue();
    }

    // ---------------------------------------------------------------- properties

    @Test
    void sliceThenReturnsEqualsReturnsThenSlice() {
        PropertyTesting.forAll(0x511CEL, 300, rnd -> {
            BarSeries s = Generators.gbmBars(rnd, 0, 120);
            int from = rnd.nextInt(0, s.size() + 1);
            int to = rnd.nextInt(from, s.size() + 1);
            return new SliceCase(s, from, to);
        }, c -> {
            BarSeries slice = c.series().slice(c.from(), c.to());
            double[] all = c.series().simpleReturns();
            double[] expected = c.to() - c.from() < 2 ? new double[0]
                    : Arrays.copyOfRange(all, c.from(), c.to() - 1);
            assertThat(slice.simpleReturns()).containsExactly(expected);
            double[] allLog = c.series().logReturns();
            double[] expectedLog = c.to() - c.from() < 2 ? new double[0]
                    : Arrays.copyOfRange(allLog, c.from(), c.to() - 1);
            assertThat(slice.logReturns()).containsExactly(expectedLog);
            for (Column column : Column.values()) {
                if (column != Column.ADJ_CLOSE || c.series().hasAdjustedClose()) {
                    assertThat(slice.toArray(column))
                            .containsExactly(Arrays.copyOfRange(c.series().toArray(column), c.from(), c.to()));
                }
            }
            assertThat(slice.epochDays()).containsExactly(Arrays.copyOfRange(c.series().epochDays(), c.from(), c.to()));
        });
    }

    @Test
    void sliceOfSliceIsSliceOfOriginal() {
        PropertyTesting.forAll(0x2511CEL, 300, rnd -> {
            BarSeries s = Generators.gbmBars(rnd, 0, 80);
            int a = rnd.nextInt(0, s.size() + 1);
            int b = rnd.nextInt(a, s.size() + 1);
            int c = rnd.nextInt(0, b - a + 1);
            int d = rnd.nextInt(c, b - a + 1);
            return new NestedSlice(s, a, b, c, d);
        }, q -> assertThat(q.series().slice(q.a(), q.b()).slice(q.c(), q.d()))
                .isEqualTo(q.series().slice(q.a() + q.c(), q.a() + q.d())));
    }

    @Test
    void dateSearchAgreesWithLinearScan() {
        PropertyTesting.forAll(0xDA7EL, 300, rnd -> {
            BarSeries s = Generators.gbmBars(rnd, 0, 60);
            int from = rnd.nextInt(0, s.size() + 1);
            int to = rnd.nextInt(from, s.size() + 1);
            LocalDate probe = LocalDate.of(1989, 12, 1).plusDays(rnd.nextInt(0, 31 * 365));
            LocalDate probe2 = probe.plusDays(rnd.nextInt(0, 60));
            return new SearchCase(s.slice(from, to), probe, probe2);
        }, c -> {
            BarSeries s = c.series();
            int atOrBefore = -1;
            int atOrAfter = -1;
            int exact = -1;
            for (int i = 0; i < s.size(); i++) {
                if (!s.date(i).isAfter(c.probe())) {
                    atOrBefore = i;
                }
                if (atOrAfter < 0 && !s.date(i).isBefore(c.probe())) {
                    atOrAfter = i;
                }
                if (s.date(i).equals(c.probe())) {
                    exact = i;
                }
            }
            assertThat(s.indexAtOrBefore(c.probe())).isEqualTo(atOrBefore);
            assertThat(s.indexAtOrAfter(c.probe())).isEqualTo(atOrAfter);
            assertThat(s.indexOf(c.probe())).isEqualTo(exact);
            BarSeries between = s.between(c.probe(), c.probe2());
            long expectedCount = Arrays.stream(s.epochDays())
                    .filter(d -> d >= c.probe().toEpochDay() && d <= c.probe2().toEpochDay()).count();
            assertThat(between.size()).isEqualTo((int) expectedCount);
            for (int i = 0; i < between.size(); i++) {
                assertThat(between.date(i)).isBetween(c.probe(), c.probe2());
            }
        });
    }

    @Test
    void bulkCopyEqualsElementAccess() {
        PropertyTesting.forAll(0xC0B1L, 200, rnd -> Generators.gbmBars(rnd, 0, 50), s -> {
            double[] dst = new double[s.size() + 3];
            s.copyInto(Column.CLOSE, dst, 3);
            for (int i = 0; i < s.size(); i++) {
                assertThat(dst[3 + i]).isEqualTo(s.close(i));
                assertThat(s.get(Column.CLOSE, i)).isEqualTo(s.close(i));
                assertThat(s.get(Column.VOLUME, i)).isEqualTo(s.volume(i));
                assertThat(s.low(i)).isLessThanOrEqualTo(Math.min(s.open(i), s.close(i)));
                assertThat(s.high(i)).isGreaterThanOrEqualTo(Math.max(s.open(i), s.close(i)));
            }
        });
    }

    record SliceCase(BarSeries series, int from, int to) {
    }

    record NestedSlice(BarSeries series, int a, int b, int c, int d) {
    }

    record SearchCase(BarSeries series, LocalDate probe, LocalDate probe2) {
    }
}
