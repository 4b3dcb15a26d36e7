package dev.passerelle.contracttests.golden;

import static dev.passerelle.contracttests.golden.Parties.LEMOINE_KEY;
import static dev.passerelle.contracttests.golden.Parties.LEMOINE_NAME;
import static dev.passerelle.contracttests.golden.Values.amount;
import static dev.passerelle.contracttests.golden.Values.date;
import static dev.passerelle.contracttests.golden.Values.page;
import static dev.passerelle.contracttests.golden.Values.pageInfo;
import static dev.passerelle.contracttests.golden.Values.period;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocumentLinesResponse;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetDocumentsResponse;

/**
 * The Java side of the golden document queries: an open order of the French customer (flour at 5.5%
 * VAT, with a comment line) and the flour lines of its invoices.
 */
final class DocumentFixtures {

    static final String ORDER_KEY = "DOC-ORD-00871";
    static final String ORDER_NUMBER = "BC2026-00871";
    static final String FLOUR = "FAR-T65-25";

    private DocumentFixtures() {
    }

    static GetDocuments documentsRequest() {
        GetDocuments request = new GetDocuments();
        request.setAccount(LedgerFixtures.account());
        request.getDocumentType().add(DocumentType.ORDER);
        request.getDocumentType().add(DocumentType.DELIVERY_NOTE);
        request.setPeriod(period("2026-11-01", "2026-11-30"));
        request.setSearch("CMD-LYON");
        request.setPage(page(1, 50));
        return request;
    }

    static GetDocumentsResponse documentsResponse() {
        GetDocumentsResponse response = new GetDocumentsResponse();
        response.getDocument().add(orderHeader());
        response.setPageInfo(pageInfo(1, 50, 1));
        return response;
    }

    static GetDocument documentRequest() {
        GetDocument request = new GetDocument();
        request.setDocumentKey(ORDER_KEY);
        return request;
    }

    static GetDocumentResponse documentResponse() {
        GetDocumentResponse response = new GetDocumentResponse();
        response.setAccountKey(LEMOINE_KEY);
        response.setHeader(orderHeader());
        response.getLine().add(line(ORDER_KEY, DocumentType.ORDER, ORDER_NUMBER, "2026-11-18", 1, FLOUR,
                "Farine de blé T65, sac de 25 kg", "40", "18.50", "5", "703.00", "741.67"));
        response.getLine().add(line(ORDER_KEY, DocumentType.ORDER, ORDER_NUMBER, "2026-11-18", 2, "LEV-SEC-500",
                "Levure sèche, paquet de 500 g", "24", "6.90", null, "165.60", "174.71"));
        response.getLine().add(line(ORDER_KEY, DocumentType.ORDER, ORDER_NUMBER, "2026-11-18", 3, null,
                "Livraison par la cour arrière avant 7 h", "0", "0.00", null, "0.00", "0.00"));
        return response;
    }

    static GetDocumentLines linesRequest() {
        GetDocumentLines request = new GetDocumentLines();
        request.setAccount(LedgerFixtures.account());
        request.getDocumentType().add(DocumentType.INVOICE);
        request.setPeriod(period("2026-01-01", "2026-11-23"));
        request.setItemReference(FLOUR);
        request.setPage(page(1, 50));
        return request;
    }

    static GetDocumentLinesResponse linesResponse() {
        GetDocumentLinesResponse response = new GetDocumentLinesResponse();
        response.getLine().add(line("DOC-INV-01243", DocumentType.INVOICE, "FA2026-01243", "2026-11-15", 1, FLOUR,
                "Farine de blé T65, sac de 25 kg", "120", "17.77", null, "2132.40", "2249.68"));
        response.getLine().add(line("DOC-INV-01187", DocumentType.INVOICE, "FA2026-01187", "2026-10-31", 2, FLOUR,
                "Farine de blé T65, sac de 25 kg", "60", "18.50", "5", "1054.50", "1112.50"));
        response.setPageInfo(pageInfo(1, 50, 2));
        return response;
    }

    private static DocumentHeader orderHeader() {
        DocumentHeader header = new DocumentHeader();
        header.setDocumentKey(ORDER_KEY);
        header.setType(DocumentType.ORDER);
        header.setNumber(ORDER_NUMBER);
        header.setDate(date("2026-11-18"));
        header.setReference("CMD-LYON-1142");
        header.setCustomerName(LEMOINE_NAME);
        header.setDeliveryDate(date("2026-11-25"));
        header.setCurrency("EUR");
        header.setNetAmount(amount("868.60"));
        header.setGrossAmount(amount("916.38"));
        return header;
    }

    private static DocumentLine line(String key, DocumentType type, String number, String date, int position,
            String item, String description, String quantity, String unitPrice, String discount, String net, String gross) {
        DocumentLine line = new DocumentLine();
        line.setDocumentKey(key);
        line.setDocumentType(type);
        line.setDocumentNumber(number);
        line.setDocumentDate(date(date));
        line.setLineNumber(position);
        line.setItemReference(item);
        line.setDescription(description);
        line.setQuantity(amount(quantity));
        line.setUnitPrice(amount(unitPrice));
        line.setDiscountPercent(discount == null ? null : amount(discount));
        line.setNetAmount(amount(net));
        line.setGrossAmount(amount(gross));
        return line;
    }
}
