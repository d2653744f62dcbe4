package io.swiftbolt.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swiftbolt.chain.OptionChain.VendorField;
import io.swiftbolt.chain.liquidity.LiquidityAnalyzer;
import io.swiftbolt.chain.liquidity.LiquidityFlag;
import io.swiftbolt.core.io.DataFormatException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionChainCsvTest {

    private static final String HEADER = "contract,expiration,type,strike,bid,ask,volume,open_interest,note\n";
    private static final String GOOD = "A1,2020-05-15,C,100,1.0,1.2,10,100,x\n";

    private static OptionChain read(String text) {
        return OptionChainCsv.read(new StringReader(text), "chain.csv", "TOY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // bad row | line:column (name): problem
        "A2,2020-05-15,C,-100,1,1.2,1,1,x | chain.csv:3:4 (strike): strike must be positive, was -100",
        "A2,2020-05-15,C,0,1,1.2,1,1,x | chain.csv:3:4 (strike): strike must be positive",
        "A2,2020-05-15,C,105,1.5,1.2,1,1,x | chain.csv:3:6 (ask): bid 1.5 is above ask 1.2",
        "A2,2020-05-15,X,105,1,1.2,1,1,x | chain.csv:3:3 (type): option right must be C, P, call or put",
        "A2,2020-05-15,call,100,1,1.2,1,1,x | chain.csv:3:4 (strike): duplicate contract 2020-05-15 CALL 100, same as line 2",
        "A1,2020-05-15,P,100,1,1.2,1,1,x | chain.csv:3:1 (contract): duplicate contract id A1, same as line 2",
        "A2,2020-05-15,C,105,abc,1.2,1,1,x | chain.csv:3:5 (bid): not a number: \"abc\"",
        "A2,2020-05-15,C,105,1,NaN,1,1,x | chain.csv:3:6 (ask): must be finite",
        "A2,2020-05-15,C,105,1,1.2,2.5,1,x | chain.csv:3:7 (volume): volume must be a whole number",
        "A2,2020-05-15,C,105,1,1.2,1,-3,x | chain.csv:3:8 (open_interest): open_interest must be zero or positive",
        "A2,2020-13-15,C,105,1,1.2,1,1,x | chain.csv:3:2 (expiration): not an ISO date",
        "A2,2020-05-15,C,105,1,1.2,1 | chain.csv:3:8 (open_interest): expected 9 fields as in the header, found 7",
    })
    void badRowsNameFileLineAndColumn(String row, String expected) {
        assertThatThrownBy(() -> read(HEADER + GOOD + row + "\n"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(expected.trim())
                .satisfies(e -> assertThat(((DataFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeader() {
        assertThatThrownBy(() -> read("expiration,type,strike,bid,ask,volume\n"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("chain.csv:1:0 (open_interest): missing required column 'open_interest'");
    }

    @Test
    void blankLinesKeepLineNumbersExact() {
        assertThatThrownBy(() -> read(HEADER + "\n" + GOOD + "\nA3,2020-05-15,P,-1,1,1.2,1,1,x\n"))
                .isInstanceOf(DataFormatException.class).hasMessageStartingWith("chain.csv:5:4 (strike)");
    }

    @Test
    void missingQuotesAreToleratedAndFlagged() {
        OptionChain chain = read("expiration,TYPE,strike,bid,ask,volume,open_interest,iv,delta,extra\n"
                + "2020-05-15,put,100,,,,,0.35,-0.4,ignored\n"
                + "2020-05-15,c,100,0,2.5,3,40,,,\n"
                + "2020-05-15,P,95,1.5,0,0,10,,,\n");
        assertThat(chain.size()).isEqualTo(3);
        // Order: 95 put, 100 call, 100 put.
        assertThat(chain.strike(0)).isEqualTo(95);
        assertThat(chain.isTwoSided(1)).isFalse();
        assertThat(chain.mid(2)).isEmpty();
        assertThat(chain.volume(2)).isZero();
        assertThat(chain.vendor(2, VendorField.IV)).hasValue(0.35);
        assertThat(chain.vendor(2, VendorField.DELTA)).hasValue(-0.4);
        assertThat(chain.vendor(1, VendorField.IV)).isEmpty();
        assertThat(chain.contractId(1)).isEqualTo("TOY200515C00100000");
        var liq = LiquidityAnalyzer.defaults().analyze(chain);
        assertThat(liq.get(0).flags()).containsExactly(LiquidityFlag.NO_ASK);
        assertThat(liq.get(1).flags()).containsExactly(LiquidityFlag.NO_BID);
        assertThat(liq.get(2).flags()).containsExactlyInAnyOrder(LiquidityFlag.NO_BID, LiquidityFlag.NO_ASK);
    }

    @Test
    void writeThenReadGivesAnEqualChain() {
        OptionChain chain = ToyChains.handWorked();
        StringWriter w = new StringWriter();
        OptionChainCsv.write(chain, w);
        OptionChain back = read(w.toString());
        assertThat(back.size()).isEqualTo(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            assertThat(back.quote(i)).isEqualTo(chain.quote(i));
            assertThat(back.contractId(i)).isEqualTo(chain.contractId(i));
        }
        assertThat(w.toString()).startsWith("contract,expiration,type,strike,bid,ask,last,volume,open_interest\n"
                + "TOY200515C00090000,2020-05-15,C,90,10.5,11.5,0,1,10\n");
    }

    @Test
    void chainLayoutGroupsExpiries() {
        OptionChain chain = ToyChains.handWorked();
        assertThat(chain.expiries()).containsExactly(ToyChains.MAY, ToyChains.JUNE);
        assertThat(chain.expiryStart(1)).isEqualTo(6);
        assertThat(chain.expiryEnd(1)).isEqualTo(8);
        assertThat(chain.expiryIndexOf(5)).isZero();
        assertThat(chain.expiryIndexOf(6)).isEqualTo(1);
        assertThat(chain.expiryIndexOf(7)).isEqualTo(1);
        assertThat(chain.spot()).isEmpty();
        OptionChain priced = chain.withMarket(100, LocalDate.of(2020, 5, 1));
        assertThat(priced.spot()).hasValue(100);
        assertThat(priced.hasMarket()).isTrue();
        assertThatThrownBy(() -> chain.withMarket(-1, LocalDate.of(2020, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spot");
        assertThatThrownBy(() -> OptionChain.builder("TOY").add(ToyChains.quote(ToyChains.MAY,
                io.swiftbolt.core.options.OptionRight.CALL, 1, 0, 0, 0, 0)).add(ToyChains.quote(ToyChains.MAY,
                io.swiftbolt.core.options.OptionRight.CALL, 1, 0, 0, 0, 0)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate contract");
    }
}
