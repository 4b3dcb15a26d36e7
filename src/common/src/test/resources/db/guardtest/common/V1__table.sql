-- A table with one row, for H2MigrationGuardTest.
CREATE TABLE t (id INT NOT NULL PRIMARY KEY, name NVARCHAR(20) NOT NULL);
INSERT INTO t (id, name) VALUES (1, N'kept');
