package mirage.assets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The folders an import may read files from, besides the model file itself: its buffers ({@code .bin}), material
 * libraries ({@code .mtl}) and textures. A file is allowed when its real path ({@link Path#toRealPath}, every
 * symbolic link followed) is, or lies below, the real path of one of the folders; so {@code ..}, absolute paths
 * and links that lead elsewhere are refused. Folders that do not exist allow nothing. Immutable, thread-safe.
 */
public final class AllowedFolders {
    private final List<Path> folders;
    private final List<Path> real;

    private AllowedFolders(List<Path> folders) {
        this.folders = List.copyOf(folders);
        List<Path> r = new ArrayList<>();
        for (Path f : folders) {
            try {
                r.add(f.toRealPath());
            } catch (IOException | SecurityException e) {
                // a folder that cannot be resolved allows nothing
            }
        }
        this.real = List.copyOf(r);
    }

    /** @param folders relative ones are taken against the working directory */
    public static AllowedFolders of(List<Path> folders) {
        Set<Path> unique = new LinkedHashSet<>();
        for (Path f : folders) unique.add(Objects.requireNonNull(f, "folder").toAbsolutePath().normalize());
        return new AllowedFolders(new ArrayList<>(unique));
    }

    /** These folders plus {@code folder} (typically the model file's own folder), which is listed first. */
    public AllowedFolders with(Path folder) {
        List<Path> all = new ArrayList<>();
        all.add(folder);
        all.addAll(folders);
        return of(all);
    }

    /** The folders, absolute and normalised, in the order given. */
    public List<Path> folders() {
        return folders;
    }

    /** Whether {@code file} exists and its real path lies inside one of the folders. */
    public boolean allows(Path file) {
        try {
            Path r = file.toRealPath();
            for (Path root : real)
                if (r.startsWith(root)) return true;
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** For messages: "/a" or "/a, /b". */
    public String describe() {
        return String.join(", ", folders.stream().map(Path::toString).toList());
    }

    @Override public String toString() {
        return "AllowedFolders" + folders;
    }
}
