package io.swiftbolt.core.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataFormatExceptionTest {

    @Test
    void messageLocatesTheProblemCompilerStyle() {
        DataFormatException e = new DataFormatException("data/x.csv", 17, 5, "close", "not a number: \"1,5x\"");
        assertThat(e).hasMessage("data/x.csv:17:5 (close): not a number: \"1,5x\"");
        assertThat(e.source()).isEqualTo("data/x.csv");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.columnName()).isEqualTo("close");
        assertThat(e.problem()).isEqualTo("not a number: \"1,5x\"");
        assertThat(e).isInstanceOf(RuntimeException.class).hasNoCause();
    }

    @Test
    void columnNameIsOptionalAndCauseIsKept() {
        IllegalStateException cause = new IllegalStateException("boom");
        DataFormatException e = new DataFormatException("s", 1, 0, null, "empty", cause);
        assertThat(e).hasMessage("s:1:0: empty").hasCause(cause);
        assertThat(e.columnName()).isNull();
    }
}
