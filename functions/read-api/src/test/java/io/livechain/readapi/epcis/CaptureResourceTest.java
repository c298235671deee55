package io.livechain.readapi.epcis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.livechain.testsupport.BrokerSinkResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(
        value = BrokerSinkResource.class,
        initArgs = @ResourceArg(name = "property", value = "livechain.read-api.sink"))
class CaptureResourceTest {

    @BeforeEach
    void reset() {
        BrokerSinkResource.sink().answer(202);
        BrokerSinkResource.sink().clear();
    }

    private static String document(String action) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-11-20T09:00:00Z",
                 "epcisBody": {"eventList": [
                   {"type": "ObjectEvent", "eventTime": "2026-11-20T08:00:00Z", "eventTimeZoneOffset": "+01:00",
                    "action": "%s", "bizStep": "receiving", "epcList": ["urn:epc:id:sgtin:4012345.011111.1"],
                    "bizLocation": {"id": "urn:epc:id:sgln:9521141.00000.0"}}]}}""".formatted(action);
    }

    @Test
    void validDocumentIsAcceptedAsAJobAndHandedToTheBroker() {
        String location = given().contentType("application/ld+json")
                .body(document("OBSERVE"))
                .post("/api/epcis/capture")
                .then()
                .statusCode(202)
                .header("Location", startsWith("/api/epcis/capture/"))
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("running", equalTo(false))
                .body("captureErrorBehaviour", equalTo("rollback"))
                .body("eventCount", equalTo(1));
        assertEquals(1, BrokerSinkResource.sink().requests().size());
        JsonPath event =
                JsonPath.from(BrokerSinkResource.sink().requests().get(0).body());
        assertEquals("io.livechain.epcis.v2", event.getString("type"));
        assertEquals("application/ld+json", event.getString("datacontenttype"));
        assertEquals("EPCISDocument", event.getString("data.type"));
        assertEquals(location.substring(location.lastIndexOf('/') + 1), event.getString("id"));
    }

    @Test
    void documentBreakingTheSchemaIsAFailedJobAndNeverReachesTheBroker() {
        String location = given().contentType("application/json")
                .body(document("MOVE"))
                .post("/api/epcis/capture")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .body("success", equalTo(false))
                .body("errors.field", hasItem(startsWith("$.epcisBody.eventList[0]")));
        assertEquals(0, BrokerSinkResource.sink().requests().size());
    }

    @Test
    void bodyThatIsNoJsonIs400() {
        given().contentType("application/json")
                .body("<EPCISDocument/>")
                .post("/api/epcis/capture")
                .then()
                .statusCode(400);
    }

    @Test
    void brokerDownIs503AndNoJob() {
        BrokerSinkResource.sink().answer(503);
        given().contentType("application/ld+json")
                .body(document("OBSERVE"))
                .post("/api/epcis/capture")
                .then()
                .statusCode(503)
                .body("status", equalTo(503));
    }

    @Test
    void unknownJobIs404() {
        given().get("/api/epcis/capture/no-such-job").then().statusCode(404);
    }
}
