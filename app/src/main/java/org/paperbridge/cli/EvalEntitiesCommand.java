package org.paperbridge.cli;

import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.eval.EntityGold;
import org.paperbridge.eval.EntityScores;
import org.paperbridge.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code paperbridge eval entities --gold DIR}: tags each gold passage with the shipped lexicons and
 * prints mention F1 (exact span and type) and document-normalized F1 (per-passage sets of type and id),
 * per type and overall.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Tag the passages of an entity gold folder (gold/<id>.json, text/<id>.txt) and score the tags: "
                + "mention F1 (exact span and type) and document-normalized F1 (set of type and id per passage), per type.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "a gold folder such as fixtures/ner-zh")
    Path gold;

    @Option(names = "--part", paramLabel = "PART", description = "score only the passages of this part (tune, check)")
    String part;

    @Option(names = "--lang", defaultValue = "zh", description = "language the passages are tagged in (default: zh)")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "list every missed (-) and spurious (+) mention, and (~) right spans with another id")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<EntityGold.Passage> passages;
        try {
            passages = EntityGold.load(gold, part);
        } catch (IOException e) {
            spec.commandLine().getErr().println("eval entities: " + e.getMessage());
            return Main.USAGE;
        }
        if (passages.isEmpty()) {
            spec.commandLine().getErr().println("eval entities: no passages" + (part == null ? "" : " of part " + part)
                    + " in " + gold.resolve("gold"));
            return Main.USAGE;
        }
        EntityTagger tagger = new EntityTagger(Lexicon.load());
        EntityScores scores = new EntityScores();
        long chars = 0;
        for (EntityGold.Passage p : passages) {
            List<EntityGold.Mention> system = new ArrayList<>();
            for (Entity e : tagger.tag(p.text(), lang, p.id())) {
                system.add(new EntityGold.Mention(e.start(), e.end(), e.type(), e.id()));
            }
            scores.add(p.mentions(), system);
            chars += p.text().length();
            if (verbose) {
                listErrors(out, p, system);
            }
        }
        out.printf("%d passages%s, %,d characters, %d gold mentions%n", passages.size(),
                part == null ? "" : " (" + part + ")", chars, passages.stream().mapToInt(p -> p.mentions().size()).sum());
        table(out, "mentions (exact span and type)", scores.mentionsByType());
        table(out, "documents (type and id per passage)", scores.documentsByType());
        return 0;
    }

    private static void table(PrintWriter out, String title, Map<String, EntityScores.Counts> byType) {
        out.println(title + ":");
        out.printf("  %-10s %6s %6s %6s %7s %7s %7s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
        byType.forEach((type, c) -> row(out, type, c));
        row(out, "all", EntityScores.total(byType));
    }

    private static void row(PrintWriter out, String type, EntityScores.Counts c) {
        out.printf("  %-10s %6d %6d %6d %7.1f %7.1f %7.1f%n", type, c.tp(), c.fp(), c.fn(), 100 * c.precision(),
                100 * c.recall(), 100 * c.f1());
    }

    private static void listErrors(PrintWriter out, EntityGold.Passage p, List<EntityGold.Mention> system) {
        Set<EntityGold.Mention> spansGold = new HashSet<>();
        Set<List<Object>> goldKeys = new HashSet<>();
        for (EntityGold.Mention m : p.mentions()) {
            spansGold.add(m);
            goldKeys.add(List.of(m.type(), m.start(), m.end()));
        }
        Set<List<Object>> systemKeys = new HashSet<>();
        for (EntityGold.Mention m : system) {
            systemKeys.add(List.of(m.type(), m.start(), m.end()));
        }
        for (EntityGold.Mention m : p.mentions()) {
            if (!systemKeys.contains(List.of(m.type(), m.start(), m.end()))) {
                out.printf("%s - %s %s %s%n", p.id(), m.type(), slice(p.text(), m), m.id());
            }
        }
        Map<List<Object>, String> goldIds = new java.util.HashMap<>();
        p.mentions().forEach(m -> goldIds.put(List.of(m.type(), m.start(), m.end()), String.valueOf(m.id())));
        for (EntityGold.Mention m : system) {
            List<Object> key = List.of(m.type(), m.start(), m.end());
            if (!goldKeys.contains(key)) {
                out.printf("%s + %s %s %s%n", p.id(), m.type(), slice(p.text(), m), m.id());
            } else if (!goldIds.get(key).equals(String.valueOf(m.id()))) {
                out.printf("%s ~ %s %s %s (gold %s)%n", p.id(), m.type(), slice(p.text(), m), m.id(), goldIds.get(key));
            }
        }
    }

    private static String slice(String text, EntityGold.Mention m) {
        int b = text.offsetByCodePoints(0, m.start());
        return text.substring(b, text.offsetByCodePoints(b, m.end() - m.start()));
    }
}
