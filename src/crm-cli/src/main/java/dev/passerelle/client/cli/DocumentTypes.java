package dev.passerelle.client.cli;

import dev.passerelle.contract.v1.DocumentType;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a document type on the command line ignoring case and dashes: {@code delivery-note}, {@code INVOICE}. */
final class DocumentTypes implements ITypeConverter<DocumentType> {

    @Override
    public DocumentType convert(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException("'" + value + "' is not a document type; one of "
                    + java.util.Arrays.toString(DocumentType.values()));
        }
    }
}
