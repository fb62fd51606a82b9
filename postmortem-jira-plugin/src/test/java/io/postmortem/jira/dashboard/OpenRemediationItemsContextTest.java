package io.postmortem.jira.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.Test;

public class OpenRemediationItemsContextTest {

  @Test
  public void everyLabelIsInTheEnglishAndGermanBundles() throws Exception {
    for (String bundle :
        new String[] {"/i18n/postmortem.properties", "/i18n/postmortem_de.properties"}) {
      Properties texts = new Properties();
      try (InputStream in = getClass().getResourceAsStream(bundle)) {
        texts.load(in);
      }
      for (String id : OpenRemediationItemsContext.LABELS) {
        String key = OpenRemediationItemsContext.PREFIX + id;
        assertTrue(bundle + " lacks " + key, texts.containsKey(key));
      }
    }
  }

  @Test
  public void labelsReachTheViewAsHtmlEscapedJsonInTheViewersLanguage() {
    JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    I18nHelper i18n = mock(I18nHelper.class);
    when(i18n.getText(anyString())).thenReturn("<b>\"Ärger\" & 'so'</b>");
    when(authentication.getI18nHelper()).thenReturn(i18n);

    Map<String, Object> context =
        new OpenRemediationItemsContext(authentication).getContextMap(Map.of("existing", 1));

    String json = (String) context.get("labelsJsonHtml");
    assertTrue(
        json.startsWith(
            "{&quot;title&quot;:&quot;&lt;b&gt;\\&quot;Ärger\\&quot; &amp; &#39;so&#39;&lt;/b&gt;&quot;"));
    assertFalse(json.contains("<") || json.contains("\"") || json.contains("'"));
    assertEquals(1, context.get("existing"));
  }
}
