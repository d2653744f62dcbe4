package io.swiftbolt.core.data;

import io.swiftbolt.core.io.BarSeriesCsv;
import io.swiftbolt.core.series.BarSeries;
import io.swiftbolt.core.series.BarSeries.Column;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BundledDataTest {

    @Test
    void sp500HasTheDocumentedShape() {
        BarSeries s = BundledData.sp500();
        assertThat(s.name()).isEqualTo("SP500");
        assertThat(s.size()).isEqualTo(5105);
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2000, 1, 3));
        assertThat(s.lastDate()).isEqualTo(LocalDate.of(2020, 4, 17));
        assertThat(s.close(0)).isEqualTo(1455.219971);
        assertThat(s.volume(0)).isEqualTo(931800000);
        assertThat(s.close(s.size() - 1)).isEqualTo(2874.560059);
        assertThat(s.hasAdjustedClose()).isTrue();
        assertThat(s.toArray(Column.ADJ_CLOSE)).containsExactly(s.closes());
    }

    @Test
    void sp500HasNoBarsForTheMarketClosureAfterSeptember11() {
        BarSeries s = BundledData.sp500();
        assertThat(s.between(LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 14)).isEmpty()).isTrue();
        assertThat(s.date(s.indexAtOrBefore(LocalDate.of(2001, 9, 14)))).isEqualTo(LocalDate.of(2001, 9, 10));
        assertThat(s.date(s.indexAtOrAfter(LocalDate.of(2001, 9, 11)))).isEqualTo(LocalDate.of(2001, 9, 17));
    }

    @Test
    void sp500KnownDailyAndCalendarYearReturns() {
        BarSeries s = BundledData.sp500();
        int crash = s.indexOf(LocalDate.of(2020, 3, 16));
        assertThat(s.close(crash) / s.close(crash - 1) - 1).isCloseTo(-0.1198, within(0.00005));
        BarSeries y2008 = s.slice(s.indexAtOrBefore(LocalDate.of(2007, 12, 31)),
                s.indexAtOrBefore(LocalDate.of(2008, 12, 31)) + 1);
        assertThat(y2008.firstDate()).isEqualTo(LocalDate.of(2007, 12, 31));
        assertThat(y2008.close(y2008.size() - 1) / y2008.close(0) - 1).isCloseTo(-0.3849, within(0.00005));
    }

    @Test
    void aapl2013HasTheDocumentedShape() {
        BarSeries s = BundledData.aapl2013();
        assertThat(s.name()).isEqualTo("AAPL");
        assertThat(s.size()).isEqualTo(252);
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2013, 1, 2));
        assertThat(s.lastDate()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(s.close(0)).isEqualTo(549.03);
        assertThat(s.hasAdjustedClose()).isFalse();
    }

    @Test
    void loadByNameIsCachedAndMatchesTheAccessors() {
        assertThat(BundledData.names()).containsExactly("sp500", "aapl-2013");
        assertThat(BundledData.load("sp500")).isSameAs(BundledData.sp500());
        assertThat(BundledData.load("aapl-2013")).isSameAs(BundledData.aapl2013());
    }

    @Test
    void unknownNameListsTheValidNames() {
        assertThatThrownBy(() -> BundledData.load("SP500"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be one of [sp500, aapl-2013], was \"SP500\"");
        assertThatThrownBy(() -> BundledData.load(null)).hasMessage("name must not be null");
    }

    @Test
    void bundledResourcesEqualTheSourceFilesReadFromDisk() {
        // The resources as files in the source tree, read through the file API (surefire runs in
        // the module directory).
        Path dir = Path.of("src/main/resources/io/swiftbolt/core/data/bundled");
        BarSeries sp500 = BarSeriesCsv.read(dir.resolve("sp500_daily_2000-01-03_2020-04-17.csv"), "SP500");
        assertThat(sp500).isEqualTo(BundledData.sp500());
        BarSeries aapl = BarSeriesCsv.read(dir.resolve("aapl_daily_2013.csv"), "AAPL");
        assertThat(aapl).isEqualTo(BundledData.aapl2013());
    }
}
