package io.livechain.localstack.gateway;

import io.livechain.localstack.broker.BrokerIngress;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.function.Supplier;

/**
 * The one local address, standing in for the cluster's ingress: broker ingress at {@code /} and
 * {@code /livechain/default} (the broker's URL path in the cluster), the read API under
 * {@code /api}, the agents' MCP server at {@code /mcp}, the control-tower page at {@code GET /} for a browser, and the readiness of the whole
 * stack at {@code /q/health/ready}.
 */
public final class Gateway implements AutoCloseable {

    /** Headers of one hop (RFC 9110 §7.6.1), which a proxy does not pass on; the rest (Location, ...) it does. */
    static final java.util.Set<String> HOP_BY_HOP = java.util.Set.of(
            "connection",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "proxy-authenticate",
            "proxy-authorization",
            "content-length");

    private final HttpServer server;

    private Gateway(HttpServer server) {
        this.server = server;
    }

    /**
     * @param maxEventBytes the largest request the broker ingress takes
     * @param readApiUrl base URL of the read-api service
     * @param mcpUrl     base URL of the mcp service (agents' Model Context Protocol endpoint at /mcp)
     * @param readiness  the stack's health: a JSON object with {@code status} UP or DOWN and its checks
     */
    public static Gateway start(
            Vertx vertx,
            int port,
            BrokerIngress ingress,
            int maxEventBytes,
            String readApiUrl,
            String mcpUrl,
            Supplier<JsonObject> readiness,
            Supplier<String> metrics) {
        Router router = Router.router(vertx);
        WebClient client = WebClient.create(vertx);
        router.post("/")
                .handler(BodyHandler.create().setBodyLimit(maxEventBytes))
                .handler(ingress::handle);
        router.post("/livechain/default")
                .handler(BodyHandler.create().setBodyLimit(maxEventBytes))
                .handler(ingress::handle);
        // Too large is final: a 413, never a 503 that would make the sender retry for ever.
        router.errorHandler(
                BrokerIngress.TOO_LARGE,
                ctx -> BrokerIngress.tooLarge(
                        ctx,
                        "the request is larger than the ingress takes (" + maxEventBytes
                                + " bytes, LIVECHAIN_MAX_EVENT_BYTES)"));
        // The stand-in's own metrics (each function serves its own at /q/metrics on its port).
        router.get("/metrics")
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(metrics.get()));
        router.get("/q/health/live").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
        router.get("/q/health/ready")
                .blockingHandler(
                        ctx -> {
                            JsonObject health = readiness.get();
                            ctx.response().setStatusCode("UP".equals(health.getString("status")) ? 200 : 503);
                            ctx.json(health);
                        },
                        false);
        // The control-tower page is read-api's: its HTML for a browser's GET / and its script and styles;
        // its live feed streams, so it is passed on as it comes instead of as one buffered answer.
        PageProxy page = new PageProxy(vertx, readApiUrl);
        router.get("/").handler(ctx -> {
            if (PageProxy.wantsHtml(ctx.request())) {
                page.stream(ctx);
            } else {
                ctx.next();
            }
        });
        router.get("/tower/*").handler(page::stream);
        router.get("/api/live").handler(page::stream);
        // The agents' MCP endpoint (POST messages, GET its event stream, DELETE the session), streamed.
        PageProxy mcp = new PageProxy(vertx, mcpUrl, "MCP server");
        router.route("/mcp")
                .handler(BodyHandler.create().setBodyLimit(maxEventBytes))
                .handler(mcp::stream);
        router.route("/api/*").handler(BodyHandler.create()).handler(ctx -> proxy(ctx, client, readApiUrl));
        HttpServer server = vertx.createHttpServer().requestHandler(router);
        server.listen(port).toCompletionStage().toCompletableFuture().join();
        return new Gateway(server);
    }

    private static void proxy(RoutingContext ctx, WebClient client, String baseUrl) {
        var request = client.requestAbs(
                ctx.request().method(), baseUrl + ctx.request().uri());
        // End-to-end headers pass as they came (Authorization, Content-Type, Accept, ...); the client
        // sets its own Host.
        ctx.request().headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !name.equals("host")) {
                request.headers().add(header.getKey(), header.getValue());
            }
        });
        var body = ctx.body().buffer();
        (body == null ? request.send() : request.sendBuffer(body)).onComplete(result -> {
            if (result.failed()) {
                ctx.response()
                        .setStatusCode(503)
                        .end("read API unavailable: " + result.cause().getMessage());
                return;
            }
            var response = result.result();
            ctx.response().setStatusCode(response.statusCode());
            response.headers().forEach(header -> {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                    ctx.response().putHeader(header.getKey(), header.getValue());
                }
            });
            ctx.response().end(response.body() == null ? io.vertx.core.buffer.Buffer.buffer() : response.body());
        });
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }
}
