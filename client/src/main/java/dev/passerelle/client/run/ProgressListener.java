package dev.passerelle.client.run;

/**
 * Told about a run's progress, page by page (for a progress bar). Called from the run's threads,
 * one call at a time; entities pulled at the same time show as one phase named
 * {@code "DELIVERY_ADDRESS + CONTACT"}, counting the records of both.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** A page of an entity was committed; {@code records} is the running total of that entity in this run. */
    default void page(String entity, long records) {
    }

    /** A phase of the run begins (an entity pulled, or the outbox sent). */
    default void phase(String name) {
    }
}
