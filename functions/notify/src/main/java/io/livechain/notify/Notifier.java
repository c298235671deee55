package io.livechain.notify;

import io.livechain.model.EventType;
import io.livechain.notify.channel.Channel;
import io.livechain.notify.channel.ChannelClient;
import io.livechain.notify.channel.DeliveryResult;
import io.livechain.notify.config.Channels;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Tells every channel that wants it about a notice, at least once. Delivery rides on the broker's
 * retries rather than on retries of its own: if any channel fails, {@link #announce} fails, the
 * function answers 503 and the broker redelivers the event with backoff (and dead-letters it when
 * its retries run out), so nothing is lost and no request holds a worker for long. Channels that
 * already took the event are recorded per CloudEvent source + id and skipped on redelivery, so a
 * retry repeats the notice only where it failed. A channel may still hear twice if the record
 * itself fails after a send: at-least-once, not exactly-once.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final Channels channels;
    private final DeliveryLog deliveries;
    private final ChannelClient client;

    public Notifier(Channels channels, DeliveryLog deliveries, ChannelClient client) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.client = client;
    }

    /**
     * Delivers {@code notice} to each channel wanting its type that has not taken it yet; fails with
     * {@link ChannelUnavailableException} naming the channels that did not take it.
     */
    public void announce(Notice notice) {
        ReceivedEvent event = notice.event();
        List<Channel> wanting = channels.wanting(event.type());
        if (wanting.isEmpty()) {
            LOG.infof(
                    "no channel ce-id=%s ce-type=%s (none configured or none wants the type)",
                    event.id(), event.type());
            return;
        }
        Set<String> done = onVertxContext(() -> deliveries.deliveredChannels(event.source(), event.id()));
        wanting.stream()
                .filter(channel -> done.contains(channel.name()))
                .forEach(channel -> LOG.infof(
                        "skipped ce-id=%s ce-type=%s %s status=already-delivered", event.id(), event.type(), channel));
        List<Channel> pending = wanting.stream()
                .filter(channel -> !done.contains(channel.name()))
                .toList();
        List<DeliveryResult> held = heldUntilRaised(notice, pending);
        List<Channel> ready = pending.stream()
                .filter(channel ->
                        held.stream().noneMatch(h -> h.channel().name().equals(channel.name())))
                .toList();

        List<DeliveryResult> results = new ArrayList<>(client.deliver(notice, ready));
        results.addAll(held);
        results.forEach(result -> log(event, result));
        List<DeliveryResult> delivered =
                results.stream().filter(DeliveryResult::delivered).toList();
        if (!delivered.isEmpty()) {
            onVertxContext(() -> deliveries.record(notice, delivered));
        }
        List<DeliveryResult> failed =
                results.stream().filter(result -> !result.delivered()).toList();
        if (!failed.isEmpty()) {
            throw new ChannelUnavailableException(failed);
        }
    }

    /**
     * A resolve waits on every channel that hears raised alerts until that channel was told this alert
     * was raised: raised and resolved arrive through separate Triggers, which are not ordered against
     * each other, and PagerDuty would drop a resolve for an incident it has not opened yet. Held
     * channels fail the attempt, so the broker brings the resolve back later.
     */
    private List<DeliveryResult> heldUntilRaised(Notice notice, List<Channel> pending) {
        if (notice.action() != Notice.Action.RESOLVE || notice.incident() == null || pending.isEmpty()) {
            return List.of();
        }
        Set<String> hearRaised = channels.wanting(EventType.Types.ALERT_RAISED).stream()
                .map(Channel::name)
                .collect(Collectors.toSet());
        Set<String> opened = onVertxContext(() -> deliveries.openedChannels(notice.incident()));
        return pending.stream()
                .filter(channel -> hearRaised.contains(channel.name()) && !opened.contains(channel.name()))
                .map(channel ->
                        DeliveryResult.held(channel, "waiting for alert " + notice.incident() + " to be raised"))
                .toList();
    }

    private static void log(ReceivedEvent event, DeliveryResult result) {
        if (result.delivered()) {
            LOG.infof(
                    "delivered ce-id=%s ce-type=%s %s status=%d",
                    event.id(), event.type(), result.channel(), result.status());
        } else {
            LOG.warnf(
                    "not delivered ce-id=%s ce-type=%s %s status=%d problem=\"%s\"",
                    event.id(), event.type(), result.channel(), result.status(), result.problem());
        }
    }

    /** Funqy calls on a worker thread; Hibernate Reactive needs a Vert.x context, so run it on one and wait. */
    private static <T> T onVertxContext(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("delivery log unavailable", e);
        }
    }
}
