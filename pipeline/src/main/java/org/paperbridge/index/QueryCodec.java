package org.paperbridge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Writes the Lucene queries a user query becomes as JSON and reads them back, so that SolrCloud
 * runs exactly the query the embedded index runs: the words were analyzed and translated once,
 * by the client, with the corpus vocabulary; the server only executes. Knows the query types
 * {@link SearchQueryBuilder} makes and refuses any other.
 */
public final class QueryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCodec() {
    }

    public static String encode(Query query) {
        try {
            return JSON.writeValueAsString(node(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not a query this codec wrote */
    public static Query decode(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PaperBridge query: " + e.getMessage(), e);
        }
        return query(root);
    }

    private static ObjectNode node(Query query) {
        ObjectNode n = JSON.createObjectNode();
        if (query instanceof BooleanQuery bool) {
            ArrayNode clauses = n.putArray("bool");
            for (BooleanClause clause : bool.clauses()) {
                ObjectNode c = clauses.addObject();
                c.put("occur", clause.getOccur().name());
                c.set("q", node(clause.getQuery()));
            }
            if (bool.getMinimumNumberShouldMatch() > 0) {
                n.put("minShould", bool.getMinimumNumberShouldMatch());
            }
        } else if (query instanceof BoostQuery boost) {
            n.put("boost", boost.getBoost());
            n.set("q", node(boost.getQuery()));
        } else if (query instanceof TermQuery term) {
            n.put("field", term.getTerm().field());
            n.put("term", term.getTerm().text());
        } else if (query instanceof PhraseQuery phrase) {
            n.put("field", phrase.getField());
            n.put("slop", phrase.getSlop());
            ArrayNode terms = n.putArray("phrase");
            for (Term t : phrase.getTerms()) {
                terms.add(t.text());
            }
            ArrayNode positions = n.putArray("positions");
            for (int p : phrase.getPositions()) {
                positions.add(p);
            }
        } else if (query instanceof MultiPhraseQuery phrase) {
            Term[][] stacks = phrase.getTermArrays();
            n.put("field", stacks.length == 0 ? "" : stacks[0][0].field());
            n.put("slop", phrase.getSlop());
            ArrayNode terms = n.putArray("multiPhrase");
            for (Term[] stack : stacks) {
                ArrayNode s = terms.addArray();
                for (Term t : stack) {
                    s.add(t.text());
                }
            }
            ArrayNode positions = n.putArray("positions");
            for (int p : phrase.getPositions()) {
                positions.add(p);
            }
        } else if (query instanceof SynonymQuery synonyms) {
            n.put("field", synonyms.getField());
            ArrayNode terms = n.putArray("synonyms");
            synonyms.getTerms().forEach(t -> terms.add(t.text()));
        } else if (query instanceof DisjunctionMaxQuery max) {
            n.put("tieBreaker", max.getTieBreakerMultiplier());
            ArrayNode disjuncts = n.putArray("disMax");
            max.getDisjuncts().forEach(q -> disjuncts.add(node(q)));
        } else if (query instanceof MatchAllDocsQuery) {
            n.put("all", true);
        } else if (query instanceof MatchNoDocsQuery) {
            n.put("none", true);
        } else if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Integer.BYTES) {
            n.put("field", range.getField());
            n.put("intFrom", IntPoint.decodeDimension(range.getLowerPoint(), 0));
            n.put("intTo", IntPoint.decodeDimension(range.getUpperPoint(), 0));
        } else if (query instanceof WholeArticleQuery article) {
            n.set("article", node(article.inner()));
        } else {
            throw new IllegalArgumentException("cannot encode a " + query.getClass().getSimpleName() + ": " + query);
        }
        return n;
    }

    private static Query query(JsonNode n) {
        if (n.has("bool")) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (JsonNode c : n.get("bool")) {
                b.add(query(c.get("q")), BooleanClause.Occur.valueOf(c.get("occur").asText()));
            }
            b.setMinimumNumberShouldMatch(n.path("minShould").asInt(0));
            return b.build();
        } else if (n.has("boost")) {
            return new BoostQuery(query(n.get("q")), (float) n.get("boost").asDouble());
        } else if (n.has("term")) {
            return new TermQuery(new Term(text(n, "field"), text(n, "term")));
        } else if (n.has("phrase")) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(n.path("slop").asInt(0));
            String field = text(n, "field");
            JsonNode positions = n.get("positions");
            JsonNode terms = n.get("phrase");
            for (int i = 0; i < terms.size(); i++) {
                b.add(new Term(field, terms.get(i).asText()), positions.get(i).asInt());
            }
            return b.build();
        } else if (n.has("multiPhrase")) {
            MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(n.path("slop").asInt(0));
            String field = text(n, "field");
            JsonNode positions = n.get("positions");
            JsonNode stacks = n.get("multiPhrase");
            for (int i = 0; i < stacks.size(); i++) {
                List<Term> stack = new ArrayList<>();
                stacks.get(i).forEach(t -> stack.add(new Term(field, t.asText())));
                b.add(stack.toArray(Term[]::new), positions.get(i).asInt());
            }
            return b.build();
        } else if (n.has("synonyms")) {
            String field = text(n, "field");
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            n.get("synonyms").forEach(t -> b.addTerm(new Term(field, t.asText())));
            return b.build();
        } else if (n.has("disMax")) {
            List<Query> disjuncts = new ArrayList<>();
            n.get("disMax").forEach(q -> disjuncts.add(query(q)));
            return new DisjunctionMaxQuery(disjuncts, (float) n.get("tieBreaker").asDouble());
        } else if (n.has("all")) {
            return new MatchAllDocsQuery();
        } else if (n.has("none")) {
            return new MatchNoDocsQuery();
        } else if (n.has("intFrom")) {
            return IntPoint.newRangeQuery(text(n, "field"), n.get("intFrom").asInt(), n.get("intTo").asInt());
        } else if (n.has("article")) {
            return new WholeArticleQuery(query(n.get("article")));
        }
        throw new IllegalArgumentException("not a PaperBridge query node: " + n);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("query node without '" + key + "': " + n);
        }
        return v.asText();
    }
}
