package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The text formats of a stored policy, independent of any database. */
class SoakPolicyCodecTest {

    @Test
    void businessDaysAreStoredAsSortedIsoDayNumbersZoneIdAndSortedIsoDates() {
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY), ZoneId.of("Europe/Berlin"),
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-01-01")));

        SoakPolicyCodec.Columns columns = SoakPolicyCodec.columns(SoakPolicy.ofBusinessDays(4, calendar));

        assertThat(columns).isEqualTo(new SoakPolicyCodec.Columns("BUSINESS_DAYS", 4, "1,3,5", "Europe/Berlin",
                "2026-01-01,2026-12-25"));
    }

    @Test
    void hoursAreStoredWithoutACalendar() {
        assertThat(SoakPolicyCodec.columns(SoakPolicy.ofHours(36)))
                .isEqualTo(new SoakPolicyCodec.Columns("HOURS", 36, null, null, null));
    }

    @Test
    void readingToleratesSpacesAndEmptyHolidays() {
        SoakPolicyEntity row = row("BUSINESS_DAYS", 2L, " 5, 1 ,3 ", "UTC", " ");

        assertThat(SoakPolicyCodec.read(row)).isEqualTo(SoakPolicy.ofBusinessDays(2, new WorkingCalendar(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), ZoneId.of("UTC"), Set.of())));
    }

    @Test
    void anUnknownModeOrADayOutOfRangeIsAnUnreadableRow() {
        assertThatThrownBy(() -> SoakPolicyCodec.read(row("WEEKS", 2L, null, null, null)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SoakPolicyCodec.read(row("BUSINESS_DAYS", 2L, "0,8", "UTC", null)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SoakPolicyCodec.read(row("BUSINESS_DAYS", 2L, "1", "UTC", "24.12.2026")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static SoakPolicyEntity row(String mode, Long amount, String days, String zone, String holidays) {
        SoakPolicyEntity row = mock(SoakPolicyEntity.class);
        when(row.getSoakMode()).thenReturn(mode);
        when(row.getAmount()).thenReturn(amount);
        when(row.getWorkingDays()).thenReturn(days);
        when(row.getZoneId()).thenReturn(zone);
        when(row.getHolidays()).thenReturn(holidays);
        return row;
    }
}
