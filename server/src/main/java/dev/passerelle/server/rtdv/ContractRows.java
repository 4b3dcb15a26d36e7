package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows.DocumentLineRow;
import dev.passerelle.server.store.RtdvRows.DocumentRow;
import dev.passerelle.server.store.RtdvRows.InvoiceRow;
import dev.passerelle.server.store.RtdvRows.LedgerEntryRow;

/** The store's RTDV rows as the contract shows them. */
final class ContractRows {

    private ContractRows() {
    }

    /** Credit notes arrive with their amounts negated. */
    static Invoice invoice(InvoiceRow row) {
        Invoice invoice = new Invoice();
        invoice.setDocumentKey(Keys.of(row.id()));
        invoice.setNumber(row.docNumber());
        invoice.setDate(row.docDate());
        invoice.setDueDate(row.dueDate());
        invoice.setPosted(row.posted());
        invoice.setCurrency(row.currency());
        invoice.setNetAmount(row.netAmount());
        invoice.setGrossAmount(row.grossAmount());
        invoice.setPaidAmount(row.paidAmount());
        invoice.setRemainingAmount(row.remainingAmount());
        return invoice;
    }

    static LedgerEntry ledgerEntry(LedgerEntryRow row) {
        LedgerEntry entry = new LedgerEntry();
        entry.setEntryKey(Keys.of(row.id()));
        entry.setJournal(row.journal());
        entry.setDate(row.entryDate());
        entry.setPiece(row.piece());
        entry.setDocumentNumber(Blank.asAbsent(row.documentNumber()));
        entry.setLabel(row.label());
        entry.setDebit(row.debit());
        entry.setCredit(row.credit());
        entry.setDueDate(row.dueDate());
        entry.setLettering(Blank.asAbsent(row.lettering()));
        return entry;
    }

    static DocumentHeader documentHeader(DocumentRow row) {
        DocumentHeader header = new DocumentHeader();
        header.setDocumentKey(Keys.of(row.id()));
        header.setType(DocumentType.valueOf(row.docType()));
        header.setNumber(row.docNumber());
        header.setDate(row.docDate());
        header.setReference(Blank.asAbsent(row.reference()));
        header.setCustomerName(row.customerName());
        header.setDeliveryDate(row.deliveryDate());
        header.setCurrency(row.currency());
        header.setNetAmount(row.netAmount());
        header.setGrossAmount(row.grossAmount());
        return header;
    }

    /** A discount of zero is answered as absent. */
    static DocumentLine documentLine(DocumentLineRow row) {
        DocumentLine line = new DocumentLine();
        line.setDocumentKey(Keys.of(row.documentId()));
        line.setDocumentType(DocumentType.valueOf(row.docType()));
        line.setDocumentNumber(row.docNumber());
        line.setDocumentDate(row.docDate());
        line.setLineNumber(row.lineNumber());
        line.setItemReference(Blank.asAbsent(row.itemReference()));
        line.setDescription(row.description());
        line.setQuantity(row.quantity());
        line.setUnitPrice(row.unitPrice());
        line.setDiscountPercent(row.discountPercent() == null || row.discountPercent().signum() == 0 ? null : row.discountPercent());
        line.setNetAmount(row.netAmount());
        line.setGrossAmount(row.grossAmount());
        return line;
    }
}
