package io.livechain.readapi.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.DownstreamUnavailableException;
import io.livechain.readapi.access.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.jboss.resteasy.reactive.RestPath;

/**
 * EPCIS 2.0 capture as its REST binding does it: {@code POST /api/epcis/capture} answers 202 with a
 * capture job ({@code Location}); {@code GET} on the job tells success or the errors.
 */
@Path("/api/epcis/capture")
@Produces(MediaType.APPLICATION_JSON)
public class CaptureResource {

    private final CaptureJobs jobs;
    private final ObjectMapper mapper;

    public CaptureResource(CaptureJobs jobs, ObjectMapper mapper) {
        this.jobs = jobs;
        this.mapper = mapper;
    }

    @RolesAllowed(Roles.INTEGRATOR)
    @POST
    @Blocking
    @Consumes({"application/ld+json", MediaType.APPLICATION_JSON})
    public Response capture(byte[] body) {
        JsonNode document;
        try {
            document = mapper.readTree(body);
        } catch (IOException e) {
            return problem(Response.Status.BAD_REQUEST, "the body is not JSON: " + e.getMessage());
        }
        if (document == null || !document.isObject()) {
            return problem(Response.Status.BAD_REQUEST, "the body must be an EPCISDocument or an EPCIS event");
        }
        try {
            CaptureJob job = jobs.submit(document);
            // Relative on purpose: behind the gateway (or a Knative route) this host is not the client's.
            return Response.accepted(job)
                    .header("Location", "/api/epcis/capture/" + job.captureID())
                    .build();
        } catch (DownstreamUnavailableException e) {
            return problem(Response.Status.SERVICE_UNAVAILABLE, "capture unavailable: " + e.getMessage());
        }
    }

    @RolesAllowed({Roles.VIEWER, Roles.INTEGRATOR})
    @GET
    @Blocking
    @Path("/{captureId}")
    public Response job(@RestPath String captureId) {
        CaptureJob job = jobs.find(captureId);
        return job == null
                ? problem(Response.Status.NOT_FOUND, "no capture job '" + captureId + "'")
                : Response.ok(job).build();
    }

    private static Response problem(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new io.livechain.readapi.ApiError(status.getStatusCode(), message))
                .build();
    }
}
