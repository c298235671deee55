package io.livechain.mcp.access;

import io.modelcontextprotocol.common.McpTransportContext;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;

/**
 * Who calls: the HTTP layer already refused requests to /mcp without a valid token (401); the SDK runs
 * tools off the request thread, so the transport context carries the header and it is verified again here.
 */
@ApplicationScoped
public class Callers {

    static final String AUTHORIZATION = "authorization";

    private final JWTParser parser;

    public Callers(JWTParser parser) {
        this.parser = parser;
    }

    /** What the transport keeps of each HTTP request for the tools. */
    public static McpTransportContext context(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return McpTransportContext.create(header == null ? Map.of() : Map.of(AUTHORIZATION, header));
    }

    public Caller of(McpTransportContext context) {
        Object header = context.get(AUTHORIZATION);
        if (!(header instanceof String value) || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new NotAllowedException("no bearer token: send 'Authorization: Bearer <token>' with every request");
        }
        String token = value.substring(7).strip();
        try {
            var jwt = parser.parse(token);
            Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
            return new Caller(token, jwt.getSubject() == null ? "unknown" : jwt.getSubject(), groups);
        } catch (ParseException e) {
            throw new NotAllowedException("the bearer token is not valid: " + e.getMessage());
        }
    }
}
