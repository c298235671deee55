package io.livechain.readapi.epcis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.kit.BrokerSink;
import io.livechain.kit.TraceParent;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.epcis.EpcisCapture;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes EPCIS documents for capture: validates each against the EPCIS 2.0 schema and Livechain's
 * mapping rules, hands a valid one to the broker as {@code io.livechain.epcis.v2} (scan-ingest turns
 * it into movements and readings), and records the job either way. Blocking: call on a worker.
 */
@ApplicationScoped
public class CaptureJobs {

    static final String SOURCE = "/livechain/read-api/epcis-capture";

    private final EpcisCapture capture = new EpcisCapture();
    private final Pool pool;
    private final ObjectMapper mapper;
    private final BrokerSink sink;

    public CaptureJobs(Pool pool, ObjectMapper mapper, @ConfigProperty(name = "livechain.read-api.sink") String sink) {
        this.pool = pool;
        this.mapper = mapper;
        this.sink = new BrokerSink(sink, Duration.ofSeconds(5), mapper);
    }

    /** Returns the job; a valid document is in the broker when this returns (503 semantics if not). */
    public CaptureJob submit(JsonNode document) {
        String captureId = UUID.randomUUID().toString();
        List<FieldError> errors = capture.validate(document);
        if (errors.isEmpty()) {
            sink.post(new BrokerSink.Event(
                    captureId,
                    EventType.Types.EPCIS,
                    SOURCE,
                    null,
                    Instant.now(),
                    "application/ld+json",
                    document,
                    TraceParent.current())); // the request's span: the capture's events continue its trace
        }
        CaptureJob job =
                new CaptureJob(captureId, false, errors.isEmpty(), CaptureJob.ROLLBACK, eventCount(document), errors);
        pool.preparedQuery("insert into read_api.capture_jobs (capture_id, success, event_count, errors)"
                        + " values ($1, $2, $3, cast($4::text as jsonb))")
                .execute(Tuple.of(captureId, job.success(), job.eventCount(), json(errors)))
                .await()
                .indefinitely();
        return job;
    }

    /** The job, or null when there is none with that id. */
    public CaptureJob find(String captureId) {
        var rows = pool.preparedQuery("select capture_id, success, event_count, errors::text as errors"
                        + " from read_api.capture_jobs where capture_id = $1")
                .execute(Tuple.of(captureId))
                .await()
                .indefinitely();
        return rows.size() == 0 ? null : toJob(rows.iterator().next());
    }

    private CaptureJob toJob(Row row) {
        try {
            List<FieldError> errors =
                    mapper.readValue(row.getString("errors"), new TypeReference<List<FieldError>>() {});
            return new CaptureJob(
                    row.getString("capture_id"),
                    false,
                    row.getBoolean("success"),
                    CaptureJob.ROLLBACK,
                    row.getInteger("event_count"),
                    errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("capture job " + row.getString("capture_id") + " has unreadable errors", e);
        }
    }

    private static int eventCount(JsonNode document) {
        JsonNode events = document.path("epcisBody").path("eventList");
        return events.isArray() ? events.size() : 1;
    }

    private String json(List<FieldError> errors) {
        try {
            return mapper.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
