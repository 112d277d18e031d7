package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.changehistory.ChangeHistory, a class); only the members the plugin calls.
public class ChangeHistory {

    public Long getId() {
        throw new UnsupportedOperationException("stub");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("stub");
    }

    /** Null when the author is unknown. */
    public ApplicationUser getAuthorObject() {
        throw new UnsupportedOperationException("stub");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("stub");
    }
}
