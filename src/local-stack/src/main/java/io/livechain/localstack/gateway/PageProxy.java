package io.livechain.localstack.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Passes requests to a service and streams its answers back: the control-tower page's live feed
 * (read-api) and an MCP session's event stream (mcp) are endless server-sent event streams, which a
 * buffering proxy would never answer. When the client goes away the upstream request is reset, so the service stops
 * feeding it.
 */
final class PageProxy {

    private final HttpClient client;
    private final String baseUrl;
    private final String service;

    PageProxy(Vertx vertx, String baseUrl) {
        this(vertx, baseUrl, "read API");
    }

    /** {@code service} names the upstream in a 503 when it cannot be reached. */
    PageProxy(Vertx vertx, String baseUrl, String service) {
        this.client = vertx.createHttpClient();
        this.baseUrl = baseUrl;
        this.service = service;
    }

    /** A browser asking for a page (an API client asks for JSON, a CloudEvents sender posts). */
    static boolean wantsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    void stream(RoutingContext ctx) {
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setAbsoluteURI(baseUrl + ctx.request().uri());
        client.request(options)
                .onFailure(failure -> unavailable(ctx, failure))
                .onSuccess(request -> forward(ctx, request));
    }

    private void forward(RoutingContext ctx, HttpClientRequest request) {
        ctx.request().headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (!Gateway.HOP_BY_HOP.contains(name) && !name.equals("host")) {
                request.putHeader(header.getKey(), header.getValue());
            }
        });
        ctx.response().closeHandler(gone -> request.reset());
        // A request body (an MCP message; a page sends none) was read whole by the route's BodyHandler.
        var body = ctx.body() == null ? null : ctx.body().buffer();
        (body == null ? request.send() : request.send(body))
                .onFailure(failure -> unavailable(ctx, failure))
                .onSuccess(response -> {
                    ctx.response().setStatusCode(response.statusCode()).setChunked(true);
                    response.headers().forEach(header -> {
                        if (!Gateway.HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                            ctx.response().putHeader(header.getKey(), header.getValue());
                        }
                    });
                    response.pipeTo(ctx.response());
                });
    }

    private void unavailable(RoutingContext ctx, Throwable failure) {
        if (!ctx.response().headWritten()) {
            ctx.response().setStatusCode(503).end(service + " unavailable: " + failure.getMessage());
        }
    }
}
