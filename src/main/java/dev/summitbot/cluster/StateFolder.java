package dev.summitbot.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder the processes of one bot share: one {@code process-<id>.json} per process and one
 * {@code reload-request.json}. Every file is written whole to a hidden temporary file and renamed over the
 * old one ({@code ATOMIC_MOVE}), so a reader sees the old content or the new, never half of it. A file that
 * cannot be read or parsed is logged once (until it changes) and ignored.
 */
public final class StateFolder {

    private static final Logger LOG = LoggerFactory.getLogger(StateFolder.class);
    static final String REQUEST = "reload-request.json";
    static final String LOCK = ".request.lock";
    private static final String STATUS_PREFIX = "process-";
    private static final String SUFFIX = ".json";
    /** One JVM may hold a file lock once: its own threads (and tests' second member) queue here first. */
    private static final Object JVM_REQUEST_LOCK = new Object();

    private final ObjectMapper json = new ObjectMapper();
    private final Path folder;
    /** Files already warned about, by name, size and modification time: a bad file is logged once, not every heartbeat. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private StateFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates the folder if needed and checks that this process can write there.
     *
     * @throws IOException naming the folder and the problem, for the bot to stop at start with
     */
    public static StateFolder open(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the cluster state folder " + folder + ": " + describe(e), e);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("the cluster state folder " + folder + " is not a folder");
        }
        Path probe = folder.resolve(".probe-" + UUID.randomUUID());
        try {
            Files.writeString(probe, "probe\n", StandardCharsets.UTF_8);
            Files.delete(probe);
        } catch (IOException e) {
            throw new IOException("cannot write in the cluster state folder " + folder + ": " + describe(e), e);
        }
        return new StateFolder(folder);
    }

    public Path folder() {
        return folder;
    }

    void writeStatus(ProcessStatus status) throws IOException {
        writeAtomically(statusFile(status.process()), status);
    }

    void deleteStatus(String process) throws IOException {
        Files.deleteIfExists(statusFile(process));
    }

    /** Every readable status, by process id; corrupt or unreadable ones are logged and left out. */
    List<ProcessStatus> statuses() {
        List<ProcessStatus> statuses = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, STATUS_PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                read(file, ProcessStatus.class).ifPresent(statuses::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list the cluster state folder {}: {}", folder, describe(e));
        }
        statuses.sort(Comparator.comparing(ProcessStatus::process));
        return statuses;
    }

    /** The last reload request; empty when there is none yet, or it cannot be read (logged). */
    Optional<ReloadRequest> request() {
        return read(folder.resolve(REQUEST), ReloadRequest.class);
    }

    /**
     * Writes the next reload request: one generation above both the current request and every generation a
     * process reports, so that a lost or corrupt request file never makes a new request look old. Processes
     * asking at the same moment take turns on a lock file, so no two requests get the same generation.
     */
    ReloadRequest nextRequest(String process, String actor, Instant at) throws IOException {
        synchronized (JVM_REQUEST_LOCK) {
            try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                long highest = request().map(ReloadRequest::generation).orElse(0L);
                for (ProcessStatus status : statuses()) {
                    highest = Math.max(highest, status.generation());
                }
                ReloadRequest next = new ReloadRequest(highest + 1, process, actor, at.toString());
                writeAtomically(folder.resolve(REQUEST), next);
                return next;
            }
        }
    }

    private Path statusFile(String process) {
        return folder.resolve(STATUS_PREFIX + process + SUFFIX);
    }

    private void writeAtomically(Path target, Object value) throws IOException {
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, json.writeValueAsBytes(value));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the cluster state folder " + folder + " cannot rename files atomically; "
                        + "use a local or NFS folder that can", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private <T> Optional<T> read(Path file, Class<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warnOnce(file, "cannot be read: " + describe(e));
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(bytes, type));
        } catch (IOException | RuntimeException e) {
            warnOnce(file, "is not a valid " + (type == ReloadRequest.class ? "reload request" : "process status")
                    + " (" + firstLine(e.getMessage()) + ")");
            return Optional.empty();
        }
    }

    private void warnOnce(Path file, String problem) {
        String key;
        try {
            key = file.getFileName() + "/" + Files.size(file) + "/" + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            key = file.getFileName().toString();
        }
        if (warned.add(key)) {
            LOG.warn("cluster state file {} {}; ignored", file, problem);
        }
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e instanceof NoSuchFileException ? "no such file or folder"
                : e.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message).strip();
    }
}
