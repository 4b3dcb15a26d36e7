package dev.passerelle.contracttests.golden;

import static dev.passerelle.contracttests.golden.Values.amount;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.Civility;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.FreeFieldValue;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import dev.passerelle.contract.v1.RiskAction;

/**
 * The people and companies of the golden exchanges: a French bakery chain (customer), a Belgian
 * brewery (customer created in the ERP) and a French cheese maker the CRM creates. Each call builds
 * fresh objects, so that fixtures may change them freely.
 */
final class Parties {

    static final String LEMOINE_KEY = "ACC-000412";
    static final String LEMOINE_NAME = "Boulangeries Lemoine SAS";
    static final String LEMOINE_VAT = "FR19812345676";
    static final String LEMOINE_SIRET = "81234567600025";
    static final String VAN_DAMME_KEY = "ACC-000587";
    static final String VAN_DAMME_VAT = "BE0456781215";
    static final String PERRIN_VAT = "FR41903182756";
    static final String REPRESENTATIVE_KEY = "REP-003";

    private Parties() {
    }

    /** The French customer as the ERP stores it (version 8: its VAT number was just corrected). */
    static Account lemoine() {
        Account account = new Account();
        account.setKey(LEMOINE_KEY);
        account.setVersion(8L);
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode("CLEMOINE");
        account.setName(LEMOINE_NAME);
        account.setShortName("LEMOINE");
        account.setContactPerson("Claire Lemoine");
        account.setWebsite("https://www.boulangeries-lemoine.fr");
        account.setDormant(false);
        account.setNafCode("1071C");
        account.setSiret(LEMOINE_SIRET);
        account.setVatNumber(LEMOINE_VAT);
        account.setCurrency("EUR");
        account.setAccountingCategory("FRANCE");
        account.setPriceCategory("GROSSISTE");
        account.setLanguage("FR");
        account.setBillingAddress(address("14 rue des Tanneurs", "Bâtiment B", "69002", "Lyon", "Auvergne-Rhône-Alpes", "FR"));
        account.getPhone().add(phone(PhoneType.MAIN, "+33 4 72 10 45 80"));
        account.getPhone().add(phone(PhoneType.FAX, "+33 4 72 10 45 81"));
        account.getEmail().add(email(EmailType.MAIN, "contact@boulangeries-lemoine.fr"));
        account.getEmail().add(email(EmailType.INVOICING, "comptabilite@boulangeries-lemoine.fr"));
        account.setRepresentativeKey(REPRESENTATIVE_KEY);
        account.setCreditLimit(amount("15000.00"));
        account.setCollectiveAccount("4110000");
        account.setPaymentTerms("30FDM");
        account.setRiskCode("R1");
        account.setRiskAction(RiskAction.DELIVER);
        account.getFreeField().add(freeField("NB_MAGASINS", "12"));
        account.getFreeField().add(freeField("DATE_AUDIT", "2026-03-17"));
        return account;
    }

    /** The Belgian customer, created in the ERP (version 1). */
    static Account vanDamme() {
        Account account = new Account();
        account.setKey(VAN_DAMME_KEY);
        account.setVersion(1L);
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode("CVANDAMME");
        account.setName("Brouwerij Van Damme NV");
        account.setContactPerson("Pieter Van Damme");
        account.setDormant(false);
        account.setNafCode("11.050");
        account.setVatNumber(VAN_DAMME_VAT);
        account.setCurrency("EUR");
        account.setAccountingCategory("UE");
        account.setPriceCategory("GROSSISTE");
        account.setLanguage("NL");
        account.setBillingAddress(address("Kerkstraat 27", null, "9000", "Gent", "Oost-Vlaanderen", "BE"));
        account.getPhone().add(phone(PhoneType.MAIN, "+32 9 223 41 70"));
        account.getEmail().add(email(EmailType.INVOICING, "facturen@brouwerij-vandamme.be"));
        account.setCollectiveAccount("4110000");
        account.setPaymentTerms("60J");
        return account;
    }

    /** A customer the CRM creates; the ERP allocates its account code. */
    static Account perrinAsSentByTheCrm() {
        Account account = new Account();
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode("<AUTOERP>");
        account.setName("Fromagerie Perrin SARL");
        account.setContactPerson("Luc Perrin");
        account.setDormant(false);
        account.setSiret("90318275600010");
        account.setVatNumber(PERRIN_VAT);
        account.setBillingAddress(address("3 place du Marché", null, "39600", "Arbois", "Bourgogne-Franche-Comté", "FR"));
        account.getPhone().add(phone(PhoneType.MOBILE, "+33 6 12 48 90 33"));
        account.setRepresentativeKey(REPRESENTATIVE_KEY);
        return account;
    }

    /** The contact of the French customer, as the ERP has it now. */
    static Contact claireLemoine(long version, String mobile) {
        Contact contact = new Contact();
        contact.setKey("CON-001207");
        contact.setVersion(version);
        contact.setAccountKey(LEMOINE_KEY);
        contact.setCivility(Civility.MRS);
        contact.setFirstName("Claire");
        contact.setLastName("Lemoine");
        contact.setFunction("Directrice des achats");
        contact.setService("ACHATS");
        contact.getPhone().add(phone(PhoneType.MOBILE, mobile));
        contact.getEmail().add(email(EmailType.MAIN, "claire.lemoine@boulangeries-lemoine.fr"));
        return contact;
    }

    static Address address(String street, String complement, String postalCode, String city, String region, String country) {
        Address address = new Address();
        address.setStreet(street);
        address.setComplement(complement);
        address.setPostalCode(postalCode);
        address.setCity(city);
        address.setRegion(region);
        address.setCountry(country);
        return address;
    }

    private static Phone phone(PhoneType type, String number) {
        Phone phone = new Phone();
        phone.setType(type);
        phone.setNumber(number);
        return phone;
    }

    private static Email email(EmailType type, String address) {
        Email email = new Email();
        email.setType(type);
        email.setAddress(address);
        return email;
    }

    private static FreeFieldValue freeField(String name, String value) {
        FreeFieldValue field = new FreeFieldValue();
        field.setName(name);
        field.setValue(value);
        return field;
    }
}
