package it.percorsi.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what identifies people and administrations from a help-desk exchange before it becomes
 * a draft FAQ. Two means, both needed:
 * <ol>
 * <li>What the portal knows: the names of the people on the ticket and of the administration are
 * replaced wherever they appear (whole words, any case, also surname or first name alone).</li>
 * <li>Patterns for what it cannot know: e-mail addresses, Italian phone numbers (landline and
 * mobile, with or without +39), tax codes (codice fiscale, also with omocodia letters), VAT
 * numbers, IBANs, ticket numbers, and names after a title ("dott.ssa Bianchi", "sig. Verdi") or
 * an introduction ("mi chiamo Anna Neri"), and the name that signs off a message after a
 * closing formula ("Cordiali saluti, Paolo Gialli").</li>
 * </ol>
 * A trainer reviews every draft before it is published: the anonymiser makes that review short,
 * it does not replace it.
 */
public final class Anonymiser {

    public static final String PERSON = "[nome]";
    public static final String ADMINISTRATION = "[amministrazione]";
    public static final String EMAIL = "[e-mail]";
    public static final String PHONE = "[telefono]";
    public static final String TAX_CODE = "[codice fiscale]";
    public static final String VAT = "[partita IVA]";
    public static final String IBAN = "[IBAN]";
    public static final String TICKET = "[richiesta]";

    private static final String CAP = "\\p{Lu}[\\p{L}'’]+";
    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}", Pattern.UNICODE_CASE);
    private static final Pattern IBAN_PATTERN =
            Pattern.compile("\\bIT\\s?\\d{2}\\s?[A-Z]\\s?(?:[0-9A-Z]\\s?){22}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAX_CODE_PATTERN = Pattern.compile(
            "\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAT_PATTERN = Pattern.compile("\\b(?:IT\\s?)?\\d{11}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKET_PATTERN = Pattern.compile("\\bHD-\\d{4}-\\d{3,}\\b", Pattern.CASE_INSENSITIVE);
    /** +39 or 0039 optional, then a landline (0...) or mobile (3...) number, spaces, dots or dashes between groups. */
    private static final Pattern PHONE_PATTERN = Pattern.compile(
            "(?<![\\d/])(?:(?:\\+|00)39[\\s.-]?)?(?:0\\d{1,4}|3\\d{2})(?:[\\s.-]?\\d{2,4}){1,3}(?![\\d/])");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?i:dott\\.?ssa|dottoressa|dottor|dott\\.|dr\\.|sig\\.ra|sig\\.na|sig\\.|signora|signor|sig\\b|"
                    + "prof\\.ssa|prof\\.|professoressa|professor|ing\\.|avv\\.|arch\\.|geom\\.|rag\\.)\\s*"
                    + "(" + CAP + "(?:\\s+" + CAP + ")?)");
    private static final Pattern INTRODUCED_NAME = Pattern.compile(
            "\\b(?i:mi chiamo|sono la|sono il|io sono|sono)\\s+(" + CAP + "\\s+" + CAP + ")");
    private static final Pattern SIGNED_NAME = Pattern.compile(
            "(?i:cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|un saluto|buona giornata|best regards|regards)"
                    + "[,.!]?\\s*\\n+\\s*(" + CAP + "(?:\\s+" + CAP + "){1,2})\\s*(?=\\n|$)");

    private Anonymiser() {
    }

    /**
     * The text with people, the administration and personal data replaced by placeholders.
     *
     * @param people         full names of the people the portal knows on this exchange
     * @param administrations names of the administrations involved
     */
    public static String anonymise(String text, Collection<String> people, Collection<String> administrations) {
        if (text == null || text.isBlank()) {
            return text == null ? "" : text;
        }
        String out = text;
        out = EMAIL_PATTERN.matcher(out).replaceAll(EMAIL);
        out = IBAN_PATTERN.matcher(out).replaceAll(IBAN);
        out = TAX_CODE_PATTERN.matcher(out).replaceAll(TAX_CODE);
        out = TICKET_PATTERN.matcher(out).replaceAll(TICKET);
        out = VAT_PATTERN.matcher(out).replaceAll(VAT);
        out = replacePhones(out);
        for (String administration : longestFirst(administrations)) {
            out = replaceWords(out, administration, ADMINISTRATION);
        }
        for (String person : longestFirst(people)) {
            out = replaceWords(out, person, PERSON);
            for (String part : person.trim().split("\\s+")) {
                if (part.length() >= 3) {
                    out = replaceWords(out, part, PERSON);
                }
            }
        }
        out = replaceGroup(TITLED_NAME, out);
        out = replaceGroup(INTRODUCED_NAME, out);
        out = replaceGroup(SIGNED_NAME, out);
        return out.replaceAll("\\[nome]\\s+\\[nome]", PERSON);
    }

    private static List<String> longestFirst(Collection<String> names) {
        return names == null ? List.of() : names.stream().filter(n -> n != null && n.strip().length() >= 3)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String replaceWords(String text, String words, String placeholder) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(words) + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    private static String replacePhones(String text) {
        Matcher m = PHONE_PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            // 8 to 13 digits: a phone number; fewer is a year, an amount or a count
            m.appendReplacement(out, digits >= 8 && digits <= 13 ? PHONE : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            int start = m.start(1) - m.start();
            int end = m.end(1) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, start) + PERSON + whole.substring(end)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
