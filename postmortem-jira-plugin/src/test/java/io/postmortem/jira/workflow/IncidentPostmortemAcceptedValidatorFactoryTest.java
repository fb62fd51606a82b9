package io.postmortem.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.postmortem.core.incident.IncidentPolicy;
import io.postmortem.jira.application.checklist.Choice;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class IncidentPostmortemAcceptedValidatorFactoryTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final StatusManager statusManager = mock(StatusManager.class);
  private IncidentPostmortemAcceptedValidatorFactory factory;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    Status draft = status("10011", "Draft");
    Status published = status("10010", "Published");
    when(statusManager.getStatuses()).thenReturn(List.of(draft, published));
    factory = new IncidentPostmortemAcceptedValidatorFactory(auth, statusManager);
  }

  @Test
  public void roundTripsSeveritiesAndStatusesFromFormToArgsToView() {
    Map<String, Object> form =
        Map.of(
            "severities", new String[] {"SEV_1", "SEV_2", "SEV_3"},
            "acceptedStatuses", new String[] {"10010"});

    Map<String, Object> view = factory.getVelocityParams("view", stored(form));

    assertEquals("Sev 1, Sev 2, Sev 3", view.get("severities"));
    assertEquals("Published", view.get("statuses"));
    assertEquals(false, view.get("untilResolved"));
  }

  @Test
  public void theEditFormShowsWhatWasStored() {
    Map<String, Object> form =
        Map.of("severities", new String[] {"SEV_2"}, "acceptedStatuses", new String[] {"10010"});

    Map<String, Object> edit = factory.getVelocityParams("edit-parameters", stored(form));

    assertEquals(List.of("SEV_2"), selected(edit.get("severityChoices")));
    assertEquals(List.of("10010"), selected(edit.get("statusChoices")));
  }

  @Test
  public void theAddFormProposesSev1AndSev2() {
    Map<String, Object> input = factory.getVelocityParams("input-parameters", null);

    assertEquals(List.of("SEV_1", "SEV_2"), selected(input.get("severityChoices")));
  }

  @Test
  public void nonsenseInTheFormIsLeftOutAndTheDefaultsApply() {
    Map<String, ?> args = factory.getDescriptorParams(Map.of("severities", new String[] {"SEV_9"}));

    assertEquals("SEV_1,SEV_2", args.get(IncidentPolicy.SEVERITIES));
  }

  @Test
  public void rendersTheFormAndTheViewWithRealVelocity() {
    Map<String, Object> form =
        Map.of("severities", new String[] {"SEV_1"}, "acceptedStatuses", new String[] {"10010"});
    VelocityTemplates velocity = new VelocityTemplates();

    String edit =
        velocity.render(
            "templates/workflow/incident-edit.vm",
            factory.getVelocityParams("edit-parameters", stored(form)),
            BundleI18nHelper.forLocale(Locale.ENGLISH));
    String view =
        velocity.render(
            "templates/workflow/incident-view.vm",
            factory.getVelocityParams("view", stored(form)),
            BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertTrue(edit, edit.contains("value=\"SEV_1\" checked=\"checked\"> Sev 1"));
    assertTrue(edit, edit.contains("<option value=\"10010\" selected=\"selected\">Published"));
    assertTrue(
        view,
        view.contains("Closing a Sev 1 incident needs a linked postmortem in status Published."));
  }

  private ValidatorDescriptor stored(Map<String, Object> form) {
    ValidatorDescriptor descriptor = new ValidatorDescriptor();
    @SuppressWarnings("unchecked")
    Map<String, Object> args = descriptor.getArgs();
    args.putAll(factory.getDescriptorParams(form));
    return descriptor;
  }

  private static List<String> selected(Object choices) {
    return ((List<?>) choices)
        .stream().map(Choice.class::cast).filter(Choice::selected).map(Choice::value).toList();
  }

  private static Status status(String id, String name) {
    Status status = mock(Status.class);
    when(status.getId()).thenReturn(id);
    when(status.getName()).thenReturn(name);
    return status;
  }
}
