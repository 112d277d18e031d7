package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.StepResult.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The second link type, "is postmortem of" / "has postmortem", on the setup doubles. */
class EnsureIncidentLinkTypeTest {

    private final FakeJira jira = new FakeJira();

    private StepResult run() {
        SetupTexts texts = new SetupTexts(jira.i18n);
        return new EnsureIncidentLinkType(jira.linkTypes.manager(), jira.lookup(texts), texts).ensure();
    }

    private PostmortemLookup lookup() {
        return jira.lookup(new SetupTexts(jira.i18n));
    }

    @Test
    void createsTheLinkTypeOnceAndRemembersItById() {
        StepResult first = run();
        StepResult second = run();

        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(jira.linkTypes.all).singleElement().satisfies(type -> {
            assertThat(type.getName()).isEqualTo("Postmortem");
            assertThat(type.getOutward()).isEqualTo("is postmortem of");
            assertThat(type.getInward()).isEqualTo("has postmortem");
        });
        assertThat(jira.remembered.idOf("incident-link-type"))
                .contains(String.valueOf(jira.linkTypes.all.get(0).getId()));
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).contains(jira.linkTypes.all.get(0));
    }

    @Test
    void isCreatedWithGermanNamesWhenJiraSpeaksGerman() {
        jira.i18n = JiraTexts.in(Locale.GERMAN);

        run();

        assertThat(jira.linkTypes.all).singleElement().satisfies(type -> {
            assertThat(type.getOutward()).isEqualTo("ist Postmortem von");
            assertThat(type.getInward()).isEqualTo("hat Postmortem");
        });
    }

    @Test
    void anExistingTypeOfThatNameIsAdoptedWithTheAdminsWording() {
        jira.linkTypes.add("Postmortem", "reviews", "is reviewed by");

        StepResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(jira.linkTypes.all).hasSize(1);
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).contains(jira.linkTypes.all.get(0));
    }

    @Test
    void keepsItsOwnRoleApartFromTheActionLinkType() {
        SetupTexts texts = new SetupTexts(jira.i18n);
        new EnsurePostmortemActionLinkType(jira.linkTypes.manager(), jira.lookup(texts), texts).ensure();
        run();

        assertThat(jira.linkTypes.all).extracting(IssueLinkType::getName)
                .containsExactly("Postmortem action", "Postmortem");
        assertThat(lookup().actionLinkType()).map(IssueLinkType::getName).contains("Postmortem action");
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).map(IssueLinkType::getName).contains("Postmortem");
    }

    @Test
    void aRenamedTypeIsStillOursAndADeletedOneIsReplaced() {
        run();
        IssueLinkType ours = jira.linkTypes.all.get(0);
        jira.linkTypes.rename(ours, "Review");
        assertThat(run().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).contains(ours);

        jira.linkTypes.delete(ours);
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).isEmpty();
        StepResult repaired = run();

        assertThat(repaired.outcome()).isEqualTo(Outcome.REPAIRED);
        assertThat(repaired.messageKey()).isEqualTo("postmortem.jira.setup.incidentLinkType.replaced");
        assertThat(repaired.args().get(0)).isEqualTo(String.valueOf(ours.getId()));
        assertThat(lookup().linkType(LinkTypeSpec.INCIDENT)).map(IssueLinkType::getName).contains("Postmortem");
    }
}
