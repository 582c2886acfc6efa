package org.paperbridge.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads DOI, CLC codes (中图分类号), document code (文献标志码) and article number (文章编号). */
public final class IdentifierParser {
    /** A piece of a DOI: no spaces, no sentence punctuation, no Chinese (a label may follow unspaced). */
    private static final String PIECE = "[^\\s,;，；。\\p{IsHan}]+";
    /**
     * A DOI whose separators may have spaces around them as the typesetting left them
     * ({@code 10.3969 / j.issn. 1673-629X}): a space may come before a separator, or after one
     * when a digit or lower-case letter goes on (so "…/abc. The" ends the DOI at "abc").
     */
    private static final Pattern DOI = Pattern.compile("10\\.\\s?\\d{4,9}\\s*/\\s*" + PIECE
            + "(?:\\s+(?=[./-])" + PIECE + "|(?<=[./-])\\s+(?=[0-9a-z])" + PIECE + ")*");
    private static final Pattern DOI_TRAILING = Pattern.compile("[.)\\]）】]+$");
    /**
     * Dash forms typesetters put in DOIs for the ASCII hyphen: U+2010-U+2015, U+2212 MINUS SIGN,
     * small and full-width hyphen-minus, and Founder's stand-in 鄄 when it sits between Latin
     * letters or digits (where the real character 鄄 never stands).
     */
    private static final Pattern DASH = Pattern.compile("[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]|(?<=[A-Za-z0-9])鄄(?=[A-Za-z0-9])");
    private static final Pattern CLC = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{1,2}\\d{1,4}(?:\\.\\d+)*(?:[-+:=][0-9A-Z.]+)*(?![A-Za-z0-9])");
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<=[A-Z0-9.+^])\\s+(?=[A-Z0-9.+^]\\s|[A-Z0-9.+^]$)|\\^");
    private static final Pattern ZERO_FOR_O = Pattern.compile("(?<![A-Za-z0-9.])0(?=\\d{1,4}(?:\\.\\d+)?(?![\\d.]))");
    private static final Pattern DOCUMENT_CODE = Pattern.compile("(?<![A-Za-z])([A-EJKZ])(?![A-Za-z])");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[0-9X]{4}\\s*-\\s*[0-9X]{4}[^\\p{IsHan}]*");

    /**
     * The first DOI in {@code text}, with any {@code doi:} or resolver prefix dropped; full-width
     * forms folded (NFKC: {@code 10．3969} → {@code 10.3969}) and spaces around separators removed.
     */
    public String doi(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DOI.matcher(foldDashes(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        return m.find() ? DOI_TRAILING.matcher(m.group().replaceAll("\\s+", "")).replaceFirst("") : null;
    }

    /** {@code text} with every dash form of {@link #DASH} turned into the ASCII hyphen. */
    static String foldDashes(String text) {
        return DASH.matcher(text).replaceAll("-");
    }

    /** Every CLC code in the field ({@code R473.5; R457.7} gives two). */
    public List<String> clc(String value) {
        List<String> codes = new ArrayList<>();
        if (value == null) {
            return codes;
        }
        addCodes(codes, value);
        if (codes.isEmpty()) {
            // a code letter-spaced by a math converter (T N 8 2 0 . 1 + 5), or whose O OCR read as
            // the digit 0 (0539): no class of the Chinese Library Classification starts with a digit
            addCodes(codes, LETTER_SPACED.matcher(value).replaceAll(""));
            if (codes.isEmpty()) {
                addCodes(codes, ZERO_FOR_O.matcher(value).replaceAll("O"));
            }
        }
        return codes;
    }

    private static void addCodes(List<String> codes, String value) {
        Matcher m = CLC.matcher(value);
        while (m.find()) {
            if (!codes.contains(m.group())) {
                codes.add(m.group());
            }
        }
    }

    public String documentCode(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DOCUMENT_CODE.matcher(value);
        return m.find() ? m.group(1) : null;
    }

    /** The article number as printed, spaces removed: {@code 1673-0000(2023)10-0059-07}. */
    public String articleNumber(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ARTICLE_NUMBER.matcher(value);
        if (m.find()) {
            return m.group().replaceAll("\\s+", "").replaceAll("[;；,，.]+$", "");
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
