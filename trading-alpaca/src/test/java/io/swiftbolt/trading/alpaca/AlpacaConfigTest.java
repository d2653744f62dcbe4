package io.swiftbolt.trading.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paper by default, live only explicitly, keys from the environment and masked. */
class AlpacaConfigTest {

    private static final Map<String, String> KEYS = Map.of("APCA_API_KEY_ID", "PKABCDEF123", "APCA_API_SECRET_KEY",
            "s3cr3t-value");

    @Test
    void defaultsToThePaperEndpoint() {
        AlpacaConfig c = AlpacaConfig.fromEnvironment(KEYS);
        assertThat(c.baseUrl()).isEqualTo(AlpacaConfig.PAPER_URL);
        assertThat(c.isPaper()).isTrue();
        assertThat(c.isLive()).isFalse();
        assertThat(c.allowLive()).isFalse();
        assertThat(c.dataUrl()).isEqualTo(AlpacaConfig.DATA_URL);
        assertThat(c.streamUrl()).isEqualTo(URI.create("wss://paper-api.alpaca.markets/stream"));
        assertThat(AlpacaConfig.paper("k", "s").baseUrl()).isEqualTo(AlpacaConfig.PAPER_URL);
    }

    @Test
    void liveNeedsAnExplicitChoice() {
        Map<String, String> env = new java.util.HashMap<>(KEYS);
        env.put("APCA_API_BASE_URL", "https://api.alpaca.markets/v2/");
        AlpacaConfig live = AlpacaConfig.fromEnvironment(env);
        assertThat(live.baseUrl()).isEqualTo(AlpacaConfig.LIVE_URL);
        assertThat(live.isLive()).isTrue();
        assertThatThrownBy(() -> AlpacaBroker.builder().config(live).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIVE endpoint (real money)")
                .hasMessageContaining("withAllowLive(true)");
        assertThat(AlpacaBroker.builder().config(live.withAllowLive(true)).build().config().isLive()).isTrue();
    }

    @Test
    void missingKeysNameTheVariable() {
        assertThatThrownBy(() -> AlpacaConfig.fromEnvironment(Map.of("APCA_API_SECRET_KEY", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APCA_API_KEY_ID");
        assertThatThrownBy(() -> AlpacaConfig.fromEnvironment(Map.of("APCA_API_KEY_ID", "PKABCDEF123")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APCA_API_SECRET_KEY")
                .message().doesNotContain("PKABCDEF123");
    }

    @Test
    void badUrlsAreRejected() {
        Map<String, String> env = new java.util.HashMap<>(KEYS);
        env.put("APCA_API_BASE_URL", "ftp://example.com");
        assertThatThrownBy(() -> AlpacaConfig.fromEnvironment(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void localUrlsGetAPlainWebsocket() {
        Map<String, String> env = new java.util.HashMap<>(KEYS);
        env.put("APCA_API_BASE_URL", "http://127.0.0.1:8080");
        AlpacaConfig c = AlpacaConfig.fromEnvironment(env);
        assertThat(c.streamUrl()).isEqualTo(URI.create("ws://127.0.0.1:8080/stream"));
        assertThat(c.isPaper()).isFalse();
        assertThat(c.isLive()).isFalse();
    }

    @Test
    void toStringMasksBothKeys() {
        String s = AlpacaConfig.fromEnvironment(KEYS).toString();
        assertThat(s).contains("keyId=PK****").contains("secretKey=****")
                .doesNotContain("PKABCDEF123").doesNotContain("s3cr3t-value");
    }
}
