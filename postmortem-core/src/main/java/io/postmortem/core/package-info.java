/** Pure Java core of the postmortem app: no Jira, OSWorkflow or Active Objects types. */
package io.postmortem.core;
