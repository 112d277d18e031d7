package dev.postmortem.confluence.macro;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/** Who is reading the page, in which language and time zone, from SAL. */
public final class CurrentViewer {

    private final UserManager userManager;
    private final LocaleResolver localeResolver;
    private final TimeZoneManager timeZoneManager;

    public CurrentViewer(UserManager userManager, LocaleResolver localeResolver, TimeZoneManager timeZoneManager) {
        this.userManager = userManager;
        this.localeResolver = localeResolver;
        this.timeZoneManager = timeZoneManager;
    }

    Viewer get() {
        UserKey key = userManager.getRemoteUserKey();
        Locale locale = localeResolver.getLocale();
        TimeZone zone = timeZoneManager.getUserTimeZone();
        return new Viewer(key == null ? null : key.getStringValue(),
                locale == null ? Locale.ENGLISH : locale,
                zone == null ? ZoneOffset.UTC : zone.toZoneId());
    }
}
