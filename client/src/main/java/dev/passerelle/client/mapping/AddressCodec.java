package dev.passerelle.client.mapping;

import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.DeliveryAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts the contract's {@link DeliveryAddress} to and from the text form of its fields. Stateless. */
public final class AddressCodec {

    private static final String[] POSTAL = {"street", "complement", "postalCode", "city", "region", "country"};

    private AddressCodec() {
    }

    public static Map<String, String> read(DeliveryAddress address) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", address.getLabel());
        readPostal(address.getAddress(), "address.", values);
        values.put("contactName", address.getContactName());
        values.put("phone", address.getPhone());
        values.put("main", Boolean.toString(address.isMain()));
        return values;
    }

    public static DeliveryAddress write(Map<String, String> values, String key, Long version, String accountKey) {
        DeliveryAddress address = new DeliveryAddress();
        address.setKey(key);
        address.setVersion(version);
        address.setAccountKey(accountKey);
        address.setLabel(values.get("label"));
        Address postal = writePostal(values, "address.");
        address.setAddress(postal == null ? new Address() : postal);
        address.setContactName(values.get("contactName"));
        address.setPhone(values.get("phone"));
        address.setMain(Boolean.parseBoolean(values.get("main")));
        return address;
    }

    static void readPostal(Address postal, String prefix, Map<String, String> values) {
        values.put(prefix + "street", postal == null ? null : Values.blankToNull(postal.getStreet()));
        values.put(prefix + "complement", postal == null ? null : Values.blankToNull(postal.getComplement()));
        values.put(prefix + "postalCode", postal == null ? null : Values.blankToNull(postal.getPostalCode()));
        values.put(prefix + "city", postal == null ? null : Values.blankToNull(postal.getCity()));
        values.put(prefix + "region", postal == null ? null : Values.blankToNull(postal.getRegion()));
        values.put(prefix + "country", postal == null ? null : Values.blankToNull(postal.getCountry()));
    }

    /** The postal address, or null when every part of it is empty. */
    static Address writePostal(Map<String, String> values, String prefix) {
        boolean any = false;
        for (String part : POSTAL) {
            any |= values.get(prefix + part) != null;
        }
        if (!any) {
            return null;
        }
        Address postal = new Address();
        postal.setStreet(values.get(prefix + "street"));
        postal.setComplement(values.get(prefix + "complement"));
        postal.setPostalCode(values.get(prefix + "postalCode"));
        postal.setCity(values.get(prefix + "city"));
        postal.setRegion(values.get(prefix + "region"));
        postal.setCountry(values.get(prefix + "country"));
        return postal;
    }
}
