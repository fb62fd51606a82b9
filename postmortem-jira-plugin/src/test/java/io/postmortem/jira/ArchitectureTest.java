package io.postmortem.jira;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/** Rules of the plugin's structure that a compiler does not check. */
public class ArchitectureTest {

  static final String STORAGE = "io.postmortem.jira.storage..";

  /**
   * REST v2 access annotations; a resource method without one would silently be "licensed users
   * only".
   */
  static final List<String> ACCESS_ANNOTATIONS =
      List.of(
          "com.atlassian.plugins.rest.api.security.annotation.LicensedOnly",
          "com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess",
          "com.atlassian.plugins.rest.api.security.annotation.AdminOnly",
          "com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly",
          "com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess",
          "com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess");

  /**
   * One package per Jira extension point. Each is a thin adapter: it may use the application layer,
   * storage, the core and Jira, never another adapter, so a change to one extension point cannot
   * break another.
   */
  static final List<String> ADAPTERS =
      List.of(
          "automation",
          "dashboard",
          "jql",
          "reminder",
          "rest",
          "settings",
          "setup",
          "web",
          "workflow");

  private static final JavaClasses PLUGIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.postmortem.jira");

  /** AO entities are lazy, transaction-bound proxies: stores hand out core values instead. */
  static final ArchRule ENTITIES_STAY_IN_STORAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage(STORAGE)
          .should()
          .dependOnClassesThat(resideInAPackage(STORAGE).and(assignableTo("net.java.ao.RawEntity")))
          .because("Active Objects entities never leave io.postmortem.jira.storage")
          .allowEmptyShould(true);

  static final ArchRule REST_METHODS_DECLARE_ACCESS =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith("jakarta.ws.rs.Path")
          .and()
          .areMetaAnnotatedWith("jakarta.ws.rs.HttpMethod")
          .should(declareAnAccessAnnotationOnItselfOrItsClass())
          .allowEmptyShould(true);

  /**
   * Adapters on top of the application layer (what adapters share: issue access, search, the
   * checklist presenter, HTTP errors), on top of storage; nothing points upwards.
   */
  static final ArchRule LAYERS = layers().allowEmptyShould(true);

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("io.postmortem.jira.(**)")
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one, and neither can be understood alone")
          .allowEmptyShould(true);

  private static LayeredArchitecture layers() {
    LayeredArchitecture layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("application")
            .definedBy("io.postmortem.jira.application..")
            .layer("storage")
            .definedBy(STORAGE);
    for (String adapter : ADAPTERS) {
      layers = layers.layer(adapter).definedBy("io.postmortem.jira." + adapter + "..");
      layers = layers.whereLayer(adapter).mayNotBeAccessedByAnyLayer();
    }
    return layers
        .whereLayer("application")
        .mayOnlyBeAccessedByLayers(ADAPTERS.toArray(String[]::new))
        .whereLayer("storage")
        .mayOnlyBeAccessedByLayers(
            Stream.concat(Stream.of("application"), ADAPTERS.stream()).toArray(String[]::new));
  }

  @Test
  public void adaptersUseTheApplicationLayerAndStorageButNeverEachOther() {
    LAYERS.check(PLUGIN);
  }

  @Test
  public void pluginPackagesHaveNoCycles() {
    NO_PACKAGE_CYCLES.check(PLUGIN);
  }

  @Test
  public void activeObjectsEntitiesAreNotUsedOutsideTheStoragePackage() {
    ENTITIES_STAY_IN_STORAGE.check(PLUGIN);
  }

  @Test
  public void everyRestResourceMethodDeclaresWhoMayCallIt() {
    REST_METHODS_DECLARE_ACCESS.check(PLUGIN);
  }

  private static ArchCondition<JavaMethod> declareAnAccessAnnotationOnItselfOrItsClass() {
    return new ArchCondition<>("carry a REST v2 access annotation (on the method or its class)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean annotated =
            ACCESS_ANNOTATIONS.stream()
                .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
        if (!annotated) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " has no REST v2 access annotation"));
        }
      }
    };
  }
}
