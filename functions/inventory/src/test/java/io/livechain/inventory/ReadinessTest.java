package io.livechain.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness names the PostgreSQL it depends on, so a probe (and an operator) sees why it is down. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReadinessTest {

    @Test
    void readinessReportsPostgresql() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.find { it.name.contains('PostgreSQL') }.status", equalTo("UP"));
    }
}
