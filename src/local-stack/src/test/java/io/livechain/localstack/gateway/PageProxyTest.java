package io.livechain.localstack.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page's live feed passes the gateway as it streams, and a page that goes away is let go upstream. */
class PageProxyTest {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicBoolean upstreamClosed = new AtomicBoolean();
    private HttpServer readApi;
    private HttpServer gateway;

    @BeforeEach
    void start() {
        // A read-api whose feed never ends: one event every 50 ms until the client goes away.
        readApi = vertx.createHttpServer()
                .requestHandler(request -> {
                    var response = request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
                    long timer = vertx.setPeriodic(50, n -> response.write("data: {\"n\": " + n + "}\n\n"));
                    response.closeHandler(gone -> {
                        vertx.cancelTimer(timer);
                        upstreamClosed.set(true);
                    });
                })
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        PageProxy proxy = new PageProxy(vertx, "http://localhost:" + readApi.actualPort());
        Router router = Router.router(vertx);
        router.get("/api/live").handler(proxy::stream);
        gateway = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void eventsArriveWhileTheStreamRunsAndClosingItReachesReadApi() throws Exception {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.actualPort() + "/api/live"))
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals(
                "text/event-stream",
                response.headers().firstValue("Content-Type").orElse(null));
        try (Stream<String> lines = response.body()) {
            List<String> firstThree =
                    lines.filter(line -> line.startsWith("data:")).limit(3).toList();
            assertEquals(3, firstThree.size(), "events pass one by one, not once the (endless) answer ends");
        }

        await().atMost(Duration.ofSeconds(10)).untilTrue(upstreamClosed);
    }

    @Test
    void onlyABrowserAskingForHtmlGetsThePage() {
        HttpServer probe = vertx.createHttpServer()
                .requestHandler(request -> request.response().end(String.valueOf(PageProxy.wantsHtml(request))))
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        var client = vertx.createHttpClient();
        String browser = client.request(io.vertx.core.http.HttpMethod.GET, probe.actualPort(), "localhost", "/")
                .compose(request -> request.putHeader("Accept", "text/html,application/xhtml+xml;q=0.9")
                        .send()
                        .compose(r -> r.body()))
                .toCompletionStage()
                .toCompletableFuture()
                .join()
                .toString();
        String api = client.request(io.vertx.core.http.HttpMethod.GET, probe.actualPort(), "localhost", "/")
                .compose(request ->
                        request.putHeader("Accept", "application/json").send().compose(r -> r.body()))
                .toCompletionStage()
                .toCompletableFuture()
                .join()
                .toString();
        assertEquals("true", browser);
        assertEquals("false", api);
    }

    @Test
    void anMcpMessageReachesTheServiceWithItsMethodBodyAndHeaders() throws Exception {
        HttpServer mcp = vertx.createHttpServer()
                .requestHandler(request -> request.body()
                        .onSuccess(body -> request.response()
                                .putHeader("Mcp-Session-Id", "s-1")
                                .end(request.method() + " " + request.getHeader("Authorization") + " " + body)))
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        PageProxy proxy = new PageProxy(vertx, "http://localhost:" + mcp.actualPort(), "MCP server");
        Router router = Router.router(vertx);
        router.route("/mcp")
                .handler(io.vertx.ext.web.handler.BodyHandler.create())
                .handler(proxy::stream);
        HttpServer front = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .join();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + front.actualPort() + "/mcp"))
                                .header("Authorization", "Bearer t")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("POST Bearer t {\"jsonrpc\":\"2.0\"}", response.body());
        assertEquals("s-1", response.headers().firstValue("Mcp-Session-Id").orElse(null));
    }
}
