package org.paperbridge.cli;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.solr.SolrTarget;
import picocli.CommandLine.Option;

/** The options that name a SolrCloud collection, shared by {@code run} and {@code search}. */
final class SolrOptions {
    @Option(names = "--solr-url", split = ",", paramLabel = "URL",
            description = "Base URL of one or more SolrCloud nodes, e.g. http://localhost:8983/solr.")
    List<String> solrUrls = new ArrayList<>();

    @Option(names = "--zk-host", split = ",", paramLabel = "HOST:PORT",
            description = "ZooKeeper hosts of the SolrCloud cluster, with its chroot if any "
                    + "(zk1:2181,zk2:2181/solr), instead of --solr-url.")
    List<String> zkHosts = new ArrayList<>();

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection.")
    String collection;

    boolean given() {
        return !solrUrls.isEmpty() || !zkHosts.isEmpty() || collection != null;
    }

    /** @throws IllegalArgumentException when the options do not name one collection */
    SolrTarget target() {
        return new SolrTarget(solrUrls, zkHosts, collection);
    }
}
