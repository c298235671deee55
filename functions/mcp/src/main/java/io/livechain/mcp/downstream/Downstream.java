package io.livechain.mcp.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.livechain.mcp.McpSettings;
import io.livechain.mcp.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Blocking JSON calls to read-api and reroute (the SDK runs each tool on a worker thread). read-api gets
 * the agent's own token, so it answers exactly what that token may see and do.
 */
@ApplicationScoped
public class Downstream {

    private final McpSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public Downstream(McpSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** GET {@code pathAndQuery} (already encoded) of read-api as {@code caller}. */
    public Answer readApi(String pathAndQuery, Caller caller) {
        return send(request(settings.readApiUrl() + pathAndQuery, caller).GET());
    }

    /** POST a JSON body to read-api as {@code caller}. */
    public Answer readApiPost(String path, JsonNode body, Caller caller) {
        return send(request(settings.readApiUrl() + path, caller).POST(json(body)));
    }

    /** POST a JSON body to reroute (cluster-internal: the agent's role was checked here). */
    public Answer reroutePost(String path, JsonNode body) {
        return send(request(settings.rerouteUrl() + path, null).POST(json(body)));
    }

    private HttpRequest.Builder request(String url, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        return request;
    }

    private HttpRequest.BodyPublisher json(JsonNode body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(built.uri().getHost() + ": interrupted");
        } catch (IOException e) {
            throw new UnavailableException(built.uri().getHost() + ":"
                    + built.uri().getPort() + " is unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return TextNode.valueOf("");
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return TextNode.valueOf(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
