package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class UserQueryParserTest {
    QueryNode parse(String q) throws QuerySyntaxException {
        return new UserQueryParser().parse(q);
    }

    @Test
    void notBindsTighterThanAndAndAndThanOr() throws QuerySyntaxException {
        QueryNode.Text a = new QueryNode.Text("a", false);
        QueryNode.Text b = new QueryNode.Text("b", false);
        QueryNode.Text c = new QueryNode.Text("c", false);
        assertEquals(new QueryNode.Or(List.of(a, new QueryNode.And(List.of(b, new QueryNode.Not(c))))),
                parse("a OR b AND NOT c"));
        assertEquals(new QueryNode.And(List.of(a, new QueryNode.Not(b))), parse("a -b"));
    }

    @Test
    void readsFieldsPhrasesAndYearRanges() throws QuerySyntaxException {
        assertEquals(new QueryNode.And(List.of(new QueryNode.Fielded("author", "WANG Yadong"),
                        new QueryNode.YearRange(2020, 2024), new QueryNode.Text("肝衰竭 治疗", true))),
                parse("author:\"WANG Yadong\" year:2020..2024 “肝衰竭 治疗”"));
        assertEquals(new QueryNode.YearRange(2021, Integer.MAX_VALUE), parse("year:2021.."));
        assertEquals(new QueryNode.Text("IL-1β", false), parse("IL-1β"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals("unterminated quote at position 1",
                assertThrows(QuerySyntaxException.class, () -> parse("\"liver")).getMessage());
        assertEquals("missing ')' for the '(' at position 1",
                assertThrows(QuerySyntaxException.class, () -> parse("(a OR b")).getMessage());
        assertEquals("query ends after 'OR': a word or phrase is missing",
                assertThrows(QuerySyntaxException.class, () -> parse("a OR")).getMessage());
    }
}
