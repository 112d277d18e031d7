package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How one condition or validator on one transition is configured, parsed from the workflow descriptor's args
 * (all Strings, saved by {@link SoakGateFactory#getDescriptorParams(Map)}).
 *
 * @param soakHours             an explicit soak in hours; empty = the project's soak policy
 * @param linkTypeId            the link type from postmortem (source) to action (destination)
 * @param passWithoutPostmortem whether an issue with no linked postmortem may pass
 */
public record GateSettings(OptionalLong soakHours, long linkTypeId, boolean passWithoutPostmortem) {

    static final String ARG_SOURCE = "soakSource";
    static final String ARG_HOURS = "soakHours";
    static final String ARG_LINK_TYPE = "linkTypeId";
    static final String ARG_PASS_WITHOUT = "passWithoutPostmortem";

    static final String SOURCE_PROJECT = "project";
    static final String SOURCE_HOURS = "hours";

    public GateSettings {
        Objects.requireNonNull(soakHours, "soakHours");
    }

    /** The outcome of reading descriptor args: settings, or the problem that makes them unusable. */
    sealed interface Parsed permits Valid, Invalid {
    }

    record Valid(GateSettings settings) implements Parsed {
    }

    record Invalid(GateProblem problem) implements Parsed {
    }

    static Parsed parse(Map<?, ?> args) {
        String source = value(args, ARG_SOURCE);
        if (source.isEmpty()) {
            source = SOURCE_PROJECT;
        }
        OptionalLong hours = OptionalLong.empty();
        if (SOURCE_HOURS.equals(source)) {
            String raw = value(args, ARG_HOURS);
            try {
                long parsed = Long.parseLong(raw);
                if (parsed < 0 || parsed > SoakPolicy.MAX_HOURS) {
                    return invalid("postmortem.jira.soak.problem.hours", raw, SoakPolicy.MAX_HOURS);
                }
                hours = OptionalLong.of(parsed);
            } catch (NumberFormatException e) {
                return invalid("postmortem.jira.soak.problem.hours", raw, SoakPolicy.MAX_HOURS);
            }
        } else if (!SOURCE_PROJECT.equals(source)) {
            return invalid("postmortem.jira.soak.problem.source", source);
        }
        String rawLinkType = value(args, ARG_LINK_TYPE);
        if (rawLinkType.isEmpty()) {
            return invalid("postmortem.jira.soak.problem.linkTypeUnset");
        }
        long linkTypeId;
        try {
            linkTypeId = Long.parseLong(rawLinkType);
        } catch (NumberFormatException e) {
            return invalid("postmortem.jira.soak.problem.linkTypeMissing", rawLinkType);
        }
        boolean passWithout = Boolean.parseBoolean(value(args, ARG_PASS_WITHOUT));
        return new Valid(new GateSettings(hours, linkTypeId, passWithout));
    }

    /** The args this configuration is saved as. */
    Map<String, String> toArgs() {
        return Map.of(
                ARG_SOURCE, soakHours.isPresent() ? SOURCE_HOURS : SOURCE_PROJECT,
                ARG_HOURS, soakHours.isPresent() ? Long.toString(soakHours.getAsLong()) : "",
                ARG_LINK_TYPE, Long.toString(linkTypeId),
                ARG_PASS_WITHOUT, Boolean.toString(passWithoutPostmortem));
    }

    private static Invalid invalid(String key, Object... args) {
        return new Invalid(GateProblem.of(key, args));
    }

    static String value(Map<?, ?> args, String name) {
        Object value = args == null ? null : args.get(name);
        return value == null ? "" : value.toString().strip();
    }
}
