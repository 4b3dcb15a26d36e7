package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FreeFieldDefinition;
import dev.passerelle.contract.v1.FreeFieldType;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Definitions of free fields; the values of a LIST field are stored one per line. */
final class FreeFieldDefinitionTable implements TrackedTable<FreeFieldDefinition> {

    @Override
    public EntityType entity() {
        return EntityType.FREE_FIELD_DEFINITION;
    }

    @Override
    public String from() {
        return "free_field_definition t";
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.name, t.label, t.field_type, t.max_length, t.list_values";
    }

    @Override
    public FreeFieldDefinition map(ResultSet rows) throws SQLException {
        FreeFieldDefinition definition = new FreeFieldDefinition();
        definition.setKey(Keys.of(rows.getLong("id")));
        definition.setVersion(rows.getLong("row_version"));
        definition.setName(rows.getString("name"));
        definition.setLabel(rows.getString("label"));
        definition.setType(FreeFieldType.valueOf(rows.getString("field_type")));
        definition.setMaxLength(Columns.intOrNull(rows, "max_length"));
        String values = rows.getString("list_values");
        if (values != null) {
            values.lines().map(String::strip).filter(value -> !value.isEmpty()).forEach(definition.getListValue()::add);
        }
        return definition;
    }

    @Override
    public void attach(Change change, FreeFieldDefinition record) {
        change.setFreeFieldDefinition(record);
    }
}
