package io.postmortem.jira.setup;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Postmortem workflow, shipped as an OSWorkflow XML descriptor ({@value #RESOURCE}) and filled
 * in for one Jira: the ids of the statuses and resolutions the setup found or created, and
 * transition names in the admin's language. The descriptor, not code, says where the checklist
 * validator sits.
 */
final class WorkflowBlueprint {

  static final String RESOURCE = "workflows/postmortem-workflow.xml";

  private static final String[] TRANSITIONS = {"SUBMIT", "PUBLISH", "BACK", "CANCEL", "REOPEN"};

  private WorkflowBlueprint() {}

  /** The descriptor XML with every placeholder replaced (values XML-escaped). */
  static String xml(
      Map<WorkflowStatus, String> statusIds,
      Map<WorkflowResolution, String> resolutionIds,
      I18nHelper i18n) {
    String xml = template();
    for (WorkflowStatus status : WorkflowStatus.values()) {
      xml = xml.replace(status.placeholder(), escape(required(statusIds, status)));
    }
    for (WorkflowResolution resolution : WorkflowResolution.values()) {
      xml = xml.replace(resolution.placeholder(), escape(required(resolutionIds, resolution)));
    }
    for (String transition : TRANSITIONS) {
      xml =
          xml.replace(
              "@T_" + transition + "@",
              escape(i18n.getText("postmortem.setup.project.transition." + transition)));
    }
    return xml.replace(
        "@DESCRIPTION@", escape(i18n.getText("postmortem.setup.project.workflow.description")));
  }

  static WorkflowDescriptor descriptor(
      Map<WorkflowStatus, String> statusIds,
      Map<WorkflowResolution, String> resolutionIds,
      I18nHelper i18n)
      throws FactoryException {
    return WorkflowUtil.convertXMLtoWorkflowDescriptor(xml(statusIds, resolutionIds, i18n));
  }

  private static <K> String required(Map<K, String> ids, K key) {
    String id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException("No id for " + key);
    }
    return id;
  }

  private static String template() {
    try (InputStream in = WorkflowBlueprint.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
