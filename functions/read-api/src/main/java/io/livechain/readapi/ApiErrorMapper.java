package io.livechain.readapi;

import io.livechain.readapi.alerts.AckNotTakenException;
import io.livechain.readapi.alerts.NoAlertException;
import io.livechain.readapi.alerts.UnknownAlertStatusException;
import io.livechain.readapi.deadletters.InvalidDeadLetterException;
import io.livechain.readapi.deadletters.InvalidReplayRequestException;
import io.livechain.readapi.deadletters.NoDeadLetterToReplayException;
import io.livechain.readapi.deadletters.ReplayNotTakenException;
import io.livechain.readapi.inventory.InvalidInventoryParameterException;
import io.livechain.readapi.inventory.NoInventoryException;
import io.livechain.readapi.network.NoNetworkFileException;
import io.livechain.readapi.reconciliation.InvalidReconciliationParameterException;
import io.livechain.readapi.reconciliation.MissingReadViewException;
import io.livechain.readapi.shipments.NoShipmentException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.Status;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the read side's domain failures onto HTTP outcomes with an {@link ApiError} body. */
public class ApiErrorMapper {

    static final Status NOT_FOUND = Status.NOT_FOUND;
    static final Status BAD_REQUEST = Status.BAD_REQUEST;
    static final Status SERVICE_UNAVAILABLE = Status.SERVICE_UNAVAILABLE;

    @ServerExceptionMapper
    public RestResponse<ApiError> noInventory(NoInventoryException e) {
        return error(NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidInventoryParameter(InvalidInventoryParameterException e) {
        return error(BAD_REQUEST, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> noAlert(NoAlertException e) {
        return error(NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> ackNotTaken(AckNotTakenException e) {
        return error(SERVICE_UNAVAILABLE, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> unknownAlertStatus(UnknownAlertStatusException e) {
        return error(BAD_REQUEST, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidDeadLetter(InvalidDeadLetterException e) {
        return error(BAD_REQUEST, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidReplay(InvalidReplayRequestException e) {
        return error(BAD_REQUEST, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> nothingToReplay(NoDeadLetterToReplayException e) {
        return error(NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> replayNotTaken(ReplayNotTakenException e) {
        return error(SERVICE_UNAVAILABLE, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> noShipment(NoShipmentException e) {
        return error(NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> noNetworkFile(NoNetworkFileException e) {
        return error(SERVICE_UNAVAILABLE, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidReconciliationParameter(InvalidReconciliationParameterException e) {
        return error(BAD_REQUEST, e);
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> missingReadView(MissingReadViewException e) {
        return error(SERVICE_UNAVAILABLE, e);
    }

    private static RestResponse<ApiError> error(Status status, RuntimeException e) {
        return RestResponse.ResponseBuilder.create(status, new ApiError(status.getStatusCode(), e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
