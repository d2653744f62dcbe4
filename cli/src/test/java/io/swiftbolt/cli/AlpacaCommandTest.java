package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.trading.alpaca.testing.FakeAlpaca;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code swiftbolt alpaca …} against a fake Alpaca on 127.0.0.1, named by APCA_API_BASE_URL. */
class AlpacaCommandTest extends CliTestBase {

    private FakeAlpaca fake;
    private String env;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeAlpaca(100_000);
        fake.quote("AAA", 99.00, 100, 101.00, 100, 1);
        StringBuilder b = new StringBuilder("# test account\n");
        for (Map.Entry<String, String> e : fake.environment().entrySet()) {
            b.append("export ").append(e.getKey()).append("=\"").append(e.getValue()).append("\"\n");
        }
        env = write("alpaca.env", b.toString()).toString();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Result alpaca(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "alpaca";
        all[1] = "--env-file";
        all[2] = env;
        System.arraycopy(args, 0, all, 3, args.length);
        Result r = run(all);
        assertThat(r.out() + r.err()).doesNotContain(FakeAlpaca.KEY_ID).doesNotContain(FakeAlpaca.SECRET);
        return r;
    }

    @Test
    void accountShowsTheEndpointTheMaskedKeyAndTheMoney() {
        Result r = alpaca("account");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("alpaca account (custom " + fake.baseUrl() + ", key PK****)")
                .containsPattern("status +ACTIVE")
                .containsPattern("cash +100000.00")
                .containsPattern("equity +100000.00")
                .containsPattern("buying power +100000.00");
    }

    @Test
    void submitListCancelAndRefuseASecondCancel() {
        Result s = alpaca("submit", "--symbol", "AAA", "--side", "buy", "--qty", "10", "--type", "limit", "--limit",
                "95", "--tif", "gtc", "--client-order-id", "cli-1");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).contains("alpaca order new: SUBMITTED").containsPattern("cli-1 +AAA +buy +10 +0 +limit "
                + "+95.00 +- +gtc +new");
        Matcher m = Pattern.compile("([0-9a-f]{8}-[0-9a-f-]{27})").matcher(s.out());
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        Result o = alpaca("orders");
        assertThat(o.out()).contains("alpaca open orders: 1").contains(id);

        Result c = alpaca("cancel", id);
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("alpaca cancel requested: " + id);
        assertThat(alpaca("orders").out()).contains("alpaca open orders: 0").contains("(none)");

        Result again = alpaca("cancel", id);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("error: cannot cancel " + id + ": ORDER_NOT_OPEN (already ended)");
        Result unknown = alpaca("cancel", "00000000-0000-0000-0000-000000000000");
        assertThat(unknown.err()).contains("UNKNOWN_ORDER (no such order)");
    }

    @Test
    void marketBuyFillsAndShowsUpInPositions() {
        Result s = alpaca("submit", "--symbol", "AAA", "--side", "buy", "--qty", "10", "--client-order-id", "cli-2");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).contains("alpaca order filled: FILLED");
        Result p = alpaca("positions");
        assertThat(p.out()).contains("alpaca positions: 1").containsPattern("AAA +10 +101.00 +100.00 +1010.00 "
                + "+1000.00 +-10.00");
        assertThat(alpaca("account").out()).containsPattern("cash +98990.00").containsPattern("equity +99990.00");
        Result q = alpaca("quote", "AAA");
        assertThat(q.out()).containsPattern("bid +99.00 x 100").containsPattern("ask +101.00 x 90")
                .containsPattern("last +101.00");
    }

    @Test
    void repeatingAClientOrderIdPlacesNothingAndSaysWhy() {
        String[] submit = {"submit", "--symbol", "AAA", "--side", "buy", "--qty", "10", "--type", "limit", "--limit",
            "95", "--client-order-id", "same"};
        assertThat(alpaca(submit).code()).isZero();
        Result r = alpaca(submit);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("alpaca submit: error: order 'same' rejected: DUPLICATE_CLIENT_ORDER_ID: "
                + "client_order_id must be unique");
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void alpacaRefusalsArePrintedClearly() {
        fake.failNext("GET", "/v2/account", 403, "{\"code\":40310000,\"message\":\"forbidden.\"}", null);
        Result r = alpaca("account");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("alpaca account: error: GET /v2/account: HTTP 403 forbidden. (code 40310000); "
                + "check APCA_API_KEY_ID, APCA_API_SECRET_KEY");

        Result big = alpaca("submit", "--symbol", "AAA", "--side", "buy", "--qty", "5000", "--type", "limit",
                "--limit", "100", "--client-order-id", "big");
        assertThat(big.code()).isEqualTo(1);
        assertThat(big.err()).contains("rejected: INSUFFICIENT_BUYING_POWER: insufficient buying power");
    }

    @Test
    void badInputAndMissingKeysAreClearErrors() throws Exception {
        Result side = alpaca("submit", "--symbol", "AAA", "--side", "hold", "--qty", "1", "--client-order-id", "x");
        assertThat(side.code()).isEqualTo(1);
        assertThat(side.err()).contains("--side must be one of buy, sell, was 'hold'");

        Path noKey = write("nokey.env", "APCA_API_KEY_ID=\nAPCA_API_SECRET_KEY=x\nAPCA_API_BASE_URL="
                + fake.baseUrl() + "\n");
        Result r = run("alpaca", "--env-file", noKey.toString(), "account");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("keyId must not be blank (set APCA_API_KEY_ID)");

        Path bad = write("bad.env", "APCA_API_KEY_ID x\n");
        assertThat(run("alpaca", "--env-file", bad.toString(), "account").err()).contains(":1: expected KEY=VALUE");
    }

    @Test
    void theLiveEndpointNeedsLive() throws Exception {
        Path liveEnv = write("live.env", "APCA_API_KEY_ID=PKLIVE\nAPCA_API_SECRET_KEY=x\n"
                + "APCA_API_BASE_URL=https://api.alpaca.markets\n");
        Result r = run("alpaca", "--env-file", liveEnv.toString(), "account");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is Alpaca's LIVE endpoint (real money)");
    }

    @Test
    void unreachableEndpointIsAClearError() throws Exception {
        Path down = write("down.env", "APCA_API_KEY_ID=PKX\nAPCA_API_SECRET_KEY=x\n"
                + "APCA_API_BASE_URL=http://127.0.0.1:1\n");
        Result r = run("alpaca", "--env-file", down.toString(), "orders");
        assertThat(r.code()).isEqualTo(1);
        String[] lines = r.err().strip().split("\\R");
        assertThat(lines).hasSize(5);
        for (int i = 0; i < 4; i++) {
            assertThat(lines[i]).startsWith("swiftbolt alpaca: GET /v2/orders?status=open&direction=asc&limit=500"
                    + "&nested=true: connection failed").contains("; retry " + (i + 1) + " of 4 in ");
        }
        assertThat(lines[4]).startsWith("swiftbolt alpaca orders: error: GET /v2/orders?status=open")
                .endsWith("(after 5 attempts)");
    }
}
