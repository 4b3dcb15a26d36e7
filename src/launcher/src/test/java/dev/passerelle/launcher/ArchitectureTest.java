package dev.passerelle.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultBearing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/ARCHITECTURE.md, checked on the product's classes (every module the
 * launcher ships, tests excluded): packages form no cycle, and SQL stays in the store packages,
 * where rows become records.
 */
class ArchitectureTest {

    /** Where SQL may be written: each side's store and the shared database plumbing. */
    private static final String[] STORE_PACKAGES = {
            "dev.passerelle.client.store..", "dev.passerelle.server.store..", "dev.passerelle.common.db.."};

    private static final Set<String> STATEMENT_METHODS = Set.of(
            "createQuery", "createUpdate", "createCall", "createScript", "createBatch", "prepareBatch",
            "execute", "select");

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.passerelle");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.passerelle.(**)").should().beFreeOfCycles().check(product);
    }

    @Test
    void onlyTheStoresWriteSql() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(STORE_PACKAGES)
                .should().callMethodWhere(statementOnAHandle())
                .because("the store packages are the one place that knows the schema");
        rule.check(product);
    }

    @Test
    void onlyTheStoresReadRowsAsMaps() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(STORE_PACKAGES)
                .should().callMethodWhere(rowsAsMaps())
                .because("outside the store, rows travel as records with types, not as maps of strings");
        rule.check(product);
    }

    private static DescribedPredicate<JavaMethodCall> statementOnAHandle() {
        return DescribedPredicate.describe("a statement made on a JDBI Handle", call ->
                call.getTargetOwner().isAssignableTo(Handle.class) && STATEMENT_METHODS.contains(call.getName()));
    }

    private static DescribedPredicate<JavaMethodCall> rowsAsMaps() {
        return DescribedPredicate.describe("rows mapped to maps", call ->
                call.getTargetOwner().isAssignableTo(ResultBearing.class) && call.getName().equals("mapToMap"));
    }
}
