package io.postmortem.jira.i18n;

import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;

/**
 * An I18nHelper over the app's own bundle, formatting like Jira does (MessageFormat, the key itself
 * when missing), so tests assert the sentences users read. German falls back to English per key, as
 * Jira's bundles do.
 */
public final class BundleI18nHelper implements I18nHelper {

  private final Locale locale;
  private final Properties texts = new Properties();

  public BundleI18nHelper(Locale locale) {
    this.locale = locale;
    load("/i18n/postmortem.properties");
    if (!locale.getLanguage().equals("en")) {
      load("/i18n/postmortem_" + locale.getLanguage() + ".properties");
    }
  }

  private void load(String resource) {
    try (InputStream in = BundleI18nHelper.class.getResourceAsStream(resource)) {
      if (in != null) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  @Override
  public Locale getLocale() {
    return locale;
  }

  @Override
  public String getText(String key) {
    return getText(key, new Object[0]);
  }

  @Override
  public String getText(String key, String value1) {
    return getText(key, new Object[] {value1});
  }

  @Override
  public String getText(String key, Object parameters) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      return key;
    }
    Object[] args =
        parameters instanceof Object[] array
            ? array
            : parameters instanceof Collection<?> list ? list.toArray() : new Object[] {parameters};
    return new MessageFormat(pattern, locale).format(args);
  }
}
