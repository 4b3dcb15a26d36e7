package dev.passerelle.client.edit;

import java.util.Objects;

/** A company typed into the CRM. {@code type} is CUSTOMER, SUPPLIER or PROSPECT. */
public record NewCompany(String name, String type, String vatNumber, String website, String street, String postalCode,
                         String city, String country) {

    public NewCompany {
        Objects.requireNonNull(name, "name");
        type = type == null ? "CUSTOMER" : type;
    }

    public static NewCompany of(String name, String vatNumber) {
        return new NewCompany(name, "CUSTOMER", vatNumber, null, null, null, null, null);
    }
}
