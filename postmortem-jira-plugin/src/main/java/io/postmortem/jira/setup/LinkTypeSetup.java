package io.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.recurrence.RecurrenceLinkType;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds or creates the app's issue link types. */
@Named
public class LinkTypeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(LinkTypeSetup.class);

  private final IssueLinkTypeManager linkTypeManager;
  private final RecurrenceLinkType recurrence;

  @Inject
  public LinkTypeSetup(
      @ComponentImport IssueLinkTypeManager linkTypeManager, RecurrenceLinkType recurrence) {
    this.linkTypeManager = linkTypeManager;
    this.recurrence = recurrence;
  }

  /** The link type with this id, or null. */
  public IssueLinkType byId(Long id) {
    return id == null ? null : linkTypeManager.getIssueLinkType(id);
  }

  /**
   * The Recurrence link type ("is a recurrence of" / "recurred as") that links an incident to an
   * earlier one its postmortem's author called related; found or created like the others, its id
   * kept where the recurrence guard reads it.
   */
  Found ensureRecurrence(I18nHelper i18n, boolean create) {
    String key = "postmortem.setup.linktype.recurrence";
    Found found =
        ensure(
            recurrence.id(),
            i18n.getText(key),
            i18n.getText(key + ".outward"),
            i18n.getText(key + ".inward"),
            create);
    if (create && found.exists() && !found.id().equals(String.valueOf(recurrence.id()))) {
      recurrence.save(Long.valueOf(found.id()));
    }
    return found;
  }

  /**
   * Ensures a link type exists: the stored id wins; with none stored, one with this name and these
   * directions is adopted (so a reinstall does not duplicate it); otherwise it is created. Jira's
   * create call returns nothing, so the new type is found again by name and directions.
   */
  Found ensure(Long storedId, String name, String outward, String inward, boolean create) {
    IssueLinkType stored = byId(storedId);
    if (stored != null) {
      return found(SetupStatus.PRESENT, stored);
    }
    IssueLinkType existing = byNameAndDirections(name, outward, inward);
    if (existing != null) {
      return found(SetupStatus.PRESENT, existing);
    }
    if (!create) {
      return Found.missing();
    }
    try {
      linkTypeManager.createIssueLinkType(name, outward, inward, null);
      IssueLinkType created = byNameAndDirections(name, outward, inward);
      return created == null ? Found.failed() : found(SetupStatus.CREATED, created);
    } catch (RuntimeException e) {
      LOG.error("Could not create issue link type {}", name, e);
      return Found.failed();
    }
  }

  private IssueLinkType byNameAndDirections(String name, String outward, String inward) {
    for (IssueLinkType type : linkTypeManager.getIssueLinkTypesByName(name)) {
      if (outward.equalsIgnoreCase(type.getOutward())
          && inward.equalsIgnoreCase(type.getInward())) {
        return type;
      }
    }
    return null;
  }

  private static Found found(SetupStatus status, IssueLinkType type) {
    return new Found(status, String.valueOf(type.getId()), type.getName());
  }
}
