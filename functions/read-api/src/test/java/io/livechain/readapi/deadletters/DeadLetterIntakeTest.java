package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRequests.binaryHeaders;
import static io.livechain.readapi.deadletters.DeadLetterRequests.movement;
import static io.livechain.readapi.deadletters.DeadLetterRequests.utf8;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dead letters the hostile-input fuzzer found refused or failed (so the KafkaSource dropped them, or
 * retried them for an hour): each must be stored as it came. Read back from the store, not over HTTP.
 */
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class DeadLetterIntakeTest {

    @Inject
    DeadLetterStore store;

    /** The body as bytes and the Content-Type as given (no charset added). */
    private static void post(Map<String, String> headers, String body) {
        var request = given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .headers(headers);
        (body == null ? request : request.body(utf8(body)))
                .post("/deadletters")
                .then()
                .statusCode(202);
    }

    private StoredDeadLetter stored(String id) {
        return store.newestFirst(1000).await().indefinitely().stream()
                .filter(letter -> letter.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not stored"));
    }

    /** Was a NullPointerException in the insert (500): the letter was never stored. */
    @Test
    void aLetterWithoutDataIsStored() {
        Map<String, String> headers = binaryHeaders("dl-no-data-1");
        headers.remove("Content-Type");
        post(headers, null);

        assertNull(stored("dl-no-data-1").data());
    }

    /** Was a bare 415 before the intake: the KafkaSource drops a letter refused with a 4xx. */
    @Test
    void aLetterWhoseContentTypeIsNoMediaTypeIsStoredWithIt() {
        Map<String, String> headers = binaryHeaders("dl-garbage-type-1");
        headers.put("Content-Type", "garbage");
        post(headers, movement("FN-GARBAGE"));

        assertEquals("garbage", stored("dl-garbage-type-1").datacontenttype());
    }

    /** PostgreSQL's text holds no NUL: the insert failed (500). */
    @Test
    void aNulInAnAttributeIsStoredAsAReplacementCharacter() {
        Map<String, String> headers = binaryHeaders("dl-nul-1");
        headers.put("ce-subject", "FN%00NUL");
        post(headers, movement("FN-NUL"));

        assertEquals("FN\uFFFDNUL", stored("dl-nul-1").subject());
    }
}
