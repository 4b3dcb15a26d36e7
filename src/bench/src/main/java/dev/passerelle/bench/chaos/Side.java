package dev.passerelle.bench.chaos;

/** The two sides a record lives on. */
enum Side {
    ERP, CRM;

    Side other() {
        return this == ERP ? CRM : ERP;
    }
}
