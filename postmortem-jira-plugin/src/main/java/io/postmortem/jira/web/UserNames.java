package io.postmortem.jira.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Display names for stored user keys, looked up once per distinct key so a panel's user lookups
 * grow with the people involved, not with the items. A deleted user keeps their key as the name:
 * the record stays readable and the panel still renders.
 */
@Named
public final class UserNames {

  private final UserManager users;

  @Inject
  public UserNames(@ComponentImport UserManager users) {
    this.users = users;
  }

  /** Display name by user key for every key given; the key itself when the user is gone. */
  public Map<String, String> of(Collection<String> userKeys) {
    Map<String, String> names = new HashMap<>();
    for (String key : new LinkedHashSet<>(userKeys)) {
      if (key == null) {
        continue;
      }
      ApplicationUser user = users.getUserByKey(key);
      String name = user == null ? null : user.getDisplayName();
      names.put(key, name == null || name.isBlank() ? key : name);
    }
    return names;
  }
}
