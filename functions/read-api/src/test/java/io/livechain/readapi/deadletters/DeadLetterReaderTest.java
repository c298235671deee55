package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRequests.binaryHeaders;
import static io.livechain.readapi.deadletters.DeadLetterRequests.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edge cases of reading dead letters as the KafkaSource delivers them, without HTTP. */
class DeadLetterReaderTest {

    private final DeadLetterReader reader = new DeadLetterReader(new ObjectMapper());

    private static Map<String, String> replacing(Map<String, String> headers, String header, String value) {
        if (value == null) {
            headers.remove(header);
        } else {
            headers.put(header, value);
        }
        return headers;
    }

    @Test
    void errorDataThatIsNotBase64IsKeptAsGiven() {
        DeadLetter letter =
                reader.read(replacing(binaryHeaders("r-1"), "ce-knativeerrordata", "not base64!"), utf8("{}"));

        assertEquals("not base64!", letter.errorData());
    }

    @Test
    void attributesThatDoNotParseStayInExtensions() {
        Map<String, String> headers =
                replacing(replacing(binaryHeaders("r-2"), "ce-time", "yesterday"), "ce-knativeerrorcode", "timeout");
        DeadLetter letter = reader.read(headers, utf8("{}"));

        assertNull(letter.time());
        assertNull(letter.errorCode());
        assertEquals("yesterday", letter.extensions().get("time"));
        assertEquals("timeout", letter.extensions().get("knativeerrorcode"));
    }

    @Test
    void headerNamesAreReadInAnyCaseAndValuesPercentDecoded() {
        Map<String, String> headers =
                replacing(replacing(binaryHeaders("r-3"), "CE-Subject", "K%C3%B6ln%20+%2"), "ce-type", null);
        headers.put("Ce-Type", "t.v1");

        DeadLetter letter = reader.read(headers, utf8("{}"));

        assertEquals("t.v1", letter.type());
        assertEquals("Köln +%2", letter.subject());
    }

    @Test
    void binaryRequestWithoutATypeIsRejectedNamingTheHeader() {
        InvalidDeadLetterException e = assertThrows(
                InvalidDeadLetterException.class,
                () -> reader.read(replacing(binaryHeaders("r-4"), "ce-type", null), utf8("{}")));

        assertEquals("ce-type: is required", e.getMessage());
    }

    @Test
    void emptyBodyIsALetterWithoutData() {
        assertNull(reader.read(binaryHeaders("r-5"), new byte[0]).data());
    }

    @Test
    void structuredDataBase64IsDecoded() {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"r-6\",\"source\":\"/s\",\"type\":\"t\","
                + "\"datacontenttype\":\"text/plain\",\"data_base64\":\"aGVsbG8=\"}";
        DeadLetter letter = reader.read(Map.of("content-type", "application/cloudevents+json"), utf8(envelope));

        assertEquals("r-6", letter.id());
        assertEquals("text/plain", letter.datacontenttype());
        assertArrayEquals(utf8("hello"), letter.data());
    }

    @Test
    void structuredEnvelopeThatIsNotJsonIsRejectedNamingTheBody() {
        InvalidDeadLetterException e = assertThrows(
                InvalidDeadLetterException.class,
                () -> reader.read(Map.of("Content-Type", "application/cloudevents+json"), utf8("{broken")));

        assertEquals("body", e.getMessage().split(":")[0]);
    }

    @Test
    void structuredEnvelopeWithoutAnIdIsRejectedNamingTheField() {
        String envelope = "{\"specversion\":\"1.0\",\"source\":\"/s\",\"type\":\"t\"}";

        InvalidDeadLetterException e = assertThrows(
                InvalidDeadLetterException.class,
                () -> reader.read(Map.of("content-type", "application/cloudevents+json"), utf8(envelope)));

        assertEquals("id: is required", e.getMessage());
    }

    /** Was an IllegalArgumentException, answered 500: the KafkaSource would retry it for an hour. */
    @Test
    void structuredDataBase64ThatIsNotBase64IsRejectedNamingTheField() {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"r-7\",\"source\":\"/s\",\"type\":\"t\","
                + "\"data_base64\":\"!!!\"}";

        InvalidDeadLetterException e = assertThrows(
                InvalidDeadLetterException.class,
                () -> reader.read(Map.of("content-type", "application/cloudevents+json"), utf8(envelope)));

        assertEquals("data_base64", e.getMessage().split(":")[0]);
    }
}
