package io.livechain.readapi.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The network endpoint over src/test/resources/network/test-network.json (%test config). */
// Every role: these tests are about behaviour; AccessTest checks who may do what with real tokens.
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER, Roles.OPERATOR, Roles.INTEGRATOR})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class NetworkResourceTest {

    private static ValidatableResponse get() {
        return given().get("/api/network").then();
    }

    @Test
    void networkHoldsEveryFacilityAndLaneOfTheFile() {
        get().statusCode(200)
                .body("name", equalTo("read-api-test"))
                .body("description", equalTo("Four facilities and five lanes for the read API's tests"))
                .body("facilities", hasSize(4))
                .body("lanes", hasSize(5));
    }

    @Test
    void facilityCarriesItsFields() {
        get().statusCode(200)
                .body("facilities[0].id", equalTo("NL-RTM-PORT"))
                .body("facilities[0].name", equalTo("Port of Rotterdam"))
                .body("facilities[0].kind", equalTo("port"))
                .body("facilities[0].country", equalTo("NL"))
                .body("facilities[0].position.latitude", equalTo(51.95f))
                .body("facilities[0].position.longitude", equalTo(4.14f))
                .body("facilities[0].capabilities", contains("cold-storage", "customs"))
                .body("facilities[0].handlingMinutes", equalTo(240));
    }

    @Test
    void facilityLeavesOutWhatTheFileLeavesOut() {
        get().statusCode(200)
                .body("facilities[3].id", equalTo("DE-CGN-WH"))
                .body("facilities[3].kind", equalTo("warehouse"))
                .body("facilities[3]", not(hasKey("name")))
                .body("facilities[3]", not(hasKey("country")))
                .body("facilities[3]", not(hasKey("capabilities")));
    }

    @Test
    void laneCarriesItsFields() {
        get().statusCode(200)
                .body("lanes[0].id", equalTo("NL-RTM-PORT>NL-VNL-HUB"))
                .body("lanes[0].from", equalTo("NL-RTM-PORT"))
                .body("lanes[0].to", equalTo("NL-VNL-HUB"))
                .body("lanes[0].mode", equalTo("road"))
                .body("lanes[0].distanceKm", equalTo(182.5f))
                .body("lanes[0].transitMinutes", equalTo(150))
                .body("lanes[0].cost", equalTo(412.5f))
                .body("lanes[0].reefer", equalTo(true))
                .body("lanes[1].mode", equalTo("rail"))
                .body("lanes[1].reefer", equalTo(false));
    }

    @Test
    void missingNetworkFileIsUnavailableNamingTheFile() {
        // As if read-api had started without the file: only this test sees the catalog without a network.
        QuarkusMock.installMockForType(
                new NetworkCatalog(Path.of("target", "no-such-network.json")), NetworkCatalog.class);

        get().statusCode(503)
                .contentType("application/json")
                .body("status", equalTo(503))
                .body("message", equalTo("network file target/no-such-network.json is missing"));
    }
}
