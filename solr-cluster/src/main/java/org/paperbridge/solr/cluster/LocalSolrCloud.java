package org.paperbridge.solr.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine: one ZooKeeper server and N Solr nodes (Solr's embeddable
 * Jetty node), each with its own Solr home under the cluster folder, all on the loopback
 * address. Starting uploads the configset and creates the collection when ZooKeeper does not
 * know it yet; a second start on the same folder finds the same collection and its data.
 */
public final class LocalSolrCloud implements AutoCloseable {
    private static final Duration NODES_UP = Duration.ofSeconds(90);
    private static final Duration COLLECTION_ACTIVE = Duration.ofSeconds(180);
    private static final String SOLR_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Written by `paperbridge solr start` at every start. -->
            <solr>
              <int name="maxBooleanClauses">${solr.max.booleanClauses:4096}</int>
              <solrcloud>
                <str name="host">127.0.0.1</str>
                <int name="hostPort">${hostPort:8983}</int>
                <str name="hostContext">${hostContext:solr}</str>
                <str name="zkHost">${zkHost:}</str>
                <int name="zkClientTimeout">${zkClientTimeout:30000}</int>
                <bool name="genericCoreNodeNames">true</bool>
              </solrcloud>
              <shardHandlerFactory name="shardHandlerFactory" class="HttpShardHandlerFactory">
                <int name="socketTimeout">${socketTimeout:600000}</int>
                <int name="connTimeout">${connTimeout:60000}</int>
              </shardHandlerFactory>
            </solr>
            """;

    private final ClusterLayout layout;
    private final LocalZooKeeper zooKeeper;
    private final List<JettySolrRunner> nodes = new ArrayList<>();
    private CloudSolrClient client;
    private boolean created;

    private LocalSolrCloud(ClusterLayout layout, LocalZooKeeper zooKeeper) {
        this.layout = layout;
        this.zooKeeper = zooKeeper;
    }

    /**
     * Starts ZooKeeper and the nodes of {@code layout}, uploads {@code configset} under the
     * collection's config name, creates the collection if absent, and waits until every replica is
     * active. On failure everything started is stopped again.
     */
    public static LocalSolrCloud start(ClusterLayout layout, Path configset, CollectionSpec collection) throws IOException {
        if (!Files.isRegularFile(configset.resolve("solrconfig.xml"))) {
            throw new IOException("no configset in " + configset + " (solrconfig.xml missing); write one with "
                    + "'paperbridge solr configset DIR'");
        }
        layout.record();
        LocalSolrCloud cloud = new LocalSolrCloud(layout, LocalZooKeeper.start(layout.zkData(), layout.zkPort()));
        try {
            cloud.uploadConfigset(configset, collection.configName());
            for (int i = 0; i < layout.nodes(); i++) {
                cloud.nodes.add(cloud.newNode(i));
                cloud.startNode(i);
            }
            cloud.client = new CloudHttp2SolrClient.Builder(List.of(layout.zkAddress()), Optional.empty()).build();
            cloud.waitForLiveNodes(layout.nodes());
            cloud.created = cloud.createIfAbsent(collection);
            cloud.waitForActive(collection.name());
            return cloud;
        } catch (IOException | RuntimeException e) {
            cloud.close();
            throw e;
        }
    }

    private void uploadConfigset(Path configset, String name) throws IOException {
        try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(layout.zkAddress()).withTimeout(30, TimeUnit.SECONDS)
                .withConnTimeOut(30, TimeUnit.SECONDS).build()) {
            ZkMaintenanceUtils.uploadToZK(zk, configset, "/configs/" + name, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
        }
    }

    private JettySolrRunner newNode(int i) throws IOException {
        Path home = layout.nodeHome(i);
        Files.createDirectories(home);
        Files.writeString(home.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.setProperty("zkHost", layout.zkAddress());
        properties.setProperty("hostPort", Integer.toString(layout.nodePorts().get(i)));
        properties.setProperty("hostContext", "solr");
        JettyConfig config = JettyConfig.builder().setPort(layout.nodePorts().get(i)).setContext("/solr")
                .stopAtShutdown(false).build();
        return new JettySolrRunner(home.toString(), properties, config);
    }

    /** Starts node {@code i} (from 0) again after {@link #stopNode}. */
    public void startNode(int i) throws IOException {
        try {
            nodes.get(i).start();
        } catch (Exception e) {
            throw new IOException("Solr node " + (i + 1) + " did not start on port " + layout.nodePorts().get(i) + ": "
                    + e.getMessage(), e);
        }
    }

    public boolean isRunning(int i) {
        return nodes.get(i).isRunning();
    }

    /** Stops node {@code i} (from 0), as a crash or maintenance would, leaving its data in place. */
    public void stopNode(int i) throws IOException {
        try {
            nodes.get(i).stop();
        } catch (Exception e) {
            throw new IOException("Solr node " + (i + 1) + " did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private boolean createIfAbsent(CollectionSpec spec) throws IOException {
        if (clusterState().hasCollection(spec.name())) {
            return false;
        }
        try {
            CollectionAdminRequest.createCollection(spec.name(), spec.configName(), spec.shards(), spec.replicas())
                    .process(client);
        } catch (SolrServerException e) {
            throw new IOException("creating collection " + spec.name() + " failed: " + e.getMessage(), e);
        }
        return true;
    }

    private ClusterState clusterState() {
        return client.getClusterStateProvider().getClusterState();
    }

    private void waitForLiveNodes(int count) throws IOException {
        long deadline = System.nanoTime() + NODES_UP.toNanos();
        while (client.getClusterStateProvider().getLiveNodes().size() < count) {
            pause(deadline, "only " + client.getClusterStateProvider().getLiveNodes().size() + " of " + count
                    + " Solr nodes joined the cluster");
        }
    }

    /** Waits until every replica of {@code collection} is active on a live node. */
    public void waitForActive(String collection) throws IOException {
        long deadline = System.nanoTime() + COLLECTION_ACTIVE.toNanos();
        while (true) {
            ClusterState state = clusterState();
            DocCollection c = state.getCollectionOrNull(collection);
            String waiting = c == null ? "collection " + collection + " to appear" : inactive(c, state.getLiveNodes());
            if (waiting == null) {
                return;
            }
            pause(deadline, "still waiting for " + waiting);
        }
    }

    /** Waits until every shard of {@code collection} has an active leader on a live node (replicas of stopped nodes may be down). */
    public void waitForLeaders(String collection) throws IOException {
        long deadline = System.nanoTime() + COLLECTION_ACTIVE.toNanos();
        while (true) {
            ClusterState state = clusterState();
            DocCollection c = state.getCollectionOrNull(collection);
            String waiting = c == null ? "collection " + collection + " to appear" : null;
            for (Slice slice : c == null ? List.<Slice>of() : c.getSlices()) {
                Replica leader = slice.getLeader();
                if (leader == null || !leader.isActive(state.getLiveNodes())) {
                    waiting = "a live leader of " + collection + "/" + slice.getName();
                }
            }
            if (waiting == null) {
                return;
            }
            pause(deadline, "still waiting for " + waiting);
        }
    }

    /** What of the collection is not active yet, or null when all is. */
    private static String inactive(DocCollection c, Set<String> liveNodes) {
        for (Slice slice : c.getSlices()) {
            if (slice.getLeader() == null) {
                return "a leader of " + c.getName() + "/" + slice.getName();
            }
            for (Replica r : slice.getReplicas()) {
                if (!r.isActive(liveNodes)) {
                    return "replica " + r.getName() + " of " + c.getName() + "/" + slice.getName() + " on " + r.getNodeName();
                }
            }
        }
        return null;
    }

    private static void pause(long deadline, String what) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new IOException("timed out: " + what);
        }
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        }
    }

    /** Whether this start created the collection (false: it was there from an earlier start). */
    public boolean created() {
        return created;
    }

    public ClusterLayout layout() {
        return layout;
    }

    public String zkAddress() {
        return layout.zkAddress();
    }

    /** The base URL of each node, {@code http://127.0.0.1:PORT/solr}. */
    public List<String> nodeUrls() {
        return layout.nodePorts().stream().map(p -> "http://127.0.0.1:" + p + "/solr").toList();
    }

    /** The collection's shards and the replicas of each, from the cluster state. */
    public String describe(String collection) {
        DocCollection c = clusterState().getCollectionOrNull(collection);
        if (c == null) {
            return "collection " + collection + ": absent";
        }
        int replicas = c.getSlices().stream().mapToInt(s -> s.getReplicas().size()).max().orElse(0);
        return "collection " + collection + ": " + c.getSlices().size() + " shards x " + replicas + " replicas";
    }

    /** A cluster-aware client of this cluster (closed with it). */
    public CloudSolrClient client() {
        return client;
    }

    /** Stops every node, then ZooKeeper; the data stays in the cluster folder. */
    @Override
    public void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing a client frees connections only
            }
        }
        for (JettySolrRunner node : nodes) {
            try {
                if (node.isRunning()) {
                    node.stop();
                }
            } catch (Exception ignored) {
                // go on stopping the others and ZooKeeper
            }
        }
        zooKeeper.close();
    }
}
