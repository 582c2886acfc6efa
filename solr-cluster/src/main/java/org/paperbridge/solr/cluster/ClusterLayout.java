package org.paperbridge.solr.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a local cluster lives: its folder, the ZooKeeper port and one port per Solr node. It is
 * recorded in {@code DIR/cluster.properties} on first start, because a node's name in the cluster
 * state is its host and port: a restart must use the same ports to find its replicas again.
 */
public record ClusterLayout(Path dir, int zkPort, List<Integer> nodePorts) {
    static final String FILE = "cluster.properties";
    /** ZooKeeper listens this far above the first node's port, as with Solr's own {@code bin/solr -c}. */
    static final int ZK_OFFSET = 1000;

    public ClusterLayout {
        nodePorts = List.copyOf(nodePorts);
        if (nodePorts.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs at least one node");
        }
    }

    /**
     * The layout of a new cluster of {@code nodes} nodes: ports {@code port}, {@code port + 1}, …
     * and ZooKeeper at {@code port + 1000}; port 0 picks free ports (for tests and parallel runs).
     */
    public static ClusterLayout of(Path dir, int nodes, int port) throws IOException {
        if (nodes < 1) {
            throw new IllegalArgumentException("--nodes must be at least 1, not " + nodes);
        }
        if (port < 0 || port + nodes - 1 + ZK_OFFSET > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and " + (65535 - ZK_OFFSET - nodes + 1)
                    + " (or 0 for free ports), not " + port);
        }
        List<Integer> ports = new ArrayList<>();
        if (port == 0) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i <= nodes; i++) {
                    held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
                }
                held.forEach(s -> ports.add(s.getLocalPort()));
            } finally {
                for (ServerSocket s : held) {
                    s.close();
                }
            }
            return new ClusterLayout(dir, ports.remove(0), ports);
        }
        for (int i = 0; i < nodes; i++) {
            ports.add(port + i);
        }
        return new ClusterLayout(dir, port + ZK_OFFSET, ports);
    }

    /** The layout recorded in {@code dir}, if a cluster was started there before. */
    public static Optional<ClusterLayout> recorded(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            List<Integer> ports = new ArrayList<>();
            for (String s : p.getProperty("nodePorts", "").split(",")) {
                ports.add(Integer.parseInt(s.strip()));
            }
            return Optional.of(new ClusterLayout(dir, Integer.parseInt(p.getProperty("zkPort", "").strip()), ports));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged (" + e.getMessage() + "); move the folder away to start afresh");
        }
    }

    /** Records the layout in {@code dir/cluster.properties}. */
    public void record() throws IOException {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("zkPort", Integer.toString(zkPort));
        p.setProperty("nodePorts", String.join(",", nodePorts.stream().map(String::valueOf).toList()));
        Path tmp = dir.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "PaperBridge local SolrCloud: the ports its nodes are known by in ZooKeeper");
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public int nodes() {
        return nodePorts.size();
    }

    public String zkAddress() {
        return "127.0.0.1:" + zkPort;
    }

    /** The Solr home of node {@code i} (from 0). */
    public Path nodeHome(int i) {
        return dir.resolve("node" + (i + 1));
    }

    public Path zkData() {
        return dir.resolve("zookeeper");
    }

    public Path pidFile() {
        return dir.resolve("cluster.pid");
    }

    public Path logs() {
        return dir.resolve("logs");
    }
}
