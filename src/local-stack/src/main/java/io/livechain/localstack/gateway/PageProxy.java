package io.livechain.localstack.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Passes the control-tower page's requests to read-api as they stream: its live feed is an endless
 * server-sent event stream, which a buffering proxy would never answer. When the browser goes away the
 * request to read-api is reset, so read-api stops feeding that page.
 */
final class PageProxy {

    private final HttpClient client;
    private final String baseUrl;

    PageProxy(Vertx vertx, String baseUrl) {
        this.client = vertx.createHttpClient();
        this.baseUrl = baseUrl;
    }

    /** A browser asking for a page (an API client asks for JSON, a CloudEvents sender posts). */
    static boolean wantsHtml(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    void stream(RoutingContext ctx) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
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
        request.send().onFailure(failure -> unavailable(ctx, failure)).onSuccess(response -> {
            ctx.response().setStatusCode(response.statusCode()).setChunked(true);
            response.headers().forEach(header -> {
                if (!Gateway.HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                    ctx.response().putHeader(header.getKey(), header.getValue());
                }
            });
            response.pipeTo(ctx.response());
        });
    }

    private static void unavailable(RoutingContext ctx, Throwable failure) {
        if (!ctx.response().headWritten()) {
            ctx.response().setStatusCode(503).end("read API unavailable: " + failure.getMessage());
        }
    }
}
