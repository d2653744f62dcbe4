package io.swiftbolt.chain;

import io.swiftbolt.core.options.OptionContract;
import io.swiftbolt.core.options.OptionQuote;
import io.swiftbolt.core.options.OptionRight;
import java.time.LocalDate;

/** Small hand-made chains for tests. */
public final class ToyChains {

    public static final LocalDate MAY = LocalDate.of(2020, 5, 15);
    public static final LocalDate JUNE = LocalDate.of(2020, 6, 19);

    private ToyChains() {
    }

    public static OptionQuote quote(LocalDate expiry, OptionRight right, double strike, double bid, double ask,
                                    long volume, long oi) {
        return OptionQuote.of(OptionContract.of("TOY", right, strike, expiry), bid, ask, 0, volume, oi);
    }

    /**
     * The hand-worked chain of the tests (see MaxPainTest for the arithmetic).
     * May: strikes 90/100/110; call OI 10/20/5, put OI 5/15/30; call volume 1/4/5, put volume 2/3/1;
     * mids call 11/3/0.5, put 0.6/2.5/10. June: a 95 call without quotes or interest, a 105 put with
     * volume 7 and no open interest.
     */
    public static OptionChain handWorked() {
        return OptionChain.builder("TOY")
                .add(quote(MAY, OptionRight.CALL, 90, 10.5, 11.5, 1, 10))
                .add(quote(MAY, OptionRight.CALL, 100, 2.9, 3.1, 4, 20))
                .add(quote(MAY, OptionRight.CALL, 110, 0.4, 0.6, 5, 5))
                .add(quote(MAY, OptionRight.PUT, 90, 0.5, 0.7, 2, 5))
                .add(quote(MAY, OptionRight.PUT, 100, 2.4, 2.6, 3, 15))
                .add(quote(MAY, OptionRight.PUT, 110, 9.8, 10.2, 1, 30))
                .add(quote(JUNE, OptionRight.CALL, 95, 0, 0, 0, 0))
                .add(quote(JUNE, OptionRight.PUT, 105, 1.0, 1.2, 7, 0))
                .build();
    }
}
