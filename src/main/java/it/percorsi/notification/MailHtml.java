package it.percorsi.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML alternative of a plain-text mail: the same words, paragraphs from blank lines, and
 * every http(s) address a clickable link. Everything else is escaped, so a name typed at
 * registration can never become markup.
 */
final class MailHtml {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailHtml() {
    }

    static String of(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject == null ? "" : subject))
                .append("</title></head><body style=\"font-family: 'Titillium Web', Arial, sans-serif; font-size: 16px;"
                        + " line-height: 1.5; color: #1a1a1a;\">");
        for (String paragraph : (text == null ? "" : text).split("\\R\\s*\\R")) {
            html.append("<p>").append(linked(paragraph.strip())).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String paragraph) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(paragraph);
        int last = 0;
        while (m.find()) {
            out.append(lines(paragraph.substring(last, m.start())));
            String url = HtmlUtils.htmlEscape(m.group());
            out.append("<a href=\"").append(url).append("\" style=\"color: #0066cc;\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(lines(paragraph.substring(last))).toString();
    }

    private static String lines(String text) {
        return HtmlUtils.htmlEscape(text).replaceAll("\\R", "<br>");
    }
}
