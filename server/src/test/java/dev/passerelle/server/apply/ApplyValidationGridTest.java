package dev.passerelle.server.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.demo.DemoErp;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per validation rule of ApplyChanges: the record sent, the field and code of the rejection. */
class ApplyValidationGridTest {

    private static ErpServer server;
    private static PasserellePortType client;
    private static String existingAccountKey;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start();
        DemoErp.generate(server.database(), 20, 1);
        client = TestServers.syncClient(server);
        existingAccountKey = server.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT id FROM account WHERE code = 'C0000001'").mapTo(String.class).one());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Account with(Function<Account, Account> change) {
        return change.apply(Records.account(Records.uniqueCode()));
    }

    private static Phone phone(PhoneType type, String number) {
        Phone phone = new Phone();
        phone.setType(type);
        phone.setNumber(number);
        return phone;
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("account code longer than 17", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setAccountCode("ABCDEFGHIJKLMNOPQR"); return a; })),
                        "account.accountCode", FieldErrorCode.TOO_LONG),
                Arguments.of("account code in lower case", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setAccountCode("abc123"); return a; })),
                        "account.accountCode", FieldErrorCode.INVALID_FORMAT),
                Arguments.of("account code still [PENDING]", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setAccountCode("[PENDING]"); return a; })),
                        "account.accountCode", FieldErrorCode.INVALID_FORMAT),
                Arguments.of("account code already used", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setAccountCode("C0000001"); return a; })),
                        "account.accountCode", FieldErrorCode.NOT_UNIQUE),
                Arguments.of("account name blank", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setName("  "); return a; })),
                        "account.name", FieldErrorCode.REQUIRED),
                Arguments.of("currency not in the company's list", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setCurrency("JPY"); return a; })),
                        "account.currency", FieldErrorCode.NOT_IN_LIST),
                Arguments.of("price category not in the list", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setPriceCategory("VIP"); return a; })),
                        "account.priceCategory", FieldErrorCode.NOT_IN_LIST),
                Arguments.of("language not in the list", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setLanguage("XX"); return a; })),
                        "account.language", FieldErrorCode.NOT_IN_LIST),
                Arguments.of("unknown representative", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setRepresentativeKey("999999"); return a; })),
                        "account.representativeKey", FieldErrorCode.UNKNOWN_REFERENCE),
                Arguments.of("negative credit limit", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> { a.setCreditLimit(new BigDecimal("-1")); return a; })),
                        "account.creditLimit", FieldErrorCode.OUT_OF_RANGE),
                Arguments.of("two main phone numbers", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> {
                            a.getPhone().add(phone(PhoneType.MAIN, "+33 1"));
                            a.getPhone().add(phone(PhoneType.MAIN, "+33 2"));
                            return a;
                        })),
                        "account.phone", FieldErrorCode.INVALID_FORMAT),
                Arguments.of("malformed e-mail", (Function<String, ApplyRecord>) key ->
                        Records.insert(with(a -> {
                            Email email = new Email();
                            email.setType(EmailType.MAIN);
                            email.setAddress("not-an-address");
                            a.getEmail().add(email);
                            return a;
                        })),
                        "account.email", FieldErrorCode.INVALID_FORMAT),
                Arguments.of("contact of an unknown account", (Function<String, ApplyRecord>) key ->
                        Records.insert(Records.contact("888888")), "contact.accountKey", FieldErrorCode.UNKNOWN_REFERENCE),
                Arguments.of("contact without last name", (Function<String, ApplyRecord>) key -> {
                    var contact = Records.contact(key);
                    contact.setLastName("");
                    return Records.insert(contact);
                }, "contact.lastName", FieldErrorCode.REQUIRED),
                Arguments.of("contact service not in the list", (Function<String, ApplyRecord>) key -> {
                    var contact = Records.contact(key);
                    contact.setService("SPACE");
                    return Records.insert(contact);
                }, "contact.service", FieldErrorCode.NOT_IN_LIST),
                Arguments.of("delivery address label already used", (Function<String, ApplyRecord>) key ->
                        Records.insert(Records.address(key, "Siège")), "deliveryAddress.label", FieldErrorCode.NOT_UNIQUE),
                Arguments.of("an ERP to CRM entity", (Function<String, ApplyRecord>) key -> {
                    ApplyRecord record = Records.record(ChangeOperation.INSERT, null, null, null);
                    record.setEntity(EntityType.REPRESENTATIVE);
                    return record;
                }, "entity", FieldErrorCode.NOT_ALLOWED),
                Arguments.of("an update without key", (Function<String, ApplyRecord>) key ->
                        Records.update(null, 1L, Records.contact(key)), "key", FieldErrorCode.REQUIRED),
                Arguments.of("an update without base version", (Function<String, ApplyRecord>) key ->
                        Records.update(key, null, Records.account("C0000001")), "baseVersion", FieldErrorCode.REQUIRED),
                Arguments.of("an insert carrying a key", (Function<String, ApplyRecord>) key -> {
                    ApplyRecord record = Records.insert(Records.contact(key));
                    record.setKey("123");
                    return record;
                }, "contact.key", FieldErrorCode.NOT_ALLOWED),
                Arguments.of("an insert without its record", (Function<String, ApplyRecord>) key -> {
                    ApplyRecord record = Records.record(ChangeOperation.INSERT, null, null, null);
                    record.setEntity(EntityType.CONTACT);
                    return record;
                }, "contact", FieldErrorCode.REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void aRecordBreakingARuleIsRejectedWithItsFieldError(String rule, Function<String, ApplyRecord> record, String field,
            FieldErrorCode code) throws Exception {
        ApplyRecord sent = record.apply(existingAccountKey);

        ApplyResult result = client.applyChanges(Records.batch(sent)).getResult().get(0);

        assertThat(result.getStatus()).isEqualTo(ApplyStatus.REJECTED);
        assertThat(result.getClientRef()).isEqualTo(sent.getClientRef());
        assertThat(result.getFieldError()).anySatisfy(error -> {
            assertThat(error.getField()).isEqualTo(field);
            assertThat(error.getCode()).isEqualTo(code);
            assertThat(error.getMessage()).isNotBlank();
        });
    }
}
