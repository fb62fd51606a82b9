package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;
import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.config.ResolutionManager} (@PublicApi since 5.0; members
 * used here only). Source: the jira-api source of the interface: "Adds a new resolution. The new
 * resolution must have a unique name", and every resolution ordered by sequence. See SOURCES.md
 * (setup).
 */
public interface ResolutionManager {
  Resolution createResolution(String name, String description);

  List<Resolution> getResolutions();
}
