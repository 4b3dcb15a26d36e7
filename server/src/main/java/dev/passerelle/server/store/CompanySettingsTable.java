package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.CompanySettings;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.ListValue;
import dev.passerelle.contract.v1.RiskAction;
import dev.passerelle.contract.v1.RiskCodeValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The one ERP company and its lists (setting_value rows, in list order). */
final class CompanySettingsTable implements TrackedTable<CompanySettings> {

    @Override
    public EntityType entity() {
        return EntityType.COMPANY_SETTINGS;
    }

    @Override
    public String from() {
        return "company t";
    }

    @Override
    public boolean tracksCreation() {
        return false;
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.company_name, t.default_currency";
    }

    @Override
    public CompanySettings map(ResultSet rows) throws SQLException {
        CompanySettings settings = new CompanySettings();
        settings.setKey(Keys.of(rows.getLong("id")));
        settings.setVersion(rows.getLong("row_version"));
        settings.setCompanyName(rows.getString("company_name"));
        settings.setDefaultCurrency(Columns.trimmed(rows, "default_currency"));
        return settings;
    }

    @Override
    public void complete(Handle handle, List<Row<CompanySettings>> rows) {
        CompanySettings settings = rows.get(0).record();
        handle.createQuery("SELECT list_name, code, label, risk_action FROM setting_value ORDER BY list_name, list_position, code")
                .map((result, context) -> {
                    String list = result.getString("list_name");
                    ListValue value = list.equals("RISK_CODE") ? new RiskCodeValue() : new ListValue();
                    value.setCode(result.getString("code"));
                    value.setLabel(result.getString("label"));
                    switch (list) {
                        case "CURRENCY" -> settings.getCurrency().add(value);
                        case "ACCOUNTING_CATEGORY" -> settings.getAccountingCategory().add(value);
                        case "PRICE_CATEGORY" -> settings.getPriceCategory().add(value);
                        case "LANGUAGE" -> settings.getLanguage().add(value);
                        case "CONTACT_SERVICE" -> settings.getContactService().add(value);
                        case "PAYMENT_TERMS" -> settings.getPaymentTerms().add(value);
                        case "RISK_CODE" -> {
                            RiskCodeValue risk = (RiskCodeValue) value;
                            risk.setAction(RiskAction.valueOf(result.getString("risk_action")));
                            settings.getRiskCode().add(risk);
                        }
                        default -> { }
                    }
                    return value;
                })
                .list();
    }

    @Override
    public void attach(Change change, CompanySettings record) {
        change.setCompanySettings(record);
    }
}
