package io.livechain.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Sends scans to the broker ingress as a device would. */
final class Scans {

    private Scans() {}

    static String scan(String sku, String location, String quantity, String bizStep, String eventTime) {
        return """
                {"sku": "%s", "location": "%s", "quantity": %s, "bizStep": "%s", "eventTime": "%s"}""".formatted(sku, location, quantity, bizStep, eventTime);
    }

    static ValidatableResponse send(String baseUrl, String id, String data) {
        return sendEvent(baseUrl, id, "io.livechain.scan.v1", data);
    }

    static ValidatableResponse sendEvent(String baseUrl, String id, String type, String data) {
        return given().baseUri(baseUrl)
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-source", "/e2e/scanner")
                .header("ce-type", type)
                .contentType("application/json")
                .body(data)
                .post("/")
                .then();
    }
}
