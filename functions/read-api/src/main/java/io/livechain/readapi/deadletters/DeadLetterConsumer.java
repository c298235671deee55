package io.livechain.readapi.deadletters;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Stores every record of the dead-letter topic. The record is acknowledged (its offset committed)
 * only once the returned Uni completes, i.e. after the insert committed: if the database fails, the
 * channel stops, health goes down and the record is read again after the restart.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);

    private final DeadLetterReader reader;
    private final DeadLetterStore store;

    public DeadLetterConsumer(DeadLetterReader reader, DeadLetterStore store) {
        this.reader = reader;
        this.store = store;
    }

    @Incoming("deadletters")
    public Uni<Void> consume(ConsumerRecord<byte[], byte[]> record) {
        DeadLetter letter = reader.read(record);
        return store.store(letter).invoke(stored -> {
            if (stored) {
                LOG.warnf("dead letter stored ce-id=%s ce-source=%s ce-type=%s errorcode=%s errordest=%s",
                        letter.id(), letter.source(), letter.type(), letter.errorCode(), letter.errorDestination());
            } else {
                LOG.debugf("dead letter already stored ce-id=%s ce-source=%s", letter.id(), letter.source());
            }
        }).replaceWithVoid();
    }
}
