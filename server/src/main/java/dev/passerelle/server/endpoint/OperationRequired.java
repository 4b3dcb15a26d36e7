package dev.passerelle.server.endpoint;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses, as a request that is not a message of the contract, a request whose body names no
 * operation (an empty {@code soap:Body}): CXF would hand it to the invoker, which fails with an
 * internal error for want of an operation. Stateless, thread-safe.
 */
final class OperationRequired extends AbstractPhaseInterceptor<Message> {

    OperationRequired() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getExchange().getBindingOperationInfo() == null) {
            throw new SoapFault("The SOAP body names no operation of the contract.", Soap11.getInstance().getSender());
        }
    }
}
