package dev.agenda.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

/**
 * The layering docs/DESIGN.md and each package-info.java state, held over the main classes of every module the
 * command line is built from (all but the benchmarks): core knows no host, no HTTP and none of the modules above it;
 * the sync engine and the page services know no host; the Jira client's layers point one way; the plugin does not
 * reach into the preview; and no two packages depend on each other.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "dev.agenda", importOptions = ImportOption.DoNotIncludeTests.class)
public class LayersTest {

    private static final String[] HOST_AND_HTTP = {
        "com.atlassian..", "jakarta.ws.rs..", "jakarta.inject..", "java.net.http.."
    };

    @ArchTest
    public static final ArchRule coreKnowsNoHostNoHttpAndNothingAboveIt = noClasses()
            .that()
            .resideInAPackage("dev.agenda.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(
                    HOST_AND_HTTP,
                    "dev.agenda.jira..",
                    "dev.agenda.jdbc..",
                    "dev.agenda.sync..",
                    "dev.agenda.services..",
                    "dev.agenda.confluence..",
                    "dev.agenda.preview..",
                    "dev.agenda.app.."));

    @ArchTest
    public static final ArchRule theSyncEngineKnowsOnlyCoresPorts = noClasses()
            .that()
            .resideInAPackage("dev.agenda.sync..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(
                    HOST_AND_HTTP,
                    "dev.agenda.jira..",
                    "dev.agenda.jdbc..",
                    "dev.agenda.services..",
                    "dev.agenda.confluence..",
                    "dev.agenda.preview..",
                    "dev.agenda.app.."));

    @ArchTest
    public static final ArchRule thePageServicesReachTheHostOnlyThroughTheirPorts = noClasses()
            .that()
            .resideInAPackage("dev.agenda.services..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(
                    HOST_AND_HTTP,
                    "dev.agenda.jira..",
                    "dev.agenda.jdbc..",
                    "dev.agenda.confluence..",
                    "dev.agenda.preview..",
                    "dev.agenda.app.."));

    @ArchTest
    public static final ArchRule theJiraClientKnowsNoHostAndNoSync = noClasses()
            .that()
            .resideInAPackage("dev.agenda.jira..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.atlassian..",
                    "dev.agenda.sync..",
                    "dev.agenda.services..",
                    "dev.agenda.confluence..",
                    "dev.agenda.preview..",
                    "dev.agenda.app..");

    @ArchTest
    public static final ArchRule thePluginDoesNotReachIntoThePreviewOrTheFakes = noClasses()
            .that()
            .resideInAPackage("dev.agenda.confluence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.agenda.preview..", "dev.agenda.app..", "dev.agenda.jdbc..", "dev.agenda.jira.fake..");

    @ArchTest
    public static final ArchRule noTwoPackagesDependOnEachOther =
            slices().matching("dev.agenda.(**)").should().beFreeOfCycles();

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
