package io.livechain.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.e2e.HostileEvents.Expect;
import io.livechain.e2e.HostileEvents.Request;
import io.livechain.e2e.HostileEvents.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, generated from a seed ({@link HostileEvents}), sent to the broker ingress and to every
 * function on its own port: each is answered 4xx with a message (or handled correctly), none 5xx, no
 * process dies, and no state of inventory, threshold, reroute, notify or cdc-adapter comes from a
 * rejected event.
 * {@code -Dlivechain.fuzz.count=12000 -Dlivechain.fuzz.seed=...} for a long run; the seed and the counts
 * are printed, and {@code -Dlivechain.fuzz.only=17,4711} sends just those requests of a seed again.
 */
class HostileInputE2eTest {

    private static final long SEED = Long.getLong("livechain.fuzz.seed", 20_261_202L);
    private static final int COUNT = Integer.getInteger("livechain.fuzz.count", 800);
    private static final String ONLY = System.getProperty("livechain.fuzz.only", "");
    /** Two cores run the whole stack: a few senders at once is load enough. */
    private static final int SENDERS = 4;

    private static final List<String> STATE_SCHEMAS = List.of("inventory", "threshold", "reroute", "notify", "cdc");
    private static final int NO_ANSWER = -1;
    private static final Set<Expect> MUST_BE_TAKEN = Set.of(Expect.APPLIED, Expect.STORED, Expect.UNROUTED);

    private final HostileEvents events = new HostileEvents(SEED);
    private final List<String> failures = new ArrayList<>();

    /** What a target answered: status ({@link #NO_ANSWER} for none) and the body, cut short. */
    private record Answer(int status, String body) {}

