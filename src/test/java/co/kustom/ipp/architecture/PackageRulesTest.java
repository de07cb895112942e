package co.kustom.ipp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, checked on the compiled classes: features meet only through each other's {@code api}
 * packages, the platform depends on no feature, feature packages form no cycle, a feature's {@code web} package is
 * used by nothing else, and the aggregates do not speak HTTP.
 */
class PackageRulesTest {

    private static final String ROOT = "co.kustom.ipp";
    private static final List<String> FEATURES = List.of("audit", "callback", "console", "device", "enrollment",
            "location", "merchant", "playground", "session");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresMeetOnlyThroughTheirApi() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(dependOnOtherFeaturesOnlyThroughTheirApi())
                .check(CLASSES);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> ROOT + "." + feature + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aFeaturesWebPackageIsUsedByNothingElse() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + ".web..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + "." + feature + ".web..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void aggregatesDoNotSpeakHttp() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".platform.web..", "org.springframework.http..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> dependOnOtherFeaturesOnlyThroughTheirApi() {
        return new ArchCondition<>("depend on other features only through their api packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String other = featureOf(target.getPackageName());
                    boolean intoApi = target.getPackageName().startsWith(ROOT + "." + other + ".api");
                    if (other != null && !other.equals(own) && !intoApi) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /** The feature a package belongs to; null for the platform and the application's root. */
    private static String featureOf(String packageName) {
        return FEATURES.stream().filter(feature -> packageName.equals(ROOT + "." + feature)
                || packageName.startsWith(ROOT + "." + feature + ".")).findFirst().orElse(null);
    }
}
