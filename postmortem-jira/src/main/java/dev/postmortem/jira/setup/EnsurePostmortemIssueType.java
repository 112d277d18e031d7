package dev.postmortem.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.postmortem.jira.host.OldestFirst;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;

import java.util.Objects;
import java.util.Optional;

/**
 * Ensures the regular issue type "Postmortem". An existing type of that name is reused as it is (many sites have
 * one from a template). A new type is added by Jira to the default issue type scheme.
 *
 * <p>Icon: Jira requires an avatar id for a new issue type, and the javadoc gives no supported way for a plugin
 * to register its own system avatar. So the new type borrows the avatar of an existing regular type (the one
 * with the lowest id, usually a system type); an admin can pick a better icon in Issue types &gt; Edit, and
 * setup never touches the icon of a type it did not create.
 */
public class EnsurePostmortemIssueType implements SetupStep {

    static final String DESCRIPTION_KEY = "postmortem.jira.setup.issueType.description";

    private final IssueTypeManager issueTypeManager;
    private final PostmortemLookup lookup;
    private final SetupTexts texts;

    public EnsurePostmortemIssueType(IssueTypeManager issueTypeManager, PostmortemLookup lookup, SetupTexts texts) {
        this.issueTypeManager = issueTypeManager;
        this.lookup = lookup;
        this.texts = texts;
    }

    @Override
    public String id() {
        return PostmortemLookup.ISSUE_TYPE_ROLE;
    }

    @Override
    public StepResult ensure() {
        RememberedIds.Lookup<IssueType> remembered = lookup.rememberedIssueType();
        if (remembered instanceof RememberedIds.Found<IssueType> found) {
            // Found by id: whatever an administrator renamed it to, it is ours.
            IssueType type = found.object();
            if (type.isSubTask()) {
                return StepResult.attention("postmortem.jira.setup.issueType.isSubTask", type.getName());
            }
            return StepResult.unchanged("postmortem.jira.setup.issueType.present", type.getName(), type.getId());
        }
        StepResult result = adoptOrCreate();
        if (remembered instanceof RememberedIds.Gone<IssueType> gone && result.found()) {
            return StepResult.repaired("postmortem.jira.setup.issueType.replaced", gone.id(), result.args().get(0),
                    result.args().get(1));
        }
        return result;
    }

    private StepResult adoptOrCreate() {
        Optional<IssueType> existing = lookup.issueTypeByName();
        if (existing.isPresent()) {
            IssueType type = existing.get();
            if (type.isSubTask()) {
                // Jira names are unique across regular and sub-task types: we cannot add a second one.
                return StepResult.attention("postmortem.jira.setup.issueType.isSubTask", type.getName());
            }
            lookup.remember(PostmortemLookup.ISSUE_TYPE_ROLE, type.getId());
            return StepResult.unchanged("postmortem.jira.setup.issueType.present", type.getName(), type.getId());
        }
        Optional<Long> avatarId = borrowedAvatarId();
        if (avatarId.isEmpty()) {
            return StepResult.failed("postmortem.jira.setup.issueType.noAvatar");
        }
        String name = texts.text(PostmortemLookup.ISSUE_TYPE_NAME_KEY);
        IssueType created = issueTypeManager.createIssueType(name, texts.text(DESCRIPTION_KEY), avatarId.get());
        lookup.remember(PostmortemLookup.ISSUE_TYPE_ROLE, created.getId());
        return StepResult.created("postmortem.jira.setup.issueType.created", created.getName(), created.getId());
    }

    private Optional<Long> borrowedAvatarId() {
        return issueTypeManager.getIssueTypes().stream()
                .filter(type -> !type.isSubTask())
                .sorted(OldestFirst.ISSUE_TYPES)
                .map(IssueType::getAvatar)
                .filter(Objects::nonNull)
                .map(Avatar::getId)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
