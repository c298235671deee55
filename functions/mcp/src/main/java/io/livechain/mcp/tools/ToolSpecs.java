package io.livechain.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.mcp.access.Caller;
import io.livechain.mcp.access.Callers;
import io.livechain.mcp.access.NotAllowedException;
import io.livechain.mcp.downstream.Answer;
import io.livechain.mcp.downstream.UnavailableException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Builds each tool's specification and runs its calls: who calls, arguments, and every failure as a tool
 * error the model can read (the argument and the problem, the role that is missing, what is down) rather
 * than a protocol error, as MCP asks of tool failures.
 */
@ApplicationScoped
public class ToolSpecs {

    private static final Logger LOG = Logger.getLogger(ToolSpecs.class);

    /** One tool's work: what it answers (JSON), given who calls and the arguments. */
    @FunctionalInterface
    interface Work {
        JsonNode run(Caller caller, Args args);
    }

    private final Callers callers;
    private final ObjectMapper mapper;
    private final McpJsonMapper json;

    public ToolSpecs(Callers callers, ObjectMapper mapper) {
        this.callers = callers;
        this.mapper = mapper;
        this.json = new JacksonMcpJsonMapper(mapper);
    }

    /** A tool that only reads ({@code readOnly}) or one that changes something. */
    SyncToolSpecification tool(
            String name, String title, String description, String inputSchema, boolean readOnly, Work work) {
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description)
                .inputSchema(json, inputSchema)
                .annotations(new McpSchema.ToolAnnotations(title, readOnly, false, readOnly, false, null))
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> call(name, exchange.transportContext(), request, work))
                .build();
    }

    private McpSchema.CallToolResult call(
            String name,
            io.modelcontextprotocol.common.McpTransportContext context,
            McpSchema.CallToolRequest request,
            Work work) {
        try {
            Caller caller = callers.of(context);
            JsonNode answer = work.run(caller, new Args(request.arguments()));
            return McpSchema.CallToolResult.builder()
                    .addTextContent(mapper.writeValueAsString(answer))
                    .structuredContent(
                            answer.isObject()
                                    ? mapper.convertValue(answer, java.util.Map.class)
                                    : java.util.Map.of("items", answer))
                    .isError(false)
                    .build();
        } catch (BadArgumentException | NotAllowedException | UnavailableException | ToolFailure e) {
            return error(e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "tool %s failed", name);
            return error(name + " failed: " + e.getMessage());
        }
    }

    static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }

    /** The body of a 2xx answer; otherwise a tool failure with the service's own words and status. */
    static JsonNode body(Answer answer, String what) {
        if (answer.ok()) {
            return answer.body();
        }
        throw new ToolFailure(
                switch (answer.status()) {
                    case 404 -> "not found: " + answer.message();
                    case 400 -> "rejected: " + answer.message();
                    case 401, 403 -> "not allowed (" + answer.status() + "): " + answer.message();
                    default -> what + " answered " + answer.status() + ": " + answer.message();
                });
    }

    /** A downstream answer that is no success, in words for the model. */
    static class ToolFailure extends RuntimeException {
        ToolFailure(String message) {
            super(message);
        }
    }
}
