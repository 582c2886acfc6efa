package org.paperbridge.solr;

import java.util.List;
import java.util.Optional;

import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud collection lives: the base URLs of some of its nodes
 * ({@code http://host:8983/solr}; the client learns the rest of the cluster from them) or its
 * ZooKeeper hosts, and the collection name.
 */
public record SolrTarget(List<String> solrUrls, List<String> zkHosts, String collection) {
    public SolrTarget {
        solrUrls = List.copyOf(solrUrls);
        zkHosts = List.copyOf(zkHosts);
        if (solrUrls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("give either --solr-url or --zk-host (one or more), not both");
        }
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("--collection is required with --solr-url or --zk-host");
        }
    }

    /** A cluster-aware client that sends each update to its shard leader and fails over between nodes. */
    public CloudSolrClient client() {
        CloudHttp2SolrClient.Builder builder = solrUrls.isEmpty()
                ? new CloudHttp2SolrClient.Builder(zkHosts, Optional.empty())
                : new CloudHttp2SolrClient.Builder(solrUrls);
        return builder.withDefaultCollection(collection).build();
    }

    @Override
    public String toString() {
        return (solrUrls.isEmpty() ? "zk:" + String.join(",", zkHosts) : String.join(",", solrUrls)) + " collection "
                + collection;
    }
}
