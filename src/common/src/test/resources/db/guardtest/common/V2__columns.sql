-- Two DDL statements: H2 commits each at once, so a kill between them leaves the first applied.
ALTER TABLE t ADD c1 INT NULL;
ALTER TABLE t ADD c2 INT NULL;
