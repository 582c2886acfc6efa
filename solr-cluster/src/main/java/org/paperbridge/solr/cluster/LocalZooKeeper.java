package org.paperbridge.solr.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;

/**
 * A single ZooKeeper server on the loopback address, its snapshots and transaction log in one
 * folder, so the cluster state (configsets, collections, replicas) survives a restart.
 */
final class LocalZooKeeper implements AutoCloseable {
    private static final int TICK_MILLIS = 2000;
    private static final int MAX_CLIENT_CONNECTIONS = 100;

    private final ZooKeeperServer server;
    private final ServerCnxnFactory connections;

    private LocalZooKeeper(ZooKeeperServer server, ServerCnxnFactory connections) {
        this.server = server;
        this.connections = connections;
    }

    static LocalZooKeeper start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        // Solr's admin screens ask ZooKeeper for its status with these four-letter words.
        System.setProperty("zookeeper.4lw.commands.whitelist", "mntr,conf,ruok,srvr");
        ZooKeeperServer server = new ZooKeeperServer(dataDir.toFile(), dataDir.toFile(), TICK_MILLIS);
        ServerCnxnFactory connections;
        try {
            connections = ServerCnxnFactory.createFactory(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), MAX_CLIENT_CONNECTIONS);
        } catch (IOException e) {
            server.shutdown();
            throw new IOException("ZooKeeper cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
        }
        try {
            connections.startup(server);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connections.shutdown();
            throw new IOException("interrupted while starting ZooKeeper", e);
        } catch (IOException e) {
            connections.shutdown();
            throw new IOException("ZooKeeper did not start: " + e.getMessage(), e);
        }
        return new LocalZooKeeper(server, connections);
    }

    @Override
    public void close() {
        connections.shutdown();
        server.shutdown();
    }
}
