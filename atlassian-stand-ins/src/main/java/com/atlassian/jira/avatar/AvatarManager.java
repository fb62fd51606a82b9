package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Stand-in for {@code com.atlassian.jira.avatar.AvatarManager} (members used here only). Source:
 * cures-hub/cures-condec-jira MockAvatarManager implements {@code Long
 * getDefaultAvatarId(IconType)} (Jira 8.20). See SOURCES.md.
 */
public interface AvatarManager {
  Long getDefaultAvatarId(IconType iconType);
}
