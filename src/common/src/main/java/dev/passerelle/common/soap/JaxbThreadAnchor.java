package dev.passerelle.common.soap;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

/**
 * Leaves a JAXB coordinator of its own on each thread that reads a message, beneath the ones JAXB
 * makes current while it works, so that JAXB's bookkeeping of the current one stays a plain
 * thread-local write.
 *
 * <p>The JAXB runtime makes its unmarshalling context the thread's current coordinator around every
 * start tag, text and end tag it reads, and afterwards restores the coordinator that was current
 * before. When there was none, it removes the thread-local entry instead (eclipse-ee4j/jaxb-ri#1086,
 * open): the JVM clears the entry's weak reference and the next tag allocates a new one. A page of
 * 50 invoices is about 2,000 such events, a visible share of the call's CPU (BENCHMARKS.md, decisions
 * in force: "JAXB thread anchor"). With this coordinator current beneath, every restore finds it
 * and writes it back. It is never used by JAXB's work itself: a marshaller or unmarshaller makes its
 * own context current for as long as it needs one.
 */
public final class JaxbThreadAnchor extends AbstractPhaseInterceptor<Message> {

    public JaxbThreadAnchor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        anchorCurrentThread();
    }

    /** Makes the anchor the current thread's coordinator unless one is current already. */
    static void anchorCurrentThread() {
        if (Coordinator._getInstance() == null) {
            new Anchor().install();
        }
    }

    /** Kept current for the life of its thread; it has no location and stops at any event it is handed. */
    static final class Anchor extends Coordinator {

        private void install() {
            pushCoordinator();
        }

        @Override
        protected ValidationEventLocator getLocation() {
            return null;
        }

        @Override
        public boolean handleEvent(ValidationEvent event) {
            return false;
        }
    }
}
