package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link SetupObjects} on Active Objects. Setup writes under its cluster lock, so two writers of one role are not
 * expected; should a duplicate row exist all the same, reads take the oldest and the next write removes the rest
 * (the rule of {@code AoSoakPolicyStore}).
 */
public class AoSetupObjects implements SetupObjects {

    private static final String BY_ROLE = SetupObjectEntity.COLUMN_ROLE_NAME + " = ?";
    private static final String OLDEST_FIRST = "ID ASC";

    private final ActiveObjects ao;

    public AoSetupObjects(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<String> idOf(String role) {
        checked(role, "role");
        return ao.executeInTransaction(() -> {
            SetupObjectEntity[] rows = rows(role);
            return rows.length == 0 ? Optional.<String>empty() : Optional.of(rows[0].getObjectId());
        });
    }

    @Override
    public boolean remember(String role, String objectId) {
        checked(role, "role");
        checked(objectId, "objectId");
        return ao.executeInTransaction(() -> {
            SetupObjectEntity[] rows = rows(role);
            if (rows.length == 0) {
                ao.create(SetupObjectEntity.class, new DBParam(SetupObjectEntity.COLUMN_ROLE_NAME, role),
                        new DBParam(SetupObjectEntity.COLUMN_OBJECT_ID, objectId));
                return true;
            }
            boolean changed = rows.length > 1 || !objectId.equals(rows[0].getObjectId());
            if (!objectId.equals(rows[0].getObjectId())) {
                rows[0].setObjectId(objectId);
                rows[0].save();
            }
            if (rows.length > 1) {
                ao.delete(Arrays.copyOfRange(rows, 1, rows.length));
            }
            return changed;
        });
    }

    private SetupObjectEntity[] rows(String role) {
        return ao.find(SetupObjectEntity.class, Query.select().where(BY_ROLE, role).order(OLDEST_FIRST));
    }

    private static void checked(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
