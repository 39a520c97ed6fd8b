package com.gluework.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core compiles and runs without any host: it must not reach for Atlassian, AO, JAX-RS, servlet or Velocity types. */
public class CoreIsPureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.gluework.core");

    @Test
    public void core_shouldNotDependOnHostFrameworks() {
        noClasses().that().resideInAPackage("com.gluework.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta.ws.rs..", "javax.ws.rs..",
                        "jakarta.servlet..", "javax.servlet..", "org.apache.velocity..", "com.fasterxml.jackson..",
                        "org.springframework..")
                .because("the core holds every rule and must be testable without a host (architecture.md)")
                .check(CORE);
    }

    @Test
    public void core_shouldNotDependOnOtherGlueWorkModules() {
        noClasses().that().resideInAPackage("com.gluework.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gluework.web..", "com.gluework.ao..", "com.gluework.jira..",
                        "com.gluework.confluence..", "com.gluework.preview..")
                .because("dependencies point inward only")
                .check(CORE);
    }

    @Test
    public void imported_shouldContainTheCore() {
        // Guards the guard: an empty import would make the rules above pass vacuously.
        org.junit.Assert.assertTrue(CORE.size() > 10);
    }
}
