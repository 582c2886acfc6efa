package org.paperbridge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the query language people type: words and "quoted phrases" in either language,
 * AND / OR / NOT (also a leading -), parentheses, and field prefixes such as gene:STAT3 or
 * year:2020..2024. Adjacent clauses are ANDed; NOT binds tighter than AND, AND than OR.
 * A query is at most {@link #MAX_LENGTH} characters and nests parentheses and NOTs at most
 * {@link #MAX_NESTING} deep, so parsing, query building and Lucene's own recursion stay shallow.
 */
public final class UserQueryParser {
    /** Longest query, in characters: far beyond what anyone types, and a bound on everything after. */
    public static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses and NOT (each level is a recursion here and in the query built). */
    public static final int MAX_NESTING = 32;

    /** The prefixes a query may use. */
    public static final Set<String> FIELDS = Set.of("title", "abstract", "body", "keyword", "author", "doi", "year",
            "gene", "mirna", "ncrna", "cell", "disease", "chemical", "species");

    private record Token(Kind kind, String text, int at) {
    }

    private enum Kind { WORD, PHRASE, FIELD, AND, OR, NOT, MINUS, OPEN, CLOSE }

    private List<Token> tokens;
    private int pos;
    private int nesting;

    public QueryNode parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("empty query");
        }
        if (query.length() > MAX_LENGTH) {
            throw new QueryTooLargeException(String.format(java.util.Locale.ROOT,
                    "query too long: %,d characters, over the limit of %,d", query.length(), MAX_LENGTH));
        }
        tokens = lex(query);
        pos = 0;
        nesting = 0;
        QueryNode node = or();
        if (pos < tokens.size()) {
            Token t = tokens.get(pos);
            throw new QuerySyntaxException(t.kind() == Kind.CLOSE
                    ? "unmatched ')' at position " + (t.at() + 1)
                    : "unexpected '" + t.text() + "' at position " + (t.at() + 1));
        }
        return node;
    }

    private QueryNode or() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>(List.of(and()));
        while (peek(Kind.OR)) {
            pos++;
            clauses.add(and());
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
    }

    private QueryNode and() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>(List.of(unary()));
        while (pos < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                pos++;
            }
            clauses.add(unary());
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
    }

    private QueryNode unary() throws QuerySyntaxException {
        if (peek(Kind.NOT) || peek(Kind.MINUS)) {
            enter(tokens.get(pos++));
            QueryNode not = new QueryNode.Not(unary());
            nesting--;
            return not;
        }
        return primary();
    }

    private QueryNode primary() throws QuerySyntaxException {
        if (pos >= tokens.size()) {
            Token last = tokens.get(tokens.size() - 1);
            throw new QuerySyntaxException("query ends after '" + last.text() + "': a word or phrase is missing");
        }
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case OPEN -> {
                if (peek(Kind.CLOSE)) {
                    throw new QuerySyntaxException("empty parentheses at position " + (t.at() + 1));
                }
                enter(t);
                QueryNode inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw new QuerySyntaxException("missing ')' for the '(' at position " + (t.at() + 1));
                }
                pos++;
                nesting--;
                return inner;
            }
            case WORD -> {
                return new QueryNode.Text(t.text(), false);
            }
            case PHRASE -> {
                return new QueryNode.Text(t.text(), true);
            }
            case FIELD -> {
                return fielded(t);
            }
            default -> throw new QuerySyntaxException("'" + t.text() + "' at position " + (t.at() + 1)
                    + " needs a word or phrase before and after it");
        }
    }

    /** One level deeper, at a '(' or a NOT; refused past {@link #MAX_NESTING}. */
    private void enter(Token t) throws QueryTooLargeException {
        if (++nesting > MAX_NESTING) {
            throw new QueryTooLargeException("query nests parentheses and NOT more than " + MAX_NESTING
                    + " levels deep (at '" + t.text() + "', position " + (t.at() + 1) + ")");
        }
    }

    private QueryNode fielded(Token t) throws QuerySyntaxException {
        String field = t.text().substring(0, t.text().indexOf(':')).toLowerCase(Locale.ROOT);
        String value = t.text().substring(t.text().indexOf(':') + 1);
        if (value.isEmpty() && peek(Kind.PHRASE)) {
            value = tokens.get(pos++).text();
        }
        if (value.isBlank()) {
            throw new QuerySyntaxException("'" + field + ":' at position " + (t.at() + 1) + " needs a value");
        }
        if (field.equals("year")) {
            return yearRange(value);
        }
        return new QueryNode.Fielded(field, value.strip());
    }

    private static QueryNode yearRange(String value) throws QuerySyntaxException {
        String v = value.strip();
        try {
            int dots = v.indexOf("..");
            if (dots < 0) {
                int year = Integer.parseInt(v);
                return new QueryNode.YearRange(year, year);
            }
            String from = v.substring(0, dots).strip();
            String to = v.substring(dots + 2).strip();
            int lo = from.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(from);
            int hi = to.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(to);
            if (lo > hi) {
                throw new QuerySyntaxException("year range '" + v + "' runs backwards");
            }
            return new QueryNode.YearRange(lo, hi);
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("bad year '" + v + "': use year:2020 or year:2020..2024");
        }
    }

    private boolean peek(Kind kind) {
        return pos < tokens.size() && tokens.get(pos).kind() == kind;
    }

    private static List<Token> lex(String q) throws QuerySyntaxException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == '（') {
                out.add(new Token(Kind.OPEN, "(", i++));
            } else if (c == ')' || c == '）') {
                out.add(new Token(Kind.CLOSE, ")", i++));
            } else if (c == '"' || c == '“' || c == '”') {
                int end = i + 1;
                while (end < q.length() && q.charAt(end) != '"' && q.charAt(end) != '”' && q.charAt(end) != '“') {
                    end++;
                }
                if (end >= q.length()) {
                    throw new QuerySyntaxException("unterminated quote at position " + (i + 1));
                }
                String phrase = q.substring(i + 1, end).strip();
                if (phrase.isEmpty()) {
                    throw new QuerySyntaxException("empty phrase at position " + (i + 1));
                }
                out.add(new Token(Kind.PHRASE, phrase, i));
                i = end + 1;
            } else if (c == '-' && (out.isEmpty() || i == 0 || Character.isWhitespace(q.charAt(i - 1))
                    || q.charAt(i - 1) == '(')) {
                out.add(new Token(Kind.MINUS, "-", i++));
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && "()（）\"“”".indexOf(q.charAt(end)) < 0) {
                    end++;
                }
                out.add(word(q.substring(i, end), i));
                i = end;
            }
        }
        return out;
    }

    private static Token word(String w, int at) throws QuerySyntaxException {
        switch (w) {
            case "AND", "&&" -> {
                return new Token(Kind.AND, w, at);
            }
            case "OR", "||" -> {
                return new Token(Kind.OR, w, at);
            }
            case "NOT", "!" -> {
                return new Token(Kind.NOT, w, at);
            }
            default -> {
            }
        }
        int colon = w.indexOf(':');
        if (colon > 0 && w.substring(0, colon).chars().allMatch(Character::isLetter)) {
            String field = w.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(field)) {
                throw new QuerySyntaxException("unknown field '" + field + ":' at position " + (at + 1)
                        + "; known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
            return new Token(Kind.FIELD, w, at);
        }
        return new Token(Kind.WORD, w, at);
    }
}
