package dev.postmortem.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages a host product exports to plugins, with their versions: one documented list per product in
 * {@code src/main/resources/dev/postmortem/verification/host-packages/}, plus the Platform 8 list both share.
 * Each line is {@code package;version=x.y.z} with a comment saying where the fact comes from.
 */
public final class HostPackages {

    private final String product;
    private final List<String> exports;

    private HostPackages(String product, List<String> exports) {
        this.product = product;
        this.exports = List.copyOf(exports);
    }

    /** @param product {@code jira} or {@code confluence} */
    public static HostPackages of(String product) {
        List<String> exports = new ArrayList<>(read("platform-8.txt"));
        exports.addAll(read(switch (product) {
            case "jira" -> "jira-11.3.txt";
            case "confluence" -> "confluence-10.2.txt";
            default -> throw new IllegalArgumentException("Unknown product '" + product + "': jira or confluence");
        }));
        return new HostPackages(product, exports);
    }

    public static HostPackages of(String product, List<String> exports) {
        return new HostPackages(product, exports);
    }

    public String product() {
        return product;
    }

    public List<String> exports() {
        return exports;
    }

    /** The value of org.osgi.framework.system.packages.extra. */
    public String asSystemPackagesExtra() {
        return String.join(",", exports);
    }

    private static List<String> read(String file) {
        String resource = "host-packages/" + file;
        try (InputStream in = HostPackages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.replaceAll("#.*", "").trim();
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
