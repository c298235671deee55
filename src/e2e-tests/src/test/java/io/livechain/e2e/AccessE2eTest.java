package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The read API through the gateway wants the bearer token the local stack issues at start (in its
 * banner and in {@code <data>/token}); health and the broker ingress stay open.
 */
class AccessE2eTest {

    private final E2eStack e2e = E2eStack.get();

    @Test
    void readApiRefusesRequestsWithoutTheTokenAndTakesTheLocalOne() throws Exception {
        given().baseUri(e2e.url())
                .get("/api/network")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("message", containsString("bearer token is required"));
        given().baseUri(e2e.url())
                .auth()
                .oauth2(e2e.stack.token() + "x")
                .get("/api/network")
                .then()
                .statusCode(401);

        String written = Files.readString(e2e.data.resolve("token")).strip();
        assertEquals(e2e.stack.token(), written);
        given().baseUri(e2e.url())
                .auth()
                .oauth2(written)
                .get("/api/network")
                .then()
                .statusCode(200)
                .body("facilities.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void healthStaysOpen() {
        given().baseUri(e2e.url()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
