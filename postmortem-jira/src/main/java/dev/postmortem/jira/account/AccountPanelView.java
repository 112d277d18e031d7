package dev.postmortem.jira.account;

import java.util.List;

/**
 * What the "Personal accounts" panel shows one viewer. Every text as written or translated (Jira escapes each
 * reference); the template calls exactly the accessors in the panel's {@code <velocity-allowlist>}.
 *
 * @param issueKey      the postmortem
 * @param progress      "3 of 5 accounts written" (translated)
 * @param rows          every participant with the state of their account
 * @param form          the account the viewer may write, or null when they may write none
 * @param notAllowed    why there is no form (neither a participant nor the owner), else empty
 * @param owner         whether the viewer owns the postmortem (may ask, may correct)
 * @param canAsk        whether the owner can mail the participants whose accounts are awaited
 * @param mailOff       for the owner, when mail is off: whom to ask in person; else empty
 * @param occasion      identifies this offer to ask (epoch milliseconds): a second click sends nothing twice
 * @param participants  for the owner: whose account the form can show, as JSON {@code [{"key","name","account"}]}
 */
public record AccountPanelView(String issueKey, String progress, List<AccountRowView> rows, AccountFormView form,
        String notAllowed, boolean owner, boolean canAsk, String mailOff, long occasion, String participants) {

    /** The id of the panel's element: the mail links to it. */
    public static final String ANCHOR = "pm-accounts";

    public AccountPanelView {
        rows = List.copyOf(rows);
    }

    public String anchor() {
        return ANCHOR;
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    public boolean hasForm() {
        return form != null;
    }
}
