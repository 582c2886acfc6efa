package org.paperbridge.solr;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.paperbridge.index.ArticleDocuments;
import org.paperbridge.index.Fields;
import org.paperbridge.model.Article;

/**
 * Turns an article into the SolrCloud documents the configset expects: the very fields of the
 * local index (built by {@link ArticleDocuments}), the front-matter document as the parent of
 * its paragraphs, so Solr keeps each article in one block on one shard; facet values go to
 * {@code facet_<dimension>} fields.
 */
public final class SolrDocuments {
    /** The unique key of every document: the article id, or article id / paragraph id. */
    public static final String ID = "id";
    public static final String FACET_PREFIX = "facet_";

    private SolrDocuments() {
    }

    /** The article's parent document with its paragraphs as children. */
    public static SolrInputDocument of(Article article) {
        List<Document> docs = ArticleDocuments.fields(article);
        SolrInputDocument parent = convert(docs.get(docs.size() - 1));
        parent.setField(ID, article.id());
        List<SolrInputDocument> children = new ArrayList<>();
        for (Document doc : docs.subList(0, docs.size() - 1)) {
            SolrInputDocument child = convert(doc);
            child.setField(ID, article.id() + "/" + doc.get(Fields.PARAGRAPH_ID));
            children.add(child);
        }
        if (!children.isEmpty()) {
            parent.addChildDocuments(children);
        }
        return parent;
    }

    /** The facet field of a dimension (gene, keyword, year …). */
    public static String facetField(String dimension) {
        return FACET_PREFIX + dimension;
    }

    private static SolrInputDocument convert(Document doc) {
        SolrInputDocument out = new SolrInputDocument();
        for (IndexableField field : doc.getFields()) {
            if (field instanceof SortedSetDocValuesFacetField facet) {
                out.addField(facetField(facet.dim), facet.label);
            } else if (field instanceof IntPoint point) {
                // The year is a point on every document and also stored on the article's: one value in Solr.
                out.setField(point.name(), point.numericValue().intValue());
            } else if (field.numericValue() != null) {
                out.setField(field.name(), field.numericValue().intValue());
            } else {
                out.addField(field.name(), field.stringValue());
            }
        }
        return out;
    }
}
