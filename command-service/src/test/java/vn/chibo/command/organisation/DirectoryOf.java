package vn.chibo.command.organisation;

import vn.chibo.events.organisation.OrganisationKind;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An organisation directory holding exactly the organisations a test names. */
public class DirectoryOf implements OrganisationDirectory {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> ended = new HashSet<>();

    public DirectoryOf committee(String id, String name) {
        return committee(id, name, null);
    }

    public DirectoryOf committee(String id, String name, String parentId) {
        entries.put(id, new Entry(id, OrganisationKind.COMMITTEE, parentId, name));
        return this;
    }

    public DirectoryOf cell(String id, String name) {
        return cell(id, name, "parent");
    }

    public DirectoryOf cell(String id, String name, String parentId) {
        entries.put(id, new Entry(id, OrganisationKind.CELL, parentId, name));
        return this;
    }

    /** Marks a named organisation as dissolved, absorbed or split. */
    public DirectoryOf ended(String id) {
        ended.add(id);
        return this;
    }

    @Override
    public Optional<Entry> find(String organisationId) {
        return Optional.ofNullable(entries.get(organisationId));
    }

    @Override
    public List<Entry> children(String organisationId) {
        return entries.values().stream()
                .filter(entry -> organisationId.equals(entry.parentId()) && !ended.contains(entry.organisationId()))
                .toList();
    }

    @Override
    public boolean isActive(String organisationId) {
        return entries.containsKey(organisationId) && !ended.contains(organisationId);
    }
}
