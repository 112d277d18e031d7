package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortem.core.soak.SoakPolicy;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@link SoakPolicyStore} on Active Objects. AO cannot declare a unique constraint, so two nodes saving the same
 * project's first policy at once could leave two rows: reads take the oldest row (lowest ID) and a save updates
 * it and removes any extra, which repairs such a duplicate on the next write.
 */
public class AoSoakPolicyStore implements SoakPolicyStore {

    private static final String BY_PROJECT = SoakPolicyEntity.COLUMN_PROJECT_ID + " = ?";
    private static final String SITE_DEFAULT = SoakPolicyEntity.COLUMN_PROJECT_ID + " IS NULL";
    private static final String OLDEST_FIRST = "ID ASC";

    private final ActiveObjects ao;

    public AoSoakPolicyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<SoakPolicy> siteDefault() {
        return ao.executeInTransaction(() -> first(siteDefaultRows()).map(SoakPolicyCodec::read));
    }

    @Override
    public void saveSiteDefault(SoakPolicy policy) {
        ao.executeInTransaction(() -> {
            save(siteDefaultRows(), null, policy);
            return null;
        });
    }

    @Override
    public Optional<SoakPolicy> forProject(long projectId) {
        return ao.executeInTransaction(() -> first(projectRows(projectId)).map(SoakPolicyCodec::read));
    }

    @Override
    public void saveForProject(long projectId, SoakPolicy policy) {
        ao.executeInTransaction(() -> {
            save(projectRows(projectId), projectId, policy);
            return null;
        });
    }

    @Override
    public boolean removeForProject(long projectId) {
        return ao.executeInTransaction(() -> {
            SoakPolicyEntity[] rows = projectRows(projectId);
            ao.delete(rows);
            return rows.length > 0;
        });
    }

    private SoakPolicyEntity[] siteDefaultRows() {
        return ao.find(SoakPolicyEntity.class, Query.select().where(SITE_DEFAULT).order(OLDEST_FIRST));
    }

    private SoakPolicyEntity[] projectRows(long projectId) {
        return ao.find(SoakPolicyEntity.class, Query.select().where(BY_PROJECT, projectId).order(OLDEST_FIRST));
    }

    private void save(SoakPolicyEntity[] existing, Long projectId, SoakPolicy policy) {
        SoakPolicyCodec.Columns columns = SoakPolicyCodec.columns(policy);
        if (existing.length == 0) {
            ao.create(SoakPolicyEntity.class,
                    new DBParam(SoakPolicyEntity.COLUMN_PROJECT_ID, projectId),
                    new DBParam(SoakPolicyEntity.COLUMN_SOAK_MODE, columns.soakMode()),
                    new DBParam(SoakPolicyEntity.COLUMN_AMOUNT, columns.amount()),
                    new DBParam(SoakPolicyEntity.COLUMN_WORKING_DAYS, columns.workingDays()),
                    new DBParam(SoakPolicyEntity.COLUMN_ZONE_ID, columns.zoneId()),
                    new DBParam(SoakPolicyEntity.COLUMN_HOLIDAYS, columns.holidays()));
            return;
        }
        SoakPolicyEntity row = existing[0];
        columns.writeTo(row);
        row.save();
        if (existing.length > 1) {
            ao.delete(Arrays.copyOfRange(existing, 1, existing.length));
        }
    }

    private static Optional<SoakPolicyEntity> first(SoakPolicyEntity[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
