package io.livechain.reroute.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.Condition;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.livechain.reroute.handlers.ConditionHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST /what-if}: {@code shipmentId}, and {@code condition} checked as a
 * condition event is (its catalogue schema, then the network: facility or lane known, validUntil after
 * validFrom). Every problem is an {@link InvalidEventException} naming the field, the condition's under
 * {@code condition.}.
 */
@ApplicationScoped
public class WhatIfRequests {

    private final ObjectMapper mapper;
    private final ConditionHandler conditions;
    private final EventSchemas schemas = new EventSchemas();

    public WhatIfRequests(ObjectMapper mapper, ConditionHandler conditions) {
        this.mapper = mapper;
        this.conditions = conditions;
    }

    public WhatIfRequest read(String body) {
        JsonNode json = object(body);
        List<FieldError> errors = new ArrayList<>();
        JsonNode shipmentId = json.get("shipmentId");
        if (shipmentId == null || shipmentId.isNull()) {
            errors.add(new FieldError("shipmentId", "is required"));
        } else if (!shipmentId.isTextual() || shipmentId.textValue().isBlank()) {
            errors.add(new FieldError("shipmentId", "must be a non-empty string"));
        }
        JsonNode condition = json.get("condition");
        if (condition == null || condition.isNull()) {
            errors.add(new FieldError("condition", "is required"));
        } else if (!condition.isObject()) {
            errors.add(new FieldError("condition", "must be a JSON object, the data of " + EventType.Types.CONDITION));
        } else {
            schemas.validate(EventType.CONDITION, condition).forEach(e -> errors.add(underCondition(e)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors);
        }
        return new WhatIfRequest(shipmentId.textValue(), onTheNetwork(toCondition(condition)));
    }

    private JsonNode object(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidEventException("body", "must be a JSON object with shipmentId and condition");
        }
        return json;
    }

    private Condition toCondition(JsonNode condition) {
        try {
            return mapper.treeToValue(condition, Condition.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("condition", "does not map onto a condition: " + e.getOriginalMessage());
        }
    }

    private Condition onTheNetwork(Condition condition) {
        try {
            conditions.validate(condition);
            return condition;
        } catch (InvalidEventException e) {
            throw new InvalidEventException(
                    e.errors().stream().map(WhatIfRequests::underCondition).toList());
        }
    }

    private static FieldError underCondition(FieldError error) {
        return new FieldError(
                "data".equals(error.field()) ? "condition" : "condition." + error.field(), error.problem());
    }
}
