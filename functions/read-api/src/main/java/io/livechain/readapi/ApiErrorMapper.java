package io.livechain.readapi;

import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.Status;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.livechain.readapi.inventory.NoInventoryException;

/** Maps the read side's domain failures onto HTTP outcomes with an {@link ApiError} body. */
public class ApiErrorMapper {

    static final Status NOT_FOUND = Status.NOT_FOUND;

    @ServerExceptionMapper
    public RestResponse<ApiError> noInventory(NoInventoryException e) {
        return RestResponse.ResponseBuilder.create(NOT_FOUND, new ApiError(NOT_FOUND.getStatusCode(), e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
