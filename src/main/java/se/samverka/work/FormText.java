package se.samverka.work;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import se.samverka.workflow.FormConditions;

/**
 * The text blocks of a form: the markdown that form-js renders (headings, paragraphs, links, lists, emphasis) as HTML,
 * with {@code {{variable}}} replaced by the process variable's value. Raw HTML in the markdown is escaped, links to
 * {@code javascript:} and the like are dropped, and a value is inserted as literal text, never as markdown.
 */
final class FormText {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");
  private static final int MAX_VALUE = 500;
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private FormText() {}

  static String html(String markdown, Map<String, Object> variables) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Matcher matcher = VARIABLE.matcher(markdown);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      Object value = FormConditions.plain(variables.get(matcher.group(1)));
      matcher.appendReplacement(text, Matcher.quoteReplacement(literal(value)));
    }
    matcher.appendTail(text);
    return RENDERER.render(PARSER.parse(text.toString()));
  }

  /** A value as markdown that reads as exactly that text: every punctuation character escaped, on one line. */
  private static String literal(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof java.util.Collection<?> list ? String.join(", ", list.stream().map(String::valueOf)
        .toList()) : String.valueOf(value);
    text = text.replaceAll("[\\r\\n\\t]+", " ");
    if (text.length() > MAX_VALUE) {
      text = text.substring(0, MAX_VALUE) + "…";
    }
    return MARKDOWN_PUNCTUATION.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
  }
}
