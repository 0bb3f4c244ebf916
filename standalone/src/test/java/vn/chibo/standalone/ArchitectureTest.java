package vn.chibo.standalone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering the layout promises: services share only the contract, aggregates hold only rules. */
class ArchitectureTest {

    private static final JavaClasses CHIBO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.chibo");

    @Test
    void servicesNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("vn.chibo.command..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.chibo.query..", "vn.chibo.report..")
                .check(CHIBO);
        noClasses().that().resideInAPackage("vn.chibo.query..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.chibo.command..", "vn.chibo.report..")
                .check(CHIBO);
        noClasses().that().resideInAPackage("vn.chibo.report..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.chibo.command..", "vn.chibo.query..")
                .check(CHIBO);
    }

    @Test
    void theContractDependsOnNoService() {
        noClasses().that().resideInAPackage("vn.chibo.events..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.chibo.command..", "vn.chibo.query..",
                        "vn.chibo.report..", "vn.chibo.service..", "org.springframework..")
                .check(CHIBO);
    }

    @Test
    void aggregatesKnowNeitherTheWebNorTheDatabase() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                        "jakarta.servlet..", "java.sql..")
                .check(CHIBO);
    }

    @Test
    void eventsAreRecords() {
        classes().that().resideInAPackage("vn.chibo.events..")
                .and().areAnnotatedWith(org.axonframework.serialization.Revision.class)
                .should().beRecords()
                .check(CHIBO);
    }
}
