package io.postmortem.jira.testing;

import static org.mockito.Mockito.mock;

import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;

/**
 * An {@link I18nHelper} over the app's own bundle, formatting like Jira does (MessageFormat, the
 * key itself when missing), so tests assert the sentences users read. German falls back to English
 * per key, as Jira's bundles do.
 *
 * <p>It is a Mockito mock with a formatting answer rather than a hand-written implementation: the
 * real interface has many more members than our stand-in, and an implementing class would not
 * compile against the real jar in the {@code atlassian} profile.
 */
public final class BundleI18nHelper {

  private BundleI18nHelper() {}

  public static I18nHelper forLocale(Locale locale) {
    Properties texts = new Properties();
    load(texts, "/i18n/postmortem.properties");
    if (!locale.getLanguage().equals("en")) {
      load(texts, "/i18n/postmortem_" + locale.getLanguage() + ".properties");
    }
    return mock(
        I18nHelper.class,
        invocation -> {
          Object[] args = invocation.getArguments();
          switch (invocation.getMethod().getName()) {
            case "getLocale":
              return locale;
            case "isKeyDefined":
              return texts.containsKey((String) args[0]);
            case "getText":
            case "getUnescapedText":
              return format(
                  texts, locale, (String) args[0], Arrays.copyOfRange(args, 1, args.length));
            default:
              return null;
          }
        });
  }

  private static String format(Properties texts, Locale locale, String key, Object[] rest) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      return key;
    }
    Object[] values = rest;
    if (rest.length == 1 && rest[0] instanceof Object[] array) {
      values = array;
    } else if (rest.length == 1 && rest[0] instanceof Collection<?> list) {
      values = list.toArray();
    }
    return new MessageFormat(pattern, locale).format(values);
  }

  private static void load(Properties texts, String resource) {
    try (InputStream in = BundleI18nHelper.class.getResourceAsStream(resource)) {
      if (in != null) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
