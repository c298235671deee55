package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A reply's partition key goes out as a header: what a header cannot carry is percent-encoded. */
class ReplyPartitionKeyTest {

    /** A sku with a line break failed the reply with a 500, after inventory had applied its movement. */
    @Test
    void controlCharactersArePercentEncoded() {
        assertEquals("S-1%0D%0ASet-Cookie: x|DC%00", Replies.headerSafe("S-1\r\nSet-Cookie: x|DC\u0000"));
    }

    @Test
    void anOrdinaryKeyIsUnchanged() {
        assertEquals("4006381333931|DC-BERLIN ❄ 100%", Replies.headerSafe("4006381333931|DC-BERLIN ❄ 100%"));
    }
}
