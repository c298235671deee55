package io.livechain.mcp;

import io.livechain.model.EventType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * {@code POST /events}: the Triggers on raised and resolved alerts deliver here, and every session
 * subscribed to the open alerts hears that the list changed. Nothing is stored: a redelivery only sends
 * the same "updated" once more, which subscribers take as a cue to read the list again.
 */
@WebServlet(urlPatterns = "/events")
public class AlertFeedServlet extends HttpServlet {

    static final Set<String> ALERT_TYPES = Set.of(EventType.Types.ALERT_RAISED, EventType.Types.ALERT_RESOLVED);

    @Inject
    AgentServer server;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String type = request.getHeader("ce-type");
        if (type == null) {
            response.setStatus(400);
            return;
        }
        if (ALERT_TYPES.contains(type)) {
            server.resourceUpdated(OpenAlerts.URI);
        }
        response.setStatus(204);
    }
}
