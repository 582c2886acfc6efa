package org.paperbridge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.solr.Configset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge solr configset DIR}: what operators need to host the index on SolrCloud. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = {"SolrCloud support: write the configset for a PaperBridge collection.",
                "The launcher's 'solr start|stop|build' run a local SolrCloud with the plugin (README, \"SolrCloud\")."},
        subcommands = SolrCommand.ConfigsetCommand.class)
public final class SolrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes managed-schema.xml, solrconfig.xml and the segmenter's dictionary. */
    @Command(name = "configset", mixinStandardHelpOptions = true,
            description = {"Write the configset (schema, solrconfig, dictionary) into DIR.",
                    "Upload it with: solr zk upconfig -n paperbridge -d DIR -z ZK_HOST"})
    static final class ConfigsetCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "Folder to write the configset into.")
        Path dir;

        @Override
        public Integer call() {
            try {
                Configset.write(dir, BilingualTerms.load().chinese());
            } catch (IOException e) {
                spec.commandLine().getErr().println("solr configset: cannot write " + dir + ": " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println("configset written to " + dir
                    + " (managed-schema.xml, solrconfig.xml, " + Configset.TERMS_FILE + ")");
            return 0;
        }
    }
}
