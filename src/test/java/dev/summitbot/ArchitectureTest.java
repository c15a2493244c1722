package dev.summitbot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, checked on the compiled main classes: Discord and Lucene stay
 * at their edges, and the knowledge model depends on nothing else of ours. ArchUnit sees every
 * use in the byte code (fields, signatures, calls), which is stricter than imports.
 */
@DisplayName("Architecture: the package rules hold")
final class ArchitectureTest {

    private static JavaClasses main;

    /**
     * Imports exactly the main classes: the folder (or jar) that {@link App} was loaded from. The
     * build folder may be moved with {@code -Dbuild.dir}, so test classes are not recognised by path.
     */
    @BeforeAll
    static void importMainClasses() throws Exception {
        URL mainClasses = App.class.getProtectionDomain().getCodeSource().getLocation();
        main = new ClassFileImporter().importLocations(Set.of(Location.of(mainClasses)));
    }

    @Test
    @DisplayName("the rules see the whole code base")
    void importsMainClasses() {
        // GIVEN / WHEN the imported classes
        // THEN every package the rules talk about is there, and no test class is
        assertThat(main.containPackage("dev.summitbot.knowledge")).isTrue();
        assertThat(main.containPackage("dev.summitbot.index")).isTrue();
        assertThat(main.containPackage("dev.summitbot.search")).isTrue();
        assertThat(main.containPackage("dev.summitbot.cli")).isTrue();
        assertThat(main.containPackage("dev.summitbot.question")).isTrue();
        assertThat(main.containPackage("dev.summitbot.generate")).isTrue();
        assertThat(main.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    @DisplayName("only dev.summitbot.discord.. uses JDA (net.dv8tion..)")
    void onlyDiscordUsesJda() {
        // GIVEN the rule
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.summitbot.discord..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .because("Discord is a front end at the edge; the answer engine works without it");

        // WHEN / THEN the main classes obey it; a failure lists each offending use with its source line
        rule.check(main);
    }

    @Test
    @DisplayName("only dev.summitbot.index.. and dev.summitbot.search.. use Lucene (org.apache.lucene..)")
    void onlyIndexAndSearchUseLucene() {
        // GIVEN the rule
        ArchRule rule = noClasses().that().resideOutsideOfPackages("dev.summitbot.index..", "dev.summitbot.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the index model is kept apart from the knowledge model and the front ends");

        // WHEN / THEN the main classes obey it; a failure lists each offending use with its source line
        rule.check(main);
    }

    @Test
    @DisplayName("dev.summitbot.knowledge.. depends on no other dev.summitbot package but the text helpers")
    void knowledgeDependsOnNothingOfOurs() {
        // GIVEN the rule
        ArchRule rule = noClasses().that().resideInAPackage("dev.summitbot.knowledge..")
                .should().dependOnClassesThat(resideInAPackage("dev.summitbot..")
                        .and(not(resideInAnyPackage("dev.summitbot.knowledge..", "dev.summitbot.text.."))))
                .because("the knowledge model (records, loader, validation) is the base every other package builds on");

        // WHEN / THEN the main classes obey it; a failure lists each offending use with its source line
        rule.check(main);
    }

    @Test
    @DisplayName("dev.summitbot.text.. and dev.summitbot.question.. depend on no other package of ours")
    void leavesDependOnNothingOfOurs() {
        // GIVEN the rule: text helpers and question analysis are leaves every layer may use
        ArchRule text = noClasses().that().resideInAPackage("dev.summitbot.text..")
                .should().dependOnClassesThat(resideInAPackage("dev.summitbot..").and(not(resideInAPackage("dev.summitbot.text.."))));
        ArchRule question = noClasses().that().resideInAPackage("dev.summitbot.question..")
                .should().dependOnClassesThat(resideInAPackage("dev.summitbot..")
                        .and(not(resideInAnyPackage("dev.summitbot.question..", "dev.summitbot.text.."))))
                .because("question analysis has no Lucene and no JDA: search and answer build on it");

        // WHEN / THEN
        text.check(main);
        question.check(main);
    }

    @Test
    @DisplayName("no two packages of ours depend on each other in a cycle")
    void noCycles() {
        // GIVEN the rule over every package below dev.summitbot
        ArchRule rule = slices().matching("dev.summitbot.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can be read, tested or changed alone");

        // The composition root sits above every package: nothing of ours depends on it.
        ArchRule root = noClasses().that().doNotHaveFullyQualifiedName(App.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(App.class.getName())
                .because("App wires everything; a package that knows App forms a cycle with it");

        // WHEN / THEN
        rule.check(main);
        root.check(main);
    }

    @Test
    @DisplayName("the front ends (cli, discord) do not use search or index: they ask the knowledge service")
    void frontEndsUseTheService() {
        // GIVEN the rule
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.summitbot.cli..", "dev.summitbot.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.summitbot.search..", "dev.summitbot.index..")
                .because("the service's records are the front ends' whole view of the engine");

        // WHEN / THEN the main classes obey it; a failure lists each offending use with its source line
        rule.check(main);
    }
}
