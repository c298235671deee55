package io.livechain.cdcadapter;

import static io.livechain.cdcadapter.LegacyChanges.envelope;
import static io.livechain.cdcadapter.LegacyChanges.post;
import static io.livechain.cdcadapter.LegacyChanges.receipt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Changes the hostile-input fuzzer (e2e HostileInputE2eTest) found answered 500 or taken wrongly: each
 * is refused with a 400 naming its field, and leaves no row behind.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HostileChangesTest {

    private static final String AT = "2026-12-01T08:00:00Z";

    @Inject
    Pool pool;

    @Test
    void aQuantityWithMoreDigitsThanAnEventCarriesIsRefusedNamingItsColumn() {
        long id = 90_000;
        // Written out in full, as the movement carries them: 200,001 digits, 20,001, about 2^31 twice (no
        // string holds them), 1,200; a zero whose scale PostgreSQL's numeric cannot hold; 200,001 digits to
        // parse and strip of their zeros (seconds of the event loop).
        for (String qty : List.of(
                "1e200000",
                "1e-20000",
                "1e2147483647",
                "1E-2147483647",
                "0E+2147483647",
                "9".repeat(1_200),
                "1" + "0".repeat(200_000))) {
            String key = "{\"id\":" + ++id + "}";
            post(
                            "goods_receipts",
                            key,
                            envelope("goods_receipts", "c", id, "null", receipt(id, "SKU-BIG", "WH-1", qty, AT)))
                    .statusCode(400)
                    .body("errors[0].field", equalTo("after.qty"));
            assertEquals(0, rows(key), qty);
        }
        // A thousand digits are as many as a consumer reads: still a quantity.
        post(
                        "goods_receipts",
                        "{\"id\":90100}",
                        envelope(
                                "goods_receipts", "c", 90_100, "null", receipt(90_100, "SKU-BIG", "WH-1", "1e999", AT)))
                .statusCode(200);
    }

    @Test
    void aKeyOrDatabaseNameLongerThanAnIndexHoldsIsRefused() {
        // Letters that do not compress: PostgreSQL's btree takes at most 2704 bytes an entry.
        String longKey = "{\"id\":\"" + randomText(3_000) + "\"}";
        post(
                        "goods_receipts",
                        longKey,
                        envelope("goods_receipts", "c", 91_000, "null", receipt(91_000, "SKU-K", "WH-1", "1", AT)))
                .statusCode(400)
                .body("errors[0].field", equalTo("key"));
        assertEquals(0, rows(longKey));
        String longDatabase = envelope("goods_receipts", "c", 91_010, "null", receipt(91_010, "SKU-K", "WH-1", "1", AT))
                .replace("\"db\": \"legacy_wms\"", "\"db\": \"" + randomText(4_000) + "\"");
        post("goods_receipts", "{\"id\":91010}", longDatabase)
                .statusCode(400)
                .body("errors[0].field", equalTo("source.db"));
        assertEquals(0, rows("{\"id\":91010}"));
        // A long composite key, as a real table's index holds it, is taken.
        String composite = "{\"id\":\"" + randomText(1_500) + "\"}";
        post(
                        "goods_receipts",
                        composite,
                        envelope("goods_receipts", "c", 91_020, "null", receipt(91_020, "SKU-K", "WH-1", "1", AT)))
                .statusCode(200);
        assertEquals(1, rows(composite));
    }

    @Test
    void aKeyThatTextCannotHoldIsRefused() {
        // Only a structured event carries them (a header cannot): U+0000 fails the insert, a lone
        // surrogate would be stored as '?' (another row's key).
        List<String> keys = List.of("a\\u0000b", "a\\ud800b", "a\\udc00");
        for (int i = 0; i < keys.size(); i++) {
            String event = """
                    {"specversion": "1.0", "id": "hostile-key-%d", "source": "/test", "type": "dev.knative.kafka.event",
                     "datacontenttype": "application/json", "key": "{\\"id\\":\\"%s\\"}", "data": %s}""".formatted(
                    i,
                    keys.get(i),
                    envelope("goods_receipts", "c", 92_000, "null", receipt(92_000, "SKU-NUL", "WH-1", "1", AT)));
            given().contentType("application/cloudevents+json")
                    .body(event)
                    .post("/")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("key"));
        }
        assertEquals(0, LegacyChanges.legacyRows(pool, "sku = $1", "SKU-NUL"));
    }

    @Test
    void anLsnBeyondSixtyFourBitsIsRefusedNotWrapped() {
        // 2^64 would be LSN 0, 2^63 a negative one: the row's changes compared by a wrong order.
        for (String lsn : List.of("18446744073709551616", "9223372036854775808")) {
            String key = "{\"id\":\"lsn-" + lsn + "\"}";
            String change = envelope("goods_receipts", "c", 0, "null", receipt(93_000, "SKU-LSN", "WH-1", "1", AT))
                    .replace("\"lsn\": 0", "\"lsn\": " + lsn);
            post("goods_receipts", key, change).statusCode(400).body("errors[0].field", equalTo("source.lsn"));
            assertEquals(0, rows(key), lsn);
        }
    }

    private long rows(String key) {
        return LegacyChanges.legacyRows(pool, "row_key = $1", key);
    }

    private static String randomText(int length) {
        Random random = new Random(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
