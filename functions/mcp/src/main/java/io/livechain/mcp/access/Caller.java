package io.livechain.mcp.access;

import java.util.Set;

/**
 * The agent behind an MCP request, from its verified bearer token: {@code token} goes on to read-api
 * (which checks its own roles), {@code subject} names the agent in the events it asks for.
 */
public record Caller(String token, String subject, Set<String> roles) {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";

    /** Fails with {@link NotAllowedException} unless the token holds {@code role}. */
    public Caller require(String role) {
        if (!roles.contains(role)) {
            throw new NotAllowedException("this needs the '" + role + "' role; the token of '" + subject + "' holds "
                    + (roles.isEmpty()
                            ? "none"
                            : String.join(", ", roles.stream().sorted().toList())));
        }
        return this;
    }

    /** The CloudEvents source of what this agent asks for. */
    public String eventSource() {
        return "/agents/" + subject;
    }
}
