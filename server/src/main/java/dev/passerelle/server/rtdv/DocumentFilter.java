package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;
import java.util.Arrays;
import java.util.List;

/** The filters of GetDocuments and GetDocumentLines; null means "any". */
record DocumentFilter(List<String> types, Period period, String searchPattern, String documentNumber,
        String itemReference) {

    /** Every type when none is asked for; an unknown type (null once unmarshalled) is refused. */
    static List<String> types(List<DocumentType> asked) {
        if (asked == null || asked.isEmpty()) {
            return Arrays.stream(DocumentType.values()).map(DocumentType::name).toList();
        }
        if (asked.contains(null)) {
            throw InvalidRequestException.of("documentType", FieldErrorCode.NOT_IN_LIST, "unknown document type", null);
        }
        return asked.stream().distinct().map(DocumentType::name).toList();
    }

    /** Blank text searches nothing in particular: every document answers. */
    static String searchPattern(String text) {
        return text == null || text.isBlank() ? null : LikePatterns.containing(text.strip());
    }
}
