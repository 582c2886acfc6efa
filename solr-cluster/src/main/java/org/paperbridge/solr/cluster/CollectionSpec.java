package org.paperbridge.solr.cluster;

/** The collection a local cluster serves: its name, configset name, and the shards and replicas it is created with. */
public record CollectionSpec(String name, String configName, int shards, int replicas) {
    public CollectionSpec {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("--collection must be letters, digits, '.', '_' or '-', not '" + name + "'");
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("--shards and --replicas must be at least 1");
        }
    }
}
