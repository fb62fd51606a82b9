package io.postmortem.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.Test;

/**
 * The core is the part that can be tested and reasoned about without Jira: it must not see Jira,
 * OSWorkflow or Active Objects. The enforcer rule in this module's pom keeps such jars off the
 * classpath; this test catches code that reaches them anyway (e.g. through a transitive
 * dependency).
 */
public class DependencyRuleTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.postmortem.core");

  static final ArchRule CORE_IS_FREE_OF_JIRA =
      noClasses()
          .that()
          .resideInAPackage("io.postmortem.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.atlassian..", "com.opensymphony..", "net.java.ao..")
          .allowEmptyShould(true);

  @Test
  public void coreDependsOnNothingFromJiraOsWorkflowOrActiveObjects() {
    CORE_IS_FREE_OF_JIRA.check(CORE);
  }
}
