package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@link NoticeLedger} on Active Objects. AO cannot declare (kind, subject, occasion, recipient) unique, so a claim
 * holds the subject's cluster lock {@value #LOCK_NAME_PREFIX}&lt;subject id&gt; from before its read until after its
 * own transaction has committed (ADR 0011, ADR 0025): two nodes claiming the same notice run one after the other, and
 * the second reads the first one's row. A claim that cannot get the lock within {@code lockWait} is not won (false,
 * logged): the next run tries again. Should a duplicate row exist anyway (say, written by hand), the oldest counts.
 */
public class AoNoticeLedger implements NoticeLedger {

    /** Followed by the subject id; never change it while a cluster may run two versions of the app. */
    static final String LOCK_NAME_PREFIX = "dev.postmortem.postmortem-jira.notices-";

    private static final Logger LOG = LoggerFactory.getLogger(AoNoticeLedger.class);
    private static final String BY_ID = NoticeEntity.COLUMN_SUBJECT_ID + " = ? AND " + NoticeEntity.COLUMN_NOTICE_KIND
            + " = ? AND " + NoticeEntity.COLUMN_OCCASION + " = ? AND " + NoticeEntity.COLUMN_RECIPIENT_KEY + " = ?";

    private final ActiveObjects ao;
    private final ClusterLockService clusterLockService;
    private final Duration lockWait;

    public AoNoticeLedger(ActiveObjects ao, ClusterLockService clusterLockService, Duration lockWait) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clusterLockService = Objects.requireNonNull(clusterLockService, "clusterLockService");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
    }

    static String lockName(long subjectId) {
        return LOCK_NAME_PREFIX + subjectId;
    }

    @Override
    public boolean claim(NoticeId id, Instant now, Duration staleAfter) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (state(id).filter(state -> state == State.SENT).isPresent()) {
            return false; // the common case of every later run: no lock needed
        }
        ClusterLock lock = clusterLockService.getLockForName(lockName(id.subjectId()));
        try {
            if (!lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("Notice {} not claimed: another node held the cluster lock {} for more than {} ms;"
                        + " tried again on the next run", id, lockName(id.subjectId()), lockWait.toMillis());
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return ao.executeInTransaction(() -> claimLocked(id, now, staleAfter));
        } finally {
            lock.unlock();
        }
    }

    private boolean claimLocked(NoticeId id, Instant now, Duration staleAfter) {
        NoticeEntity[] rows = rows(id);
        if (rows.length == 0) {
            ao.create(NoticeEntity.class,
                    new DBParam(NoticeEntity.COLUMN_NOTICE_KIND, id.kind()),
                    new DBParam(NoticeEntity.COLUMN_SUBJECT_ID, id.subjectId()),
                    new DBParam(NoticeEntity.COLUMN_OCCASION, id.occasion()),
                    new DBParam(NoticeEntity.COLUMN_RECIPIENT_KEY, id.recipientKey()),
                    new DBParam(NoticeEntity.COLUMN_NOTICE_STATE, State.PENDING.name()),
                    new DBParam(NoticeEntity.COLUMN_ATTEMPTS, 0),
                    new DBParam(NoticeEntity.COLUMN_UPDATED_AT, now.toEpochMilli()));
            return true;
        }
        NoticeEntity row = rows[0];
        State state = read(row);
        boolean stale = state == State.PENDING
                && !Instant.ofEpochMilli(row.getUpdatedAt()).plus(staleAfter).isAfter(now);
        if (state == State.FAILED || stale) {
            row.setNoticeState(State.PENDING.name());
            row.setUpdatedAt(now.toEpochMilli());
            row.save();
            return true;
        }
        return false;
    }

    @Override
    public void markSent(NoticeId id, Instant now) {
        update(id, now, State.SENT);
    }

    @Override
    public void markFailed(NoticeId id, Instant now) {
        update(id, now, State.FAILED);
    }

    private void update(NoticeId id, Instant now, State state) {
        Objects.requireNonNull(now, "now");
        ao.executeInTransaction(() -> {
            NoticeEntity[] rows = rows(id);
            if (rows.length == 0) {
                throw new IllegalStateException("notice never claimed: " + id);
            }
            NoticeEntity row = rows[0];
            if (read(row) == State.SENT) {
                return null; // sent stays sent
            }
            row.setNoticeState(state.name());
            if (state == State.FAILED) {
                row.setAttempts(row.getAttempts() + 1);
            }
            row.setUpdatedAt(now.toEpochMilli());
            row.save();
            return null;
        });
    }

    @Override
    public Optional<State> state(NoticeId id) {
        return ao.executeInTransaction(() -> {
            NoticeEntity[] rows = rows(id);
            return rows.length == 0 ? Optional.<State>empty() : Optional.of(read(rows[0]));
        });
    }

    private NoticeEntity[] rows(NoticeId id) {
        return ao.find(NoticeEntity.class, Query.select()
                .where(BY_ID, id.subjectId(), id.kind(), id.occasion(), id.recipientKey())
                .order("ID ASC"));
    }

    /** A state this version does not know (a newer model's) counts as sent: never send twice. */
    private static State read(NoticeEntity row) {
        return Arrays.stream(State.values())
                .filter(state -> state.name().equals(row.getNoticeState()))
                .findFirst()
                .orElse(State.SENT);
    }
}
