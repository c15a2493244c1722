package dev.summitbot.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder, its {@code sources/} and {@code facts/}, and the folder's parent
 * for the folder's own name: a folder replaced as a whole ({@code mv knowledge knowledge.old &&
 * cp -a other knowledge}, as deploy tools swap folders) is noticed, and the new one watched in
 * its place. A watch key follows a folder's inode, not its name, so after every change each
 * watched folder is compared with what was registered and registered again when it is another.
 */
final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
    /** Stands for the file key of a folder on a file system that has none: such folders are registered again every time. */
    private static final Object NO_FILE_KEY = new Object();

    private final WatchService watch;
    private final Path folder;
    private final WatchKey parentKey;
    /** The folders watched, each with its key and the file key (inode) it had when registered. */
    private final Map<Path, Registration> registered = new HashMap<>();

    private record Registration(WatchKey key, Object fileKey) {}

    private FolderWatch(WatchService watch, Path folder, WatchKey parentKey) {
        this.watch = watch;
        this.folder = folder;
        this.parentKey = parentKey;
    }

    static FolderWatch open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        WatchService watch = absolute.getFileSystem().newWatchService();
        try {
            WatchKey parentKey = absolute.getParent() == null ? null
                    : absolute.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            FolderWatch folderWatch = new FolderWatch(watch, absolute, parentKey);
            folderWatch.refresh();
            return folderWatch;
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    /**
     * Waits for a change in the knowledge, then until {@code quiet} has passed with no further
     * change (so a copy or an editor's save is finished), then registers replaced folders again.
     */
    void awaitQuietChange(QuietPeriod quiet) throws InterruptedException, IOException {
        while (true) {
            // At least 1 ms: what is left of the quiet period may round down to 0, and poll(0) would spin.
            WatchKey key = quiet.pending()
                    ? watch.poll(Math.max(1, quiet.left().toMillis()), TimeUnit.MILLISECONDS)
                    : watch.take();
            if (key != null && relevant(key)) {
                quiet.changed();
            }
            if (quiet.takeDue()) {
                refresh();
                return;
            }
        }
    }

    /** Registers every watched folder that is new or was replaced; forgets those that are gone. */
    void refresh() throws IOException {
        if (!Files.isDirectory(folder)) {
            LOG.warn("the knowledge folder {} is gone; watching for a new one to appear there", folder);
        }
        for (Path dir : new Path[] {folder, folder.resolve("sources"), folder.resolve("facts")}) {
            Optional<Object> now = fileKey(dir);
            Registration was = registered.get(dir);
            if (was != null && now.isPresent() && was.fileKey() != null && Objects.equals(was.fileKey(), now.get()) && was.key().isValid()) {
                continue;
            }
            if (was != null) {
                was.key().cancel();
                registered.remove(dir);
            }
            if (now.isPresent()) {
                if (was != null) {
                    LOG.info("{} was replaced; watching the new one", dir);
                }
                WatchKey key = dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                registered.put(dir, new Registration(key, now.get() == NO_FILE_KEY ? null : now.get()));
            }
        }
    }

    /** Drains the key's events; true when one concerns the knowledge (in the parent: only the folder's own name). */
    private boolean relevant(WatchKey key) {
        boolean relevant = key != parentKey;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (key == parentKey && (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || folder.getFileName().equals(event.context()))) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    /** The folder's file key (inode) when it is a folder; a placeholder where the file system has none. */
    private static Optional<Object> fileKey(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return Optional.empty();
            }
            return Optional.of(attributes.fileKey() == null ? NO_FILE_KEY : attributes.fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }


    @Override
    public void close() throws IOException {
        watch.close();
    }
}
