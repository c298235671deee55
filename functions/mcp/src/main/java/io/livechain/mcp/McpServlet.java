package io.livechain.mcp;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /mcp}: the SDK's Streamable HTTP transport is a servlet built by its own builder, so this one,
 * registered by annotation with async support (its streams are asynchronous), hands each request to it.
 * Quarkus' HTTP security has already refused requests without a valid bearer token.
 */
@WebServlet(urlPatterns = "/mcp", asyncSupported = true)
public class McpServlet extends HttpServlet {

    @Inject
    AgentServer server;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        server.transport().service(request, response);
    }
}
