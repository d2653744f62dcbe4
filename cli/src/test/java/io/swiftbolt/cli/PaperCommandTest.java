package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.journal.FileJournal;
import io.swiftbolt.trading.oms.OrderManager;
import io.swiftbolt.trading.oms.TradingEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperCommandTest extends CliTestBase {

    static final String BARS = String.join("\n",
            "date,open,high,low,close,volume",
            "2020-01-02,100,101,99,100.5,100000",
            "2020-01-03,100.5,103,100,102.5,100000",
            "2020-01-06,102.5,104,101.5,103.5,100000",
            "2020-01-07,103.5,104,98,99,100000",
            "2020-01-08,99,100,97,98,100000") + "\n";

    static final String ORDERS = String.join("\n",
            "date,symbol,side,quantity,type,limit_price,stop_price,tif,client_order_id",
            "2020-01-02,SPY,buy,100,limit,100.2,,day,lim1",
            "2020-01-03,SPY,buy,50,market,,,day,mkt1",
            "2020-01-03,SPY,sell,0,market,,,day,bad-qty",
            "2020-01-03,SPY,buy,10,limit,,,gtc,no-limit",
            "2020-01-03,QQQ,buy,10,market,,,day,unknown",
            "2020-01-03,SPY,buy,10,market,,,day,lim1",
            "2020-01-06,SPY,sell,150,stop,,99.5,gtc,stop1",
            "2020-01-06,SPY,buy,10,limit,90,,day,expires") + "\n";

    @Test
    void replaysOrdersAgainstBarsAndWritesTheThreeFiles() throws Exception {
        Path bars = write("SPY.csv", BARS);
        Path orders = write("orders.csv", ORDERS);
        Path out = dir.resolve("out");
        Path journal = dir.resolve("paper.journal");
        Result r = run("paper", "--bars", bars.toString(), "--orders", orders.toString(), "--cash", "50000",
                "--journal", journal.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("paper SPY: 5 bars 2020-01-02..2020-01-08, 8 orders, starting cash 50000.00")
                .contains("INVALID_QUANTITY").contains("MISSING_LIMIT_PRICE").contains("UNKNOWN_SYMBOL")
                .contains("DUPLICATE_CLIENT_ORDER_ID")
                .containsPattern("2020-01-02 +lim1 +SPY +buy +100 +100.00")   // limit: open 100 <= 100.2
                .containsPattern("2020-01-03 +mkt1 +SPY +buy +50 +100.50")    // market at the open
                .containsPattern("2020-01-07 +stop1 +SPY +sell +150 +99.50"); // stop reached in the bar's range
        assertThat(r.out()).contains("(none)"); // no positions left
        // 100 x 100 + 50 x 100.5 bought, 150 x 99.5 sold: -10000 - 5025 + 14925 = -100
        assertThat(r.out()).contains("P&L: equity 49900.00 = cash 49900.00 + positions 0.00; realized -100.00");
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"), StandardCharsets.UTF_8);
        assertThat(fills).hasSize(4).first().isEqualTo(
                "date,order_id,client_order_id,symbol,side,quantity,price,fee,cash_change");
        assertThat(fills.get(3)).isEqualTo("2020-01-07,3,stop1,SPY,sell,150,99.50,0.00,14925.00");
        List<String> ordersOut = Files.readAllLines(out.resolve("orders.csv"), StandardCharsets.UTF_8);
        assertThat(ordersOut).hasSize(9).anyMatch(l -> l.startsWith("expires,4,2020-01-06,SPY,buy,10,limit,90,,day,"
                + "expired,0,,DAY_ENDED"));
        assertThat(ordersOut).anyMatch(l -> l.startsWith("bad-qty,,2020-01-03") && l.endsWith("INVALID_QUANTITY"));
        assertThat(ordersOut).contains("lim1,1,2020-01-02,SPY,buy,100,limit,100.2,,day,filled,100,100.0000,")
                .contains("lim1,,2020-01-03,SPY,buy,10,market,,,day,rejected,0,,DUPLICATE_CLIENT_ORDER_ID");
        assertThat(Files.readAllLines(out.resolve("equity.csv"))).hasSize(6).contains("2020-01-08,49900.00,49900.00");
        try (FileJournal j = FileJournal.open(journal)) {
            List<TradingEvent> events = OrderManager.readEvents(j);
            assertThat(events.get(0)).isInstanceOf(TradingEvent.AccountOpened.class);
            assertThat(events).filteredOn(e -> e instanceof TradingEvent.OrderRejected).hasSize(4);
        }
    }

    @Test
    void badRowsFailWithFileLineAndColumnAndWriteNothing() throws Exception {
        Path bars = write("SPY.csv", BARS);
        Path orders = write("orders.csv", "date,symbol,side,quantity,type,limit_price,stop_price,tif,client_order_id\n"
                + "2020-01-02,SPY,buy,100,limit,abc,,day,x\n");
        Path out = dir.resolve("out");
        Result r = run("paper", "--bars", bars.toString(), "--orders", orders.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("orders.csv:2:6 (limit_price): not a number: \"abc\"");
        assertThat(out).doesNotExist();
        Path badSide = write("o2.csv", "date,symbol,side,quantity,type,limit_price,stop_price,tif,client_order_id\n"
                + "2020-01-02,SPY,hold,100,market,,,day,x\n");
        assertThat(run("paper", "--bars", bars.toString(), "--orders", badSide.toString()).err())
                .contains("o2.csv:2:3 (side): must be one of buy, sell, was \"hold\"");
        Path noColumn = write("o3.csv", "date,symbol,side,quantity\n2020-01-02,SPY,buy,1\n");
        assertThat(run("paper", "--bars", bars.toString(), "--orders", noColumn.toString()).err())
                .contains("missing column 'type'");
        assertThat(run("paper", "--bars", bars.toString(), "--orders", orders.toString(), "--cash", "-1").err())
                .contains("--cash must be in [0, 1e11], was -1.0");
    }

    @Test
    void refusesAJournalThatAlreadyHoldsEvents() throws Exception {
        Path bars = write("SPY.csv", BARS);
        Path orders = write("orders.csv", ORDERS);
        Path journal = dir.resolve("j");
        assertThat(run("paper", "--bars", bars.toString(), "--orders", orders.toString(), "--journal",
                journal.toString()).code()).isZero();
        Result again = run("paper", "--bars", bars.toString(), "--orders", orders.toString(), "--journal",
                journal.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds").contains("give a new file");
    }

    @Test
    void tourStepTradesTheDiscoveredStrategyAndRecoversFromItsJournal() {
        StringWriter s = new StringWriter();
        new PaperTradingTourStep().run(new PrintWriter(s, true));
        assertThat(s.toString()).contains("strategy (last fold's best)").contains("out of sample")
                .containsPattern("\\d+ fills").contains("identical");
    }
}
