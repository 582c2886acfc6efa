package org.paperbridge.index;

import java.util.List;

/** The parsed form of a user query, before it becomes a Lucene query. */
public sealed interface QueryNode {
    /** Free text: a bare word or a quoted phrase, in either language. */
    record Text(String text, boolean quoted) implements QueryNode {
    }

    /** {@code field:value}, e.g. gene:STAT3, author:"WANG Yadong", title:肝衰竭. */
    record Fielded(String field, String value) implements QueryNode {
    }

    /** {@code year:2020..2024}; either end may be open. */
    record YearRange(int from, int to) implements QueryNode {
    }

    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    record Not(QueryNode clause) implements QueryNode {
    }
}
