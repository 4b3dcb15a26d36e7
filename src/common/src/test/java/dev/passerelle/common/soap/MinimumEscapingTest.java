package dev.passerelle.common.soap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamWriter;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxb.io.DataWriterImpl;
import org.glassfish.jaxb.core.marshaller.MinimumEscapeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The escape handler set directly writes exactly the bytes CXF's proxied one wrote. */
class MinimumEscapingTest {

    private static final String TEXT = "Smith & Sons <\"Ltd\"> 'quoted' > é ü ß € 漢字 \uD83D\uDE00 tab\there\r\nnext";

    private final Bus bus = BusFactory.newInstance().createBus();

    @AfterEach
    void shutDown() {
        bus.shutdown(true);
    }

    @Test
    void marshallersGetTheRuntimesHandlerItselfNotCxfsProxy() throws Exception {
        JAXBDataBinding binding = new JAXBDataBinding(Sample.class);
        MinimumEscaping.install(binding);

        Object handler = new DataWriterImpl<XMLStreamWriter>(bus, binding).createMarshaller(sample(), null)
                .getProperty(MinimumEscaping.ESCAPE_HANDLER);

        assertThat(handler).isSameAs(MinimumEscapeHandler.theInstance);
    }

    @Test
    void textAndAttributesWithCharactersToEscapeAreWrittenByteForByteAsBefore() throws Exception {
        JAXBDataBinding asBefore = new JAXBDataBinding(Sample.class);
        JAXBDataBinding direct = new JAXBDataBinding(Sample.class);
        MinimumEscaping.install(direct);

        byte[] expected = write(asBefore);
        byte[] written = write(direct);

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("<name>Smith &amp; Sons &lt;\"Ltd\"&gt; 'quoted' &gt; é ü ß € 漢字");
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void otherMarshallerPropertiesAreKept() throws Exception {
        JAXBDataBinding binding = new JAXBDataBinding(Sample.class);
        binding.setMarshallerProperties(java.util.Map.of("jaxb.formatted.output", Boolean.FALSE));

        MinimumEscaping.install(binding);

        assertThat(binding.getMarshallerProperties()).containsEntry("jaxb.formatted.output", Boolean.FALSE)
                .containsEntry(MinimumEscaping.ESCAPE_HANDLER, MinimumEscapeHandler.theInstance);
    }

    // As CXF writes a message part: JAXB straight onto the message's output stream.
    private byte[] write(JAXBDataBinding binding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataWriterImpl<OutputStream>(bus, binding).write(sample(), bytes);
        return bytes.toByteArray();
    }

    private static Sample sample() {
        Sample sample = new Sample();
        sample.name = TEXT;
        sample.note = TEXT;
        return sample;
    }

    /** A message part with text in an element and in an attribute. */
    @XmlRootElement(name = "sample", namespace = "urn:test")
    static class Sample {
        @XmlElement(namespace = "urn:test")
        String name;
        @XmlAttribute
        String note;
    }
}
