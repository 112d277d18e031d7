package dev.postmortem.jira.storage;

/** The notice ledger contract on the in-memory twin the job tests use. */
public class InMemoryNoticeLedgerTest extends NoticeLedgerContractTest {

    @Override
    protected NoticeLedger newLedger() {
        return new InMemoryNoticeLedger();
    }
}
