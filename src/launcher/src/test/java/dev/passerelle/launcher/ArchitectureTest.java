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
 * launcher ships, tests excluded): packages form no cycle, SQL stays in the store packages, where
 * rows become records, and the libraries carry no command-line framework nor logging binding.
 */
class ArchitectureTest {

    /** Where SQL may be written: each side's store and the shared database plumbing. */
    private static final String[] STORE_PACKAGES = {
            "dev.passerelle.client.store..", "dev.passerelle.server.store..", "dev.passerelle.common.db.."};

    /** The libraries a program embeds: the shared plumbing, the endpoint and the engine. */
    private static final String[] LIBRARY_PACKAGES = {
            "dev.passerelle.common..", "dev.passerelle.server..", "dev.passerelle.client.."};

    /** Their command lines, each in a module of its own (src/erp-cli, src/crm-cli). */
    private static final String[] COMMAND_LINE_PACKAGES = {"dev.passerelle.server.cli..", "dev.passerelle.client.cli.."};

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

    @Test
    void theLibrariesCarryNoCommandLineFrameworkNorLoggingBinding() {
        ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY_PACKAGES).and().resideOutsideOfPackages(COMMAND_LINE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei.progressbar..", "ch.qos.logback..")
                .because("whoever embeds a library chooses these; they live with the commands and where main lives");
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
