package dev.postmortem.core.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which links a page may show: only absolute http(s) URLs with a host, never javascript:, data: or relative ones. */
public final class WebLinks {

    private WebLinks() {
    }

    /** The URL as it may be put in an {@code href}, or null when it is not an absolute http(s) URL with a host. */
    public static String safeHttpUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("https") || lower.equals("http") ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
