package io.livechain.readapi.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what, with real RS256 tokens signed by the test key pair in src/test/resources/jwt/
 * (the public half is read-api's %test verification key): no token 401, a token that does not
 * verify 401, a token without the role 403, each with a message saying what is missing.
 */
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class AccessTest {

    private static final String SIGNING_KEY = "jwt/test-privateKey.pem";
    private static final String ISSUER = "livechain";

    private static String token(String... roles) {
        return Jwt.issuer(ISSUER)
                .upn("alice")
                .groups(Set.of(roles))
                .expiresIn(300)
                .sign(SIGNING_KEY);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/inventory/4006381333931",
        "GET, /api/inventory/4006381333931/DC-1?asOf=2026-11-27T06:00:00Z",
        "GET, /api/inventory/4006381333931/DC-1/history",
        "GET, /api/alerts",
        "GET, /api/shipments/SHP-1",
        "GET, /api/network",
        "GET, /api/live",
        "GET, /api/deadletters",
        "GET, /api/reconciliation",
        "GET, /api/replenishment",
        "GET, /api/epcis/capture/no-such-job",
        "POST, /api/alerts/no-such-alert/ack",
        "POST, /api/deadletters/replay",
        "POST, /api/epcis/capture"
    })
    void everyApiEndpointWantsABearerToken(String method, String path) {
        given().contentType("application/json")
                .body("{}")
                .request(method, path)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("message", containsString("bearer token is required"));
    }

    @Test
    void controlTowerPageLoadsWithoutATokenAndAsksForOne() {
        given().accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Livechain control tower</title>"))
                .body(containsString("id=\"token-form\""))
                .body(containsString("/tower/tower.js"));
        given().get("/tower/tower.js").then().statusCode(200).body(containsString("/api/live"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(ISSUER)
                .upn("mallory")
                .groups(Set.of(Roles.VIEWER))
                .sign(generator.generateKeyPair().getPrivate());

        as(forged)
                .get("/api/network")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("message", containsString("refused"));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        String other = Jwt.issuer("https://elsewhere.example")
                .upn("alice")
                .groups(Set.of(Roles.VIEWER))
                .sign(SIGNING_KEY);

        as(other).get("/api/network").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = Jwt.issuer(ISSUER)
                .upn("alice")
                .groups(Set.of(Roles.VIEWER))
                .issuedAt(anHourAgo.minusSeconds(600))
                .expiresAt(anHourAgo)
                .sign(SIGNING_KEY);

        as(expired).get("/api/network").then().statusCode(401);
    }

    @Test
    void viewerReadsButMayNotAckReplayOrCapture() {
        String viewer = token(Roles.VIEWER);
        as(viewer).get("/api/network").then().statusCode(200);
        as(viewer).get("/api/alerts").then().statusCode(200);
        as(viewer).get("/api/deadletters").then().statusCode(200);

        as(viewer)
                .post("/api/alerts/some-alert/ack")
                .then()
                .statusCode(403)
                .body("status", equalTo(403))
                .body("message", containsString(Roles.OPERATOR));
        as(viewer)
                .contentType("application/json")
                .body("{\"type\": \"io.livechain.scan.v1\"}")
                .post("/api/deadletters/replay")
                .then()
                .statusCode(403);
        as(viewer)
                .contentType("application/json")
                .body("{}")
                .post("/api/epcis/capture")
                .then()
                .statusCode(403)
                .body("message", containsString(Roles.INTEGRATOR));
    }

    @Test
    void operatorAloneMayActButNotRead() {
        String operator = token(Roles.OPERATOR);
        // Past the role check: the unknown alert is the answer, not the token.
        as(operator)
                .post("/api/alerts/no-such-alert/ack")
                .then()
                .statusCode(not(403))
                .statusCode(not(401));
        as(operator).get("/api/network").then().statusCode(403).body("message", containsString(Roles.VIEWER));
        as(operator).get("/api/reconciliation").then().statusCode(403).body("message", containsString(Roles.VIEWER));
    }

    @Test
    void integratorCapturesAndReadsItsJobs() {
        String integrator = token(Roles.INTEGRATOR);
        // EPCIS capture judges the document in its job: an invalid one is a job with errors.
        String job = as(integrator)
                .contentType("application/json")
                .body("{}")
                .post("/api/epcis/capture")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        as(integrator).get(job).then().statusCode(200).body("success", equalTo(false));
        as(integrator).get("/api/epcis/capture/no-such-job").then().statusCode(404);
        as(integrator).get("/api/inventory/4006381333931").then().statusCode(403);
        as(integrator).get("/api/inventory/4006381333931/DC-1/history").then().statusCode(403);
    }

    @Test
    void healthAndTheDeadLetterIntakeStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        // The dead-letter KafkaSource posts without a token: a bad event is judged, not refused.
        given().contentType("application/json")
                .body("{}")
                .post("/deadletters")
                .then()
                .statusCode(400);
    }
}
