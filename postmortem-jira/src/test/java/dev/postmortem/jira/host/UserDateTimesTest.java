package dev.postmortem.jira.host;

import com.atlassian.jira.datetime.DateTimeStyle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;

class UserDateTimesTest {

    private final UserFormatter jira = new UserFormatter(ZoneId.of("Europe/Berlin"));
    private final UserDateTimes dateTimes = new UserDateTimes(jira.injected);

    @Test
    void formatsWithTheLoggedInUsersCompleteDateTimeFormat() {
        Instant instant = Instant.parse("2026-11-24T09:12:30Z");

        assertThat(dateTimes.format(instant)).isEqualTo("24/Nov/26 10:12 AM");
        verify(jira.forUser).withStyle(DateTimeStyle.COMPLETE);
        verify(jira.complete).format(new Date(instant.toEpochMilli()));
    }

    @Test
    void anAbsentTimeIsTheCallersToHandle() {
        assertThatThrownBy(() -> dateTimes.format(null)).isInstanceOf(NullPointerException.class);
    }
}
