package io.livechain.readapi.access;

import io.livechain.readapi.ApiError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.Status;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 with an {@link ApiError} body that says what is missing, instead of an empty answer.
 * Needs {@code quarkus.http.auth.proactive=false}: only then do authentication failures reach JAX-RS.
 */
public class AccessErrorMapper {

    @ServerExceptionMapper
    public RestResponse<ApiError> noToken(UnauthorizedException e) {
        return unauthorized("Bearer", "a bearer token is required: send 'Authorization: Bearer <JWT>'");
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> badToken(AuthenticationFailedException e) {
        return unauthorized(
                "Bearer error=\"invalid_token\"",
                "the bearer token was refused: its signature, issuer or expiry does not verify");
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> missingRole(ForbiddenException e, ResourceInfo resource) {
        String needed = rolesAllowed(resource)
                .map(roles -> "one of the roles " + String.join(", ", roles.value()))
                .orElse("a role it does not hold");
        String message = "the bearer token lacks the role this needs: " + needed;
        return RestResponse.ResponseBuilder.create(Status.FORBIDDEN, new ApiError(403, message))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static Optional<RolesAllowed> rolesAllowed(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        RolesAllowed onMethod = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return Optional.ofNullable(
                onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class));
    }

    private static RestResponse<ApiError> unauthorized(String challenge, String message) {
        return RestResponse.ResponseBuilder.create(Status.UNAUTHORIZED, new ApiError(401, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
