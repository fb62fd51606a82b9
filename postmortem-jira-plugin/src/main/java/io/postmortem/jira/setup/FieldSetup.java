package io.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.Horizon;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the app's custom fields by their stored ids, never by name (admins may rename them), and
 * creates missing ones with a context limited to all projects and the one issue type that needs
 * them: unscoped custom fields are a known Data Center performance problem.
 */
@Named
public class FieldSetup {

  private static final Logger LOG = LoggerFactory.getLogger(FieldSetup.class);

  private final CustomFieldManager customFieldManager;
  private final OptionsManager optionsManager;

  @Inject
  public FieldSetup(
      @ComponentImport CustomFieldManager customFieldManager,
      @ComponentImport OptionsManager optionsManager) {
    this.customFieldManager = customFieldManager;
    this.optionsManager = optionsManager;
  }

  /** The field with this id, or null. */
  public CustomField byId(String id) {
    return id == null ? null : customFieldManager.getCustomFieldObject(id);
  }

  Found ensure(
      FieldSpec spec,
      String storedId,
      String name,
      String description,
      IssueType scope,
      boolean create) {
    CustomField stored = byId(storedId);
    if (stored != null) {
      return new Found(SetupStatus.PRESENT, stored.getId(), stored.getName());
    }
    if (!create) {
      return Found.missing();
    }
    if (scope == null) {
      LOG.warn("Not creating field {}: its issue type does not exist", name);
      return Found.failed();
    }
    try {
      CustomFieldType<?, ?> type = customFieldManager.getCustomFieldType(spec.typeKey());
      CustomFieldSearcher searcher = customFieldManager.getCustomFieldSearcher(spec.searcherKey());
      CustomField created =
          customFieldManager.createCustomField(
              name,
              description,
              type,
              searcher,
              List.of(GlobalIssueContext.getInstance()),
              List.of(scope));
      return new Found(SetupStatus.CREATED, created.getId(), created.getName());
    } catch (GenericEntityException | RuntimeException e) {
      LOG.error("Could not create custom field {}", name, e);
      return Found.failed();
    }
  }

  /**
   * Adds the Short term and Long term options to a newly created Horizon field and returns their
   * option ids, which is how the reader tells them apart whatever they are renamed to.
   */
  Map<String, Horizon> addHorizonOptions(String fieldId, String shortTerm, String longTerm) {
    Map<String, Horizon> ids = new LinkedHashMap<>();
    CustomField field = byId(fieldId);
    List<FieldConfigScheme> schemes = field == null ? List.of() : field.getConfigurationSchemes();
    if (schemes == null || schemes.isEmpty()) {
      LOG.warn("Horizon field {} has no configuration scheme; options not added", fieldId);
      return ids;
    }
    try {
      var config = schemes.get(0).getOneAndOnlyConfig();
      Option shortOption = optionsManager.createOption(config, null, 1L, shortTerm);
      Option longOption = optionsManager.createOption(config, null, 2L, longTerm);
      ids.put(String.valueOf(shortOption.getOptionId()), Horizon.SHORT_TERM);
      ids.put(String.valueOf(longOption.getOptionId()), Horizon.LONG_TERM);
    } catch (RuntimeException e) {
      LOG.error("Could not add the options of Horizon field {}", fieldId, e);
    }
    return ids;
  }
}
