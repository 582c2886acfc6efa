package org.paperbridge.batch;

import org.paperbridge.model.Stage;
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
 * (following symbolic links that stay inside the input folder, with loops reported; links that
 * lead out of it are reported and not followed unless asked), file names filtered by include and
 * exclude globs, the run's own output folder left out. Files named explicitly are always taken.
 * Two files whose names differ only in bytes that are not valid in the file-name encoding would
 * share one path in the manifest; both are reported instead, their names shown with the bytes.
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
    private final Path outDir;
    private final boolean followLinksOut;

    public SourceWalker(List<String> includeGlobs, List<String> excludeGlobs) {
        this(includeGlobs.stream().map(SourceWalker::glob).toList(), excludeGlobs.stream().map(SourceWalker::glob).toList(),
                null, false);
    }

    private SourceWalker(List<PathMatcher> include, List<PathMatcher> exclude, Path outDir, boolean followLinksOut) {
        this.include = include;
        this.exclude = exclude;
        this.outDir = outDir;
        this.followLinksOut = followLinksOut;
    }

    private static PathMatcher glob(String g) {
        FileSystem fs = java.nio.file.FileSystems.getDefault();
        return fs.getPathMatcher("glob:" + g);
    }

    /** This walker leaving out {@code dir} (the run's output folder) wherever it lies in an input tree. */
    public SourceWalker excluding(Path dir) {
        return new SourceWalker(include, exclude, dir, followLinksOut);
    }

    /** This walker following symbolic links out of the input folder too ({@code --follow-links-out}). */
    public SourceWalker followingLinksOut(boolean follow) {
        return new SourceWalker(include, exclude, outDir, follow);
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
                problems.add(new ErrorRecord(input.toString(), Stage.READ.label(), "no such file or folder"));
            }
        }
        return new Found(withoutCollisions(files, problems), problems);
    }

    /** The files less those whose path strings coincide (undecodable name bytes), which become problems. */
    private static List<Path> withoutCollisions(TreeSet<Path> files, List<ErrorRecord> problems) {
        java.util.Map<String, List<Path>> byName = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            byName.computeIfAbsent(f.toString(), k -> new ArrayList<>()).add(f);
        }
        List<Path> out = new ArrayList<>(files.size());
        for (List<Path> same : byName.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            for (Path f : same) {
                problems.add(new ErrorRecord(FileNames.withBytes(f), Stage.READ.label(), "the file name has bytes that are not "
                        + "valid " + FileNames.encoding() + ", and " + (same.size() - 1) + " other file(s) read the "
                        + "same once decoded; rename them to process them"));
            }
        }
        return out;
    }

    private void walkFolder(Path root, TreeSet<Path> files, List<ErrorRecord> problems) {
        Object outKey = fileKey(outDir);
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new ErrorRecord(root.toString(), Stage.READ.label(), "cannot walk folder: " + e.getMessage()));
            return;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && excluded(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (outKey != null && outKey.equals(attrs.fileKey())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!dir.equals(root) && leavesTree(dir, realRoot, problems)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && included(file) && !excluded(file)
                                    && !leavesTree(file, realRoot, problems)) {
                                files.add(file.normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "symbolic link loop: the folder links back to one of its parents"
                                    : "cannot read: " + e.getMessage();
                            problems.add(new ErrorRecord(file.toString(), Stage.READ.label(), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new ErrorRecord(root.toString(), Stage.READ.label(), "cannot walk folder: " + e.getMessage()));
        }
    }

    /** Whether {@code p} is a symbolic link out of the tree at {@code realRoot} that is not to be followed (reported). */
    private boolean leavesTree(Path p, Path realRoot, List<ErrorRecord> problems) {
        if (followLinksOut || !Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            Path real = p.toRealPath();
            if (real.startsWith(realRoot)) {
                return false;
            }
            problems.add(new ErrorRecord(p.toString(), Stage.READ.label(), "symbolic link out of the input folder (to " + real
                    + "); not followed (--follow-links-out follows such links)"));
        } catch (IOException e) {
            problems.add(new ErrorRecord(p.toString(), Stage.READ.label(), "cannot follow symbolic link: " + e.getMessage()));
        }
        return true;
    }

    private static Object fileKey(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
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
