package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Expands the inputs of a run into a sorted list of source files: folders are walked recursively
 * (following symbolic links, with loops reported), file names filtered by include and exclude
 * globs. Files named explicitly are always taken.
 */
public final class SourceWalker {
    /** The files found and the problems met on the way (unreadable folders, link loops, missing inputs). */
    public record Found(List<Path> files, List<ErrorRecord> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /**
         * The files and problems of one shard, keyed by their paths relative to the input they were
         * found under (see {@link Shard#relativeKey}); the shards of a walk partition it. A problem
         * with an input itself (missing, unreadable) is every shard's: each machine must hear of it.
         */
        public Found inShard(Shard shard, List<Path> inputs) {
            List<Path> roots = inputs.stream().map(Path::normalize).toList();
            return new Found(
                    files.stream().filter(f -> shard.contains(Shard.relativeKey(f, inputs))).toList(),
                    problems.stream().filter(p -> {
                        Path at = Path.of(p.path()).normalize();
                        return roots.contains(at) || shard.contains(Shard.relativeKey(at, inputs));
                    }).toList());
        }
    }

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    public SourceWalker(List<String> includeGlobs, List<String> excludeGlobs) {
        FileSystem fs = java.nio.file.FileSystems.getDefault();
        this.include = includeGlobs.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        this.exclude = excludeGlobs.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
    }

    public Found walk(List<Path> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        List<ErrorRecord> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input.normalize());
            } else if (Files.isDirectory(input)) {
                walkFolder(input, files, problems);
            } else {
                problems.add(new ErrorRecord(input.toString(), "read", "no such file or folder"));
            }
        }
        return new Found(new ArrayList<>(files), problems);
    }

    private void walkFolder(Path root, TreeSet<Path> files, List<ErrorRecord> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && excluded(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && included(file) && !excluded(file)) {
                                files.add(file.normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "symbolic link loop: the folder links back to one of its parents"
                                    : "cannot read: " + e.getMessage();
                            problems.add(new ErrorRecord(file.toString(), "read", why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new ErrorRecord(root.toString(), "read", "cannot walk folder: " + e.getMessage()));
        }
    }

    private boolean included(Path file) {
        Path name = file.getFileName();
        return include.stream().anyMatch(m -> m.matches(name));
    }

    private boolean excluded(Path file) {
        Path name = file.getFileName();
        return exclude.stream().anyMatch(m -> m.matches(name));
    }
}
