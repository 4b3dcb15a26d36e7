package dev.passerelle.contracttests.support;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.ws.WebFault;
import java.lang.reflect.InvocationTargetException;
import javax.xml.namespace.QName;

/**
 * Turns a generated fault exception into the detail element a JAX-WS stack puts on the wire: the
 * element its {@code @WebFault} names, holding its fault info. Stateless.
 */
public final class FaultDetails {

    private FaultDetails() {
    }

    /** The detail entry of a generated fault exception, ready for {@link Jaxb#marshal}. */
    public static JAXBElement<?> of(Exception fault) {
        WebFault webFault = fault.getClass().getAnnotation(WebFault.class);
        if (webFault == null) {
            throw new IllegalArgumentException(fault.getClass().getName() + " is not a generated fault (no @WebFault)");
        }
        Object info = faultInfo(fault);
        return element(new QName(webFault.targetNamespace(), webFault.name()), info);
    }

    /** The fault info a generated fault exception carries. */
    public static Object faultInfo(Exception fault) {
        try {
            return fault.getClass().getMethod("getFaultInfo").invoke(fault);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException(fault.getClass().getName() + " has no getFaultInfo()", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JAXBElement<?> element(QName name, Object info) {
        return new JAXBElement(name, info.getClass(), info);
    }
}
