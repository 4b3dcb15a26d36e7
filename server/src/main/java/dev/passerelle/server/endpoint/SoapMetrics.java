package dev.passerelle.server.endpoint;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Measures every SOAP call the endpoint answers: {@code passerelle.erp.calls}, a timer per operation
 * and outcome ({@code success} or {@code fault}) whose histogram has fixed buckets from 5 ms to 60 s,
 * and {@code passerelle.erp.faults}, a counter per operation and contract fault
 * ({@code AuthenticationFault}, {@code UnavailableFault}...). The time runs from the request's first
 * interceptor to the end of the answer's chain, after its last byte was handed to Jetty, so an answer
 * held back after a failed login counts its delay. A call refused before the SOAP stack read it (a
 * body declared too large, answered 413 by Jetty) is not counted, nor is a {@code GET ?wsdl}. The
 * operation is {@code unknown} when the call failed before it was read (a failed login, a message that
 * is not the contract's). Thread-safe.
 */
public final class SoapMetrics {

    /** The exchange property that {@link FaultTranslator} sets to the name of the contract fault answered. */
    static final String FAULT = SoapMetrics.class.getName() + ".fault";
    private static final String STARTED = SoapMetrics.class.getName() + ".started";
    private static final String RECORDED = SoapMetrics.class.getName() + ".recorded";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;

    public SoapMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The interceptor of the request chain that starts the clock. */
    AbstractPhaseInterceptor<Message> start() {
        return new AbstractPhaseInterceptor<>(Phase.RECEIVE) {
            @Override
            public void handleMessage(Message message) {
                Exchange exchange = message.getExchange();
                if (exchange != null && "POST".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
                    exchange.putIfAbsent(STARTED, System.nanoTime());
                }
            }
        };
    }

    /** The interceptor of the answer chains (normal and fault) that stops it and records the call. */
    AbstractPhaseInterceptor<Message> end() {
        return new AbstractPhaseInterceptor<>(Phase.SETUP_ENDING) {
            @Override
            public void handleMessage(Message message) {
                Exchange exchange = message.getExchange();
                if (exchange == null || !(exchange.get(STARTED) instanceof Long started)
                        || exchange.putIfAbsent(RECORDED, Boolean.TRUE) != null) {
                    return;
                }
                boolean fault = message == exchange.getOutFaultMessage() || exchange.get(FAULT) != null;
                record(operation(exchange), fault ? String.valueOf(exchange.getOrDefault(FAULT, "Fault")) : null,
                        Duration.ofNanos(System.nanoTime() - started));
            }
        };
    }

    /** Records one call; {@code fault} is the contract fault's name, null for a success. */
    void record(String operation, String fault, Duration took) {
        Timer.builder("passerelle.erp.calls")
                .description("SOAP calls answered by the ERP endpoint, by operation and outcome")
                .tag("operation", operation)
                .tag("outcome", fault == null ? "success" : "fault")
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(took);
        if (fault != null) {
            Counter.builder("passerelle.erp.faults")
                    .description("SOAP faults answered by the ERP endpoint, by operation and contract fault")
                    .tag("operation", operation)
                    .tag("fault", fault)
                    .register(registry)
                    .increment();
        }
    }

    private static String operation(Exchange exchange) {
        BindingOperationInfo operation = exchange.getBindingOperationInfo();
        return operation == null ? "unknown" : operation.getName().getLocalPart();
    }
}
