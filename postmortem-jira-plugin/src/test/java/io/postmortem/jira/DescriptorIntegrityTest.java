package io.postmortem.jira;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.CoreMatchers.is;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Every class atlassian-plugin.xml names exists and is what its module type requires. */
public class DescriptorIntegrityTest {

  private static final ClassLoader LOADER = DescriptorIntegrityTest.class.getClassLoader();
  private static final String FACTORY = ValidatorFactoryFixture.class.getName();
  private static final String VALIDATOR = ValidatorFixture.class.getName();

  @Test
  public void shippedDescriptorNamesOnlyExistingClassesOfTheRequiredTypes() {
    List<String> problems = DescriptorClassRules.check(PluginDescriptor.shipped(), LOADER);

    assertEquals(List.of(), problems);
  }

  @Test
  public void acceptsValidatorModuleWithFactoryAndValidatorOfTheRequiredTypes() {
    PluginDescriptor descriptor = descriptorWith(validatorModule(FACTORY, VALIDATOR));

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertEquals(List.of(), problems);
  }

  @Test
  public void reportsValidatorClassThatIsNotAnOsWorkflowValidator() {
    PluginDescriptor descriptor = descriptorWith(validatorModule(FACTORY, FACTORY));

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertThat(
        problems,
        hasItem(
            "workflow-validator 'v': "
                + FACTORY
                + " must be a com.opensymphony.workflow.Validator"));
  }

  @Test
  public void reportsFactoryThatDoesNotExist() {
    PluginDescriptor descriptor =
        descriptorWith(validatorModule("io.postmortem.jira.NoSuchFactory", VALIDATOR));

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertThat(
        problems,
        hasItem(
            "workflow-validator 'v' names io.postmortem.jira.NoSuchFactory, which does not exist"));
  }

  @Test
  public void pointsAtTheStandInsWhenABuiltInJiraClassIsMissing() {
    PluginDescriptor descriptor =
        descriptorWith(
            "<web-item key=\"w\"><condition"
                + " class=\"com.atlassian.jira.plugin.webfragment.conditions.NoSuchCondition\"/>"
                + "</web-item>");

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertThat(
        problems,
        hasItem(
            "<condition> names com.atlassian.jira.plugin.webfragment.conditions.NoSuchCondition,"
                + " which does not exist (a Jira class: add a stand-in and its row in"
                + " atlassian-stand-ins/SOURCES.md)"));
  }

  @Test
  public void reportsModuleTypeThatHasNoRuleYet() {
    PluginDescriptor descriptor = descriptorWith("<keyboard-shortcut key=\"k\"/>");

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertThat(
        problems,
        is(
            List.of(
                "unknown module type <keyboard-shortcut>: add what its classes must implement to"
                    + " DescriptorClassRules.RULES")));
  }

  @Test
  public void reportsConditionNestedInsideConditionsThatIsNotAWebCondition() {
    PluginDescriptor descriptor =
        descriptorWith(
            "<web-item key=\"w\"><conditions type=\"AND\"><condition class=\""
                + VALIDATOR
                + "\"/></conditions></web-item>");

    List<String> problems = DescriptorClassRules.check(descriptor, LOADER);

    assertThat(
        problems,
        hasItem("web-item 'w': " + VALIDATOR + " must be a com.atlassian.plugin.web.Condition"));
  }

  private static String validatorModule(String factory, String validator) {
    return "<workflow-validator key=\"v\" class=\""
        + factory
        + "\"><validator-class>"
        + validator
        + "</validator-class></workflow-validator>";
  }

  private static PluginDescriptor descriptorWith(String module) {
    return PluginDescriptor.of(
        "<atlassian-plugin key=\"k\" plugins-version=\"2\">" + module + "</atlassian-plugin>");
  }

  public static final class ValidatorFactoryFixture implements WorkflowPluginValidatorFactory {
    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
      return Map.of();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
      return Map.of();
    }
  }

  public static final class ValidatorFixture implements Validator {
    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) {}
  }
}
