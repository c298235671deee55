package io.livechain.readapi.tower;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The control-tower page for a browser's {@code GET /} (text/html). It loads without a token: the
 * data comes from {@code /api/live} and {@code /api/network}, which want a viewer's bearer token; the
 * page asks for it (or takes it from a {@code #token=} link) and keeps it for the browser session.
 */
@Path("/")
public class ControlTowerPage {

    private final Template page;

    public ControlTowerPage(@Location("controlTower.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return page.data("title", "Livechain control tower");
    }
}
