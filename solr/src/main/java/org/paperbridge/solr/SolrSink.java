package org.paperbridge.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.paperbridge.corpus.ExportFailure;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.index.ArticleDocuments;
import org.paperbridge.index.Fields;
import org.paperbridge.model.Article;

/**
 * The index of a run sent to a SolrCloud collection instead of a local folder. Articles go in
 * batches; before a batch is sent, the articles the collection already holds from the same
 * source bytes are left out, so a re-run sends only what is missing or changed (ids are stable:
 * the article id, and article id / paragraph id). A batch that fails is retried with back-off,
 * then each of its articles is reported ({@link #failures()}), never silently dropped. On close,
 * the articles this output folder had before and the run no longer saw are deleted, and all is
 * committed.
 */
public final class SolrSink implements Exporter {
    public static final String STAGE = "solr";
    static final int BATCH_ARTICLES = 50;

    private final SolrTarget target;
    private final CloudSolrClient client;
    private final Retry retry;
    private final int batchArticles;
    private final Set<String> previous;
    private final Set<String> seen = new HashSet<>();
    /** Articles sent or pending that turned out to be worse copies of others: deleted on close unless seen again. */
    private final Set<String> withdrawn = new HashSet<>();
    private final List<Article> pending = new ArrayList<>();
    private final List<ExportFailure> failures = new ArrayList<>();
    private int sent;
    private int current;

    /**
     * @param previous the article ids this output folder held before the run (from its manifest):
     *                 those the run does not see are removed from the collection, and no others,
     *                 so runs over other parts of a corpus (--shard) can share one collection
     */
    public SolrSink(SolrTarget target, Retry retry, int batchArticles, Collection<String> previous) {
        this.target = target;
        this.client = target.client();
        this.retry = retry;
        this.batchArticles = batchArticles;
        this.previous = Set.copyOf(previous);
    }

    public SolrSink(SolrTarget target, Collection<String> previous) {
        this(target, Retry.DEFAULT, BATCH_ARTICLES, previous);
    }

    @Override
    public void accept(Article article) throws IOException {
        if (!seen.add(article.id())) {
            return;
        }
        pending.add(article);
        if (pending.size() >= batchArticles) {
            flush();
        }
    }

    /** A worse copy of a later article: not sent, or deleted from the collection on close. */
    @Override
    public void withdraw(int ordinal, Article article) {
        seen.remove(article.id());
        pending.removeIf(a -> a.id().equals(article.id()));
        withdrawn.add(article.id());
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> upToDate = alreadyIndexed(pending);
        List<SolrInputDocument> docs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Article a : pending) {
            if (upToDate.contains(a.id())) {
                current++;
            } else {
                docs.add(SolrDocuments.of(a));
                ids.add(a.id());
            }
        }
        pending.clear();
        if (docs.isEmpty()) {
            return;
        }
        try {
            retry.run(() -> {
                UpdateRequest update = new UpdateRequest();
                update.add(docs);
                return update.process(client, target.collection());
            });
            sent += docs.size();
        } catch (IOException e) {
            for (String id : ids) {
                failures.add(new ExportFailure(id, STAGE, "not indexed in " + target + ": " + e.getMessage()));
            }
        }
    }

    /** The ids of the articles the collection holds from the same source bytes (none when it cannot say). */
    private Set<String> alreadyIndexed(List<Article> articles) {
        List<String> keys = articles.stream().map(ArticleDocuments::sourceKey).toList();
        SolrQuery query = new SolrQuery("{!terms f=" + Fields.SOURCE_KEY + "}" + String.join(",", keys));
        query.addFilterQuery(Fields.KIND + ":" + Fields.KIND_ARTICLE);
        query.setFields(Fields.DOC_ID);
        query.setRows(keys.size());
        try {
            Set<String> ids = new HashSet<>();
            for (SolrDocument doc : retry.run(() -> client.query(target.collection(), query, SolrRequest.METHOD.POST)).getResults()) {
                ids.add((String) doc.getFirstValue(Fields.DOC_ID));
            }
            return ids;
        } catch (IOException e) {
            return Set.of(); // sending again is harmless: ids are stable
        }
    }

    /** Articles sent to the collection by this run. */
    public int sent() {
        return sent;
    }

    /** Articles the collection already held unchanged. */
    public int current() {
        return current;
    }

    @Override
    public List<ExportFailure> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            removeUnseen();
            try {
                retry.run(() -> client.commit(target.collection(), true, true));
            } catch (IOException e) {
                failures.add(new ExportFailure(null, STAGE, "commit to " + target + " failed (the update log keeps "
                        + "what was sent; it becomes visible at the next commit): " + e.getMessage()));
            }
        } finally {
            client.close();
        }
    }

    private void removeUnseen() {
        Set<String> gone = new LinkedHashSet<>(previous);
        gone.addAll(withdrawn);
        gone.removeAll(seen);
        if (gone.isEmpty()) {
            return;
        }
        String query = "{!terms f=_root_}" + String.join(",", gone); // ids hold no commas (ArticleIds)
        try {
            retry.run(() -> client.deleteByQuery(target.collection(), query));
        } catch (IOException e) {
            for (String id : gone) {
                failures.add(new ExportFailure(id, STAGE, "source deleted, but its article could not be removed from "
                        + target + ": " + e.getMessage()));
            }
        }
    }
}
