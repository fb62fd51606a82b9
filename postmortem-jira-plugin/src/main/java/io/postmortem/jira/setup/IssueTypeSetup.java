package io.postmortem.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the app's issue types. Jira adds a new type to the default issue type scheme;
 * projects with their own scheme get it only when their admin adds it there, which is their call.
 */
@Named
public class IssueTypeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(IssueTypeSetup.class);

  private final IssueTypeManager issueTypeManager;
  private final AvatarManager avatarManager;

  @Inject
  public IssueTypeSetup(
      @ComponentImport IssueTypeManager issueTypeManager,
      @ComponentImport AvatarManager avatarManager) {
    this.issueTypeManager = issueTypeManager;
    this.avatarManager = avatarManager;
  }

  /** The issue type with this id, or null. */
  public IssueType byId(String id) {
    return id == null ? null : issueTypeManager.getIssueType(id);
  }

  /**
   * Ensures an issue type exists. An id already stored wins; with none stored, a type of exactly
   * this name and kind is adopted rather than duplicated (Jira refuses duplicate type names
   * anyway), and only then is one created.
   */
  Found ensure(String storedId, String name, String description, boolean subTask, boolean create) {
    IssueType stored = byId(storedId);
    if (stored != null) {
      return new Found(SetupStatus.PRESENT, stored.getId(), stored.getName());
    }
    for (IssueType type : issueTypeManager.getIssueTypes()) {
      if (name.equalsIgnoreCase(type.getName()) && type.isSubTask() == subTask) {
        return new Found(SetupStatus.PRESENT, type.getId(), type.getName());
      }
    }
    if (!create) {
      return Found.missing();
    }
    try {
      Long avatarId = avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
      IssueType created =
          subTask
              ? issueTypeManager.createSubTaskIssueType(name, description, avatarId)
              : issueTypeManager.createIssueType(name, description, avatarId);
      return new Found(SetupStatus.CREATED, created.getId(), created.getName());
    } catch (RuntimeException e) {
      LOG.error("Could not create issue type {}", name, e);
      return Found.failed();
    }
  }
}
