package io.postmortem.core.postmortem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.Test;

/**
 * A postmortem has twelve facts, several of the same type; a positional constructor call lets two
 * of them swap places unnoticed and makes every new fact an edit of every caller. The record's
 * canonical constructor cannot be private, so this rule keeps every class but {@link
 * Postmortem.Builder} (and the record itself) from calling it, in main and test code.
 */
public class PostmortemConstructionTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter().importPackages("io.postmortem");

  static final ArchRule ONLY_THE_BUILDER_CONSTRUCTS =
      noClasses()
          .that()
          .doNotBelongToAnyOf(Postmortem.class)
          .should()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "the target is a Postmortem constructor",
                  call -> call.getTargetOwner().isEquivalentTo(Postmortem.class)))
          .because("Postmortem.builder names every fact; a new fact touches one place");

  @Test
  public void onlyTheBuilderCallsThePostmortemConstructor() {
    ONLY_THE_BUILDER_CONSTRUCTS.check(CLASSES);
  }
}
