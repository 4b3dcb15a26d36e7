package dev.passerelle.common.soap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;
import org.junit.jupiter.api.Test;

class JaxbThreadAnchorTest {

    private static final String PAGE = "<page><line>one</line><line>two</line><line>three</line></page>";

    @Test
    void withoutAnAnchorJaxbLeavesNoCoordinatorCurrentAfterEachEvent() throws Exception {
        Outcome outcome = onFreshThread(() -> {
            Page page = unmarshal(PAGE);
            return new Outcome(page, Coordinator._getInstance());
        });

        assertThat(outcome.page().lines).containsExactly("ONE", "TWO", "THREE");
        assertThat(outcome.current()).as("JAXB removed its thread-local entry, which the anchor is there to avoid").isNull();
    }

    @Test
    void theAnchorStaysCurrentWhileJaxbReadsAndWritesWithItsOwnContexts() throws Exception {
        Outcome outcome = onFreshThread(() -> {
            JaxbThreadAnchor.anchorCurrentThread();
            Coordinator anchor = Coordinator._getInstance();
            Page page = unmarshal(PAGE);
            String written = marshal(page);
            assertThat(written).contains("<line>one</line><line>two</line><line>three</line>");
            assertThat(Coordinator._getInstance()).isSameAs(anchor);
            return new Outcome(page, anchor);
        });

        assertThat(outcome.current()).isInstanceOf(JaxbThreadAnchor.Anchor.class);
        assertThat(outcome.page().lines).as("adapters run within JAXB's own context").containsExactly("ONE", "TWO", "THREE");
    }

    @Test
    void anchoringTwiceKeepsTheFirstAnchor() throws Exception {
        List<Coordinator> anchors = onFreshThread(() -> {
            List<Coordinator> seen = new ArrayList<>();
            JaxbThreadAnchor.anchorCurrentThread();
            seen.add(Coordinator._getInstance());
            new JaxbThreadAnchor().handleMessage(null);
            seen.add(Coordinator._getInstance());
            return seen;
        });

        assertThat(anchors.get(0)).isNotNull().isSameAs(anchors.get(1));
    }

    private static <T> T onFreshThread(Supplier<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return CompletableFuture.supplyAsync(work, thread).get();
        } finally {
            thread.shutdownNow();
        }
    }

    private static Page unmarshal(String xml) {
        try {
            return (Page) JAXBContext.newInstance(Page.class).createUnmarshaller().unmarshal(new StringReader(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String marshal(Page page) {
        try {
            StringWriter out = new StringWriter();
            JAXBContext.newInstance(Page.class).createMarshaller().marshal(page, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(Page page, Coordinator current) {
    }

    @XmlRootElement(name = "page")
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Page {
        @XmlElement(name = "line")
        @XmlJavaTypeAdapter(UpperCase.class)
        List<String> lines = new ArrayList<>();
    }

    /** Upper case in memory, lower case on the wire: shows that JAXB's adapter ran. */
    static final class UpperCase extends XmlAdapter<String, String> {
        @Override
        public String unmarshal(String onWire) {
            return onWire.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public String marshal(String inMemory) {
            return inMemory.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