    @Test
    void hostileEventsAreAnswered4xxOrHandledAndRejectedOnesChangeNothing() throws Exception {
        E2eStack e2e = E2eStack.get();
        StackPorts stack = StackPorts.of(e2e);
        Map<String, Integer> restartsBefore = e2e.stack.functionRestarts();
        int[] indices = ONLY.isBlank()
                ? IntStream.range(0, COUNT).toArray()
                : Arrays.stream(ONLY.split(","))
                        .mapToInt(s -> Integer.parseInt(s.trim()))
                        .toArray();
        System.out.printf("hostile input: seed %d, %d requests (marker %s)%n", SEED, indices.length, events.marker());

        Instant start = Instant.now();
        Map<Integer, Request> sent = new ConcurrentHashMap<>();
        Map<Integer, Answer> answers = send(indices, stack, sent);
        Duration sending = Duration.between(start, Instant.now());
        List<Request> requests = Arrays.stream(indices)
                .filter(sent::containsKey)
                .mapToObj(sent::get)
                .toList();
        requests.forEach(r -> checkAnswer(r, answers.get(r.n())));

        try (Connection db = stack.database()) {
            Instant settling = Instant.now();
            Map<String, Integer> deadLetters = awaitPipeline(db, requests, answers);
            Duration settled = Duration.between(settling, Instant.now());
            checkDeadLetters(requests, answers, deadLetters);
            checkApplied(db, requests);
            checkStored(db, requests, answers);
            checkNoStateFromRejected(db, requests, answers, deadLetters);
            report(requests, answers, sending, settled, deadLetters);
        }
        checkStillHealthy(e2e, restartsBefore);

        failures.forEach(failure -> System.out.println("  FAILED " + cut(failure)));
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures; again with -Dlivechain.fuzz.seed=" + SEED + " -Dlivechain.fuzz.count="
                        + COUNT + " (or -Dlivechain.fuzz.only=<n,...>):\n"
                        + String.join("\n", failures.subList(0, Math.min(failures.size(), 60))));
    }

    // --- Sending ---

    private Map<Integer, Answer> send(int[] indices, StackPorts stack, Map<Integer, Request> sent)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<Integer, Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int s = 0; s < SENDERS; s++) {
            senders.execute(() -> {
                for (int i = next.getAndIncrement(); i < indices.length; i = next.getAndIncrement()) {
                    try {
                        Request request = events.request(indices[i]);
                        answers.put(request.n(), send(client, stack.url(request.target()), request));
                        sent.put(request.n(), request.withBodyCut());
                    } catch (RuntimeException e) {
                        synchronized (failures) {
                            failures.add("request #" + indices[i] + " could not be made: " + e);
                        }
                    }
                }
            });
        }
        senders.shutdown();
        assertTrue(senders.awaitTermination(30, TimeUnit.MINUTES), "senders did not finish");
        return answers;
    }

    private static Answer send(HttpClient client, String url, Request request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(url + request.target().path))
                .timeout(Duration.ofSeconds(60))
                .POST(
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(http::header);
        try {
            HttpResponse<String> response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body.substring(0, Math.min(body.length(), 500)));
        } catch (IOException e) {
            return new Answer(NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, e.toString());
        }
    }

    // --- Checks ---

    private static boolean heldUntilRaised(Request request, Answer answer) {
        return request.target() == Target.NOTIFY
                && request.type().equals("io.livechain.alert.resolved.v1")
                && answer.body().contains("waiting for alert");
    }

    private void checkAnswer(Request request, Answer answer) {
        int status = answer.status();
        if (status == 503 && heldUntilRaised(request, answer)) {
            // notify holds a resolution until its alert was raised (the broker retries, then dead-letters it).
            return;
        }
        if (status == NO_ANSWER || status >= 500) {
            fail(request, answer, "no 4xx: a failure of the target");
        } else if (status >= 400 && answer.body().isBlank()) {
            fail(request, answer, "4xx without a message");
        } else if (request.status() != null && status != request.status()) {
            fail(request, answer, "must be " + request.status());
        } else if (request.expect() == Expect.REJECTED
                && status < 400
                && !(request.target() == Target.INGRESS && status == 202)) {
            fail(request, answer, "accepted, though it must be rejected");
        } else if (MUST_BE_TAKEN.contains(request.expect()) && status != 202) {
            fail(request, answer, "must be 202");
        }
    }

    /**
     * Waits until every event the ingress took that a function must reject is a dead letter and every
     * legal scan is applied, then until the dead letters stop coming.
     *
     * @return dead letters of this run by id: their status from the function (0 for none)
     */
    private Map<String, Integer> awaitPipeline(Connection db, List<Request> requests, Map<Integer, Answer> answers)
            throws SQLException, InterruptedException {
        Set<String> mustDie = new HashSet<>();
        for (Request r : requests) {
            if (r.target() == Target.INGRESS
                    && r.expect() == Expect.REJECTED
                    && answers.get(r.n()).status() == 202) {
                mustDie.add(r.tag());
            }
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60 + requests.size() / 50));
        Map<String, Integer> deadLetters = deadLetters(db);
        int stableFor = 0;
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            Map<String, Integer> now = deadLetters(db);
            boolean allDead = now.keySet().containsAll(mustDie);
            stableFor = now.size() == deadLetters.size() ? stableFor + 1 : 0;
            deadLetters = now;
            if (allDead && unappliedScans(db, requests).isEmpty() && stableFor >= 4) {
                break;
            }
        }
        return deadLetters;
    }

    private Map<String, Integer> deadLetters(Connection db) throws SQLException {
        Map<String, Integer> letters = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "select id, coalesce(error_code, 0) from read_api.dead_letters where source like ?")) {
            query.setString(1, "/fuzz/" + events.marker() + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    letters.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return letters;
    }

    /** Every rejected event the ingress took ends as a dead letter, with the 4xx the function answered. */
    private void checkDeadLetters(List<Request> requests, Map<Integer, Answer> answers, Map<String, Integer> letters) {
        for (Request r : requests) {
            if (r.target() != Target.INGRESS || answers.get(r.n()).status() != 202) {
                continue;
            }
            Integer code = letters.get(r.tag());
            if (r.expect() == Expect.REJECTED && code == null) {
                fail(r, answers.get(r.n()), "taken by the ingress but never dead-lettered: accepted by its function?");
            } else if (code != null && (code < 400 || code >= 500)) {
                fail(
                        r,
                        answers.get(r.n()),
                        "dead-lettered with status " + code + " (0: none, a timeout) from its function");
            } else if (code != null && r.expect() != Expect.REJECTED) {
                fail(r, answers.get(r.n()), "dead-lettered with " + code + ", though it must be " + r.expect());
            }
        }
    }

    /** Legal scans whose position does not (yet) hold exactly their quantity. */
    private List<Request> unappliedScans(Connection db, List<Request> requests) throws SQLException {
        List<Request> unapplied = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select on_hand from inventory.stock_on_hand where sku = ? and location = ? and uom = ''")) {
            for (Request r : requests) {
                if (r.expect() != Expect.APPLIED) {
                    continue;
                }
                query.setString(1, r.applies().sku());
                query.setString(2, r.applies().location());
                try (ResultSet rows = query.executeQuery()) {
                    BigDecimal onHand = rows.next() ? rows.getBigDecimal(1) : null;
                    if (onHand == null || onHand.compareTo(r.applies().onHand()) != 0) {
                        unapplied.add(r);
                    }
                }
            }
        }
        return unapplied;
    }

    private void checkApplied(Connection db, List<Request> requests) throws SQLException {
        for (Request r : unappliedScans(db, requests)) {
            fail(
                    r,
                    null,
                    "legal scan not applied exactly: on-hand must be "
                            + r.applies().onHand());
        }
    }

    /** Every dead letter read-api took (202) is stored, with or without data. */
    private void checkStored(Connection db, List<Request> requests, Map<Integer, Answer> answers) throws SQLException {
        Map<String, Integer> letters = deadLetters(db);
        for (Request r : requests) {
            if (r.target() == Target.READ_API && answers.get(r.n()).status() == 202 && !letters.containsKey(r.tag())) {
                fail(r, answers.get(r.n()), "read-api answered 202 but did not store the dead letter");
            }
        }
    }

    /**
     * Every row of the functions' state that carries this run's marker must come from a request that was
     * accepted: its tag says which.
     */
    private void checkNoStateFromRejected(
            Connection db, List<Request> requests, Map<Integer, Answer> answers, Map<String, Integer> deadLetters)
            throws SQLException {
        Map<Integer, Request> byN = new HashMap<>();
        requests.forEach(r -> byN.put(r.n(), r));
        Pattern tag = Pattern.compile(Pattern.quote(events.marker()) + "-(\\d+)-");
        int rowsOfThisRun = 0;
        for (String table : stateTables(db)) {
            try (PreparedStatement query =
                    db.prepareStatement("select t::text from " + table + " t where t::text like ?")) {
                query.setString(1, "%" + events.marker() + "-%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        rowsOfThisRun++;
                        String row = rows.getString(1);
                        Matcher found = tag.matcher(row);
                        boolean traced = false;
                        while (found.find()) {
                            traced = true;
                            Request r = byN.get(Integer.parseInt(found.group(1)));
                            if (r != null && !accepted(r, answers.get(r.n()), deadLetters)) {
                                fail(r, answers.get(r.n()), "rejected, yet found in " + table + ": " + cut(row));
                            }
                        }
                        if (!traced) {
                            failures.add("state of this run that names no request, in " + table + ": " + cut(row));
                        }
                    }
                }
            }
        }
        System.out.println("hostile input: " + rowsOfThisRun + " rows of state carry this run's marker, each checked");
    }

    private static boolean accepted(Request r, Answer answer, Map<String, Integer> deadLetters) {
        if (r.target() == Target.INGRESS) {
            return r.expect() == Expect.APPLIED && !deadLetters.containsKey(r.tag());
        }
        return answer.status() >= 200 && answer.status() < 300;
    }

    private static List<String> stateTables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select table_schema || '.' || table_name"
                + " from information_schema.tables where table_type = 'BASE TABLE' and table_schema = any(?)")) {
            query.setArray(1, db.createArrayOf("text", STATE_SCHEMAS.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private void checkStillHealthy(E2eStack e2e, Map<String, Integer> restartsBefore) throws InterruptedException {
        if (!restartsBefore.equals(e2e.stack.functionRestarts())) {
            failures.add("functions died during the run: restarts " + restartsBefore + " -> "
                    + e2e.stack.functionRestarts());
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"UP".equals(e2e.stack.readiness().getString("status"))) {
            if (Instant.now().isAfter(deadline)) {
                failures.add("stack not ready after the run: "
                        + e2e.stack.readiness().encode());
                return;
            }
            Thread.sleep(500);
        }
    }

    // --- Report ---

    private void report(
            List<Request> requests,
            Map<Integer, Answer> answers,
            Duration sending,
            Duration settled,
            Map<String, Integer> deadLetters) {
        Map<String, Integer> statuses = new TreeMap<>();
        requests.forEach(
                r -> statuses.merge(r.target() + " " + answers.get(r.n()).status(), 1, Integer::sum));
        System.out.printf(
                "hostile input: seed %d, %d requests sent in %.1f s, pipeline settled in %.1f s, %d dead letters of this run%n",
                SEED, requests.size(), sending.toMillis() / 1000.0, settled.toMillis() / 1000.0, deadLetters.size());
        System.out.println("  by category: " + HostileEvents.countBy(requests, Request::category));
        System.out.println("  by target:   "
                + HostileEvents.countBy(requests, r -> r.target().name()));
        System.out.println("  by expected: "
                + HostileEvents.countBy(requests, r -> r.expect().name()));
        System.out.println("  answers:     " + statuses);
        Map<Integer, Integer> deadLetterStatuses = new TreeMap<>();
        requests.stream()
                .filter(r -> r.target() == Target.INGRESS && deadLetters.containsKey(r.tag()))
                .forEach(r -> deadLetterStatuses.merge(deadLetters.get(r.tag()), 1, Integer::sum));
        System.out.println("  dead letters of ingress events, by their function's status: " + deadLetterStatuses);
        System.out.println("  failures:    " + failures.size());
    }

    private void fail(Request request, Answer answer, String problem) {
        failures.add(problem + ": " + request.describe()
                + (answer == null ? "" : " => " + answer.status() + " " + cut(answer.body())));
    }

    private static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** The stack's function ports and database, as its function processes were started with them. */
    private record StackPorts(
            String ingress, Map<String, Integer> ports, String jdbcUrl, String user, String password) {

        static StackPorts of(E2eStack e2e) {
            Map<String, Integer> ports = new HashMap<>();
            Map<String, String> inventory = null;
            for (Target target : Target.values()) {
                if (target.service != null) {
                    Map<String, String> args = systemProperties(
                            e2e.stack.functionProcess(target.service).orElseThrow());
                    ports.put(target.service, Integer.parseInt(args.get("quarkus.http.port")));
                    inventory = inventory == null ? args : inventory;
                }
            }
            return new StackPorts(
                    e2e.url(),
                    ports,
                    inventory.get("quarkus.datasource.jdbc.url"),
                    inventory.get("quarkus.datasource.username"),
                    inventory.get("quarkus.datasource.password"));
        }

        /** A process' {@code -Dname=value} arguments. */
        private static Map<String, String> systemProperties(ProcessHandle process) {
            Map<String, String> properties = new HashMap<>();
            for (String arg : process.info().arguments().orElseThrow()) {
                int equals = arg.indexOf('=');
                if (arg.startsWith("-D") && equals > 0) {
                    properties.put(arg.substring(2, equals), arg.substring(equals + 1));
                }
            }
            return properties;
        }

        String url(Target target) {
            return target.service == null ? ingress : "http://localhost:" + ports.get(target.service);
        }

        Connection database() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }
}
