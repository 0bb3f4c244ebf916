package vn.chibo.command.resolution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A resolution directory holding exactly the resolutions a test names. */
public class ResolutionsOf implements ResolutionDirectory {

    private final Map<String, Entry> entries = new HashMap<>();

    public ResolutionsOf with(Entry entry) {
        entries.put(entry.resolutionId(), entry);
        return this;
    }

    @Override
    public Optional<Entry> find(String resolutionId) {
        return Optional.ofNullable(entries.get(resolutionId));
    }
}
