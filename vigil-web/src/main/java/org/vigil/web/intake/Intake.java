package org.vigil.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.MentionKeyClash;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ingest.CommitListener;
import org.vigil.ledger.Access;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonSplit;
import org.vigil.store.StoredRecord;
import org.vigil.store.WriterLease;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.ledger.Committed;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.search.SearchIndex;

/**
 * Takes records in from the web (spec §1, §4): each line is validated on its own; valid ones are committed together
 * with, for each, an access entry naming the account that sent it; a record already stored with identical bytes is a
 * no-op, and one whose id is taken by different content is rejected. A partner submitter may send only their own
 * agency's concerns, and decisions on them. One intake at a time.
 *
 * <p>Another process may add records to the same store ({@code vigil ingest}, or a second app on one PostgreSQL) or
 * split a person ({@code vigil split}). Intake and splits here therefore hold the store's {@link WriterLease} from
 * linking to committing, and first take in what others stored ({@link #catchUp()}), so that new mentions are linked
 * against every person the store holds and no id is given to two persons. The app also catches up every few seconds.
 */
public final class Intake {
    /** What became of one line: accepted (new or unchanged) with its leaf, or rejected with a reason. */
    public record Outcome(int line, String id, String status, long leaf, String reason) {
        public boolean accepted() {
            return !status.equals("rejected");
        }
    }

    /**
     * How far ahead of this server's clock a record's time may be: enough for a partner's clock, or a time written in
     * local time with a UTC offset left off, and no more. A record dated later would move the alerts' event-time clock
     * past everyone's service levels and raise {@code overdue} alerts on other agencies' concerns before they are due.
     */
    static final Duration AHEAD = Duration.ofHours(2);

    /** The action logged for a record taken in, followed by its type: "submit concern", "submit decision". */
    private static final String SUBMIT = "submit ";
    /** The action logged for a record refused for naming, or being, another's record. */
    private static final String REFUSED = "submit refused";

    /** How long intake waits for a command-line ingest to finish before answering 503. */
    static final Duration LEASE_WAIT = Duration.ofSeconds(20);

    private final Vault vault;
    private final CaseIndex cases;
    private final SearchIndex search;
    private final PersonDirectory persons;
    /** Need-to-know: whether an account may read a concern, which it must to decide on it or correct it. */
    private final BiPredicate<Account, ConcernCard> mayRead;
    private final CommitListener listener;
    private final Clock clock;
    /** How many splits (and splits taken back) the persons obey. */
    private int splitsSeen;

    /**
     * An intake that tells {@code listener} of each batch once it is stored and logged, and takes decisions and
     * corrections only on concerns their sender {@code mayRead} ({@link ConcernsNamed}). The app has loaded every record
     * before {@link CaseIndex#nextLeaf()}, and its persons obey {@code splitsSeen} splits.
     */
    public Intake(Vault vault, CaseIndex cases, SearchIndex search, PersonDirectory persons,
                  BiPredicate<Account, ConcernCard> mayRead, CommitListener listener, int splitsSeen, Clock clock) {
        this.vault = vault;
        this.mayRead = mayRead;
        this.clock = clock;
        this.splitsSeen = splitsSeen;
        this.persons = persons;
        this.listener = listener;
        this.cases = cases;
        this.search = search;
    }

    public synchronized List<Outcome> submit(Account account, List<byte[]> lines) {
        RecordParser parser = new RecordParser();
        Outcome[] outcomes = new Outcome[lines.size()];
        List<Submission> valid = new ArrayList<>();
        List<Integer> validLine = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        Map<Integer, Integer> repeats = new HashMap<>();
        List<Access> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = strip(lines.get(i));
            try {
                Submission s = parser.parse(line);
                Integer first = firstLineOf.get(s.id());
                if (first != null) {
                    // Sent twice in one submission: a no-op if identical (spec §1.1), as ingest takes it.
                    if (!RecordParser.sameContent(strip(lines.get(first)), line)) {
                        throw new InvalidRecordException("id \"" + s.id() + "\" appears twice in this submission, with"
                                + " different content; send a correction as a new record that names it in \"amends\"");
                    }
                    repeats.put(i, first);
                    continue;
                }
                checkAllowed(account, s);
                checkNotAhead(s);
                if (s.record() instanceof Concern c) {
                    Optional<String> clash = MentionKeyClash.find(c, id -> concernById(id, valid));
                    if (clash.isPresent()) {
                        refused.add(refusal(account, s.id()));
                        // A partner is told that the key is in use, not whose concern and subject it is.
                        throw new InvalidRecordException(account.role() == Role.SUBMITTER ? "a mention key of concern \""
                                + c.id() + "\" (its id, a slash, a subject's ref) is already in use: give the subject"
                                + " another ref, or the concern an id without a slash" : clash.get());
                    }
                }
                firstLineOf.put(s.id(), i);
                valid.add(s);
                validLine.add(i);
            } catch (InvalidRecordException e) {
                outcomes[i] = new Outcome(i + 1, idIn(line), "rejected", -1, e.getMessage());
            }
        }
        if (!valid.isEmpty() || !refused.isEmpty()) {
            try (WriterLease lease = lease()) {
                catchUp();
                commit(account, valid, validLine, outcomes, refused);
            }
        }
        repeats.forEach((line, first) -> {
            Outcome o = outcomes[first];
            outcomes[line] = o.accepted() ? new Outcome(line + 1, o.id(), "unchanged", o.leaf(), "sent twice in this"
                    + " submission with identical content (line " + (first + 1) + "); stored once")
                    : new Outcome(line + 1, o.id(), "rejected", -1, o.reason());
        });
        return List.of(outcomes);
    }

    /**
     * The outcome of a form sent again, if the record with {@code id} is stored and was sent by {@code account}: a
     * double click or a refresh of the intake or decision form repeats one record, and must not store it twice under
     * the same id with another time, nor be refused as if someone else had taken the id.
     */
    public Optional<Outcome> alreadySent(Account account, String id) {
        return vault.read(store -> store.record(id).filter(r -> store.accessesTo(List.of(id)).stream()
                .anyMatch(a -> a.actor().equals(account.username()) && a.action().equals(SUBMIT + r.type())))
                .map(r -> new Outcome(1, id, "unchanged", r.leaf(), "this form was sent before, and is stored once")));
    }

    /**
     * A record refused because its id, or a mention key it would make, is another record's: logged with who sent it
     * (DPA 2018 s.62), since the refusal tells the sender that the id is in use, and a partner trying ids one by one
     * should be seen doing it. The reason names no content.
     */
    private static Access refusal(Account account, String id) {
        return new Access(account.username(), REFUSED, id, "the id, or a mention key of it, is another record's");
    }

    /**
     * A decision or correction refused because the concern it names is not one the sender may decide on or correct
     * ({@link ConcernsNamed}): logged as an attempt on that concern, so "who knew" about it shows who tried.
     */
    private static Access refusalOfNamed(Account account, String concernId) {
        return new Access(account.username(), REFUSED, concernId, "a decision or correction naming a concern the sender"
                + " may not decide on or correct");
    }

    /**
     * Commits the valid lines not already stored, linked first, filling in their outcomes, and logs the refusals
     * ({@link #refusal}) with them; under the lease.
     */
    private void commit(Account account, List<Submission> valid, List<Integer> validLine, Outcome[] outcomes,
            List<Access> refused) {
        Map<String, byte[]> stored = vault.read(store -> store.digestsOf(valid.stream().map(Submission::id).toList()));
        // Each valid line's record: fresh, unchanged (its leaf) or refused, decided below.
        Map<Integer, Submission> taken = new LinkedHashMap<>();
        Map<Integer, Long> unchanged = new HashMap<>();
        for (int k = 0; k < valid.size(); k++) {
            Submission s = valid.get(k);
            byte[] digest = stored.get(s.id());
            int line = validLine.get(k);
            if (digest == null) {
                taken.put(line, s);
            } else if (Arrays.equals(digest, s.sha256())
                    || RecordParser.sameContent(vault.read(store -> store.record(s.id()).orElseThrow().raw()), s.raw())) {
                taken.put(line, s);
                unchanged.put(line, vault.read(store -> store.record(s.id()).orElseThrow().leaf()));
            } else {
                outcomes[line] = new Outcome(line + 1, s.id(), "rejected", -1, inUse(account, s.id()));
                refused.add(refusal(account, s.id()));
            }
        }
        refuseWhatNamesAConcernNotTheSenders(account, taken, unchanged.keySet(), outcomes, refused);
        List<Submission> fresh = new ArrayList<>();
        List<Integer> freshLine = new ArrayList<>();
        taken.forEach((line, s) -> {
            Long leaf = unchanged.get(line);
            if (leaf == null) {
                fresh.add(s);
                freshLine.add(line);
            } else {
                outcomes[line] = new Outcome(line + 1, s.id(), "unchanged", leaf, "already stored with identical content");
            }
        });
        if (fresh.isEmpty() && !refused.isEmpty()) {
            vault.commit(List.of(), refused);
        }
        if (!fresh.isEmpty()) {
            List<Access> accesses = new ArrayList<>(fresh.stream().map(s -> new Access(account.username(), SUBMIT
                    + s.record().type(), s.id(), "intake through the web app")).toList());
            accesses.addAll(refused);
            // Linked before the commit, so the persons it makes or merges are stored and logged with the records.
            PersonChanges changes = persons.link(fresh);
            Committed committed = vault.commit(fresh, accesses, changes);
            for (int k = 0; k < fresh.size(); k++) {
                Submission s = fresh.get(k);
                long leaf = committed.firstLeaf() + k;
                cases.add(s.record(), leaf);
                outcomes[freshLine.get(k)] = new Outcome(freshLine.get(k) + 1, s.id(), "accepted", leaf, "");
            }
            search.refresh();
            tell(fresh, changes, committed.firstLeaf());
        }
    }

    /**
     * Why a record cannot take an id that is stored with other content. A partner is not told whose the id is, nor
     * pointed to {@code amends}, which would be an invitation to correct another agency's report.
     */
    private static String inUse(Account account, String id) {
        return account.role() == Role.SUBMITTER
                ? "id \"" + id + "\" is already in use, with different content: choose another id (to correct one of"
                        + " your agency's concerns, send the correction under a new id that names it in \"amends\")"
                : "id \"" + id + "\" is already stored with different content; send an amendment with a new id and"
                        + " \"amends\"";
    }

    /**
     * Refuses, in {@code taken}, each decision and correction that names a concern {@code account} may not decide on or
     * correct ({@link ConcernsNamed}), until none is left: a correction of a correction refused here is refused too.
     * The concerns named are those stored (this app holds them all, having caught up) and those of {@code taken} still
     * in it, other than the {@code unchanged} ones, which are stored.
     */
    private void refuseWhatNamesAConcernNotTheSenders(Account account, Map<Integer, Submission> taken,
            Set<Integer> unchanged, Outcome[] outcomes, List<Access> refused) {
        boolean removed = true;
        while (removed) {
            Map<String, String> sentNow = new HashMap<>();
            taken.forEach((line, s) -> {
                if (!unchanged.contains(line) && s.record() instanceof Concern c) {
                    sentNow.put(c.id(), c.agency());
                }
            });
            removed = taken.entrySet().removeIf(e -> {
                Submission s = e.getValue();
                Optional<String> why = ConcernsNamed.refusal(account, s, id -> cases.concern(id)
                        .map(c -> new ConcernsNamed.Named(c.agency(), mayRead.test(account, c)))
                        .or(() -> Optional.ofNullable(sentNow.get(id)).map(a -> new ConcernsNamed.Named(a, true))));
                why.ifPresent(reason -> {
                    int line = e.getKey();
                    outcomes[line] = new Outcome(line + 1, s.id(), "rejected", -1, reason);
                    refused.add(refusalOfNamed(account, s.record() instanceof Decision d ? d.concern()
                            : ((Concern) s.record()).amends()));
                });
                return why.isPresent();
            });
        }
    }

    /**
     * Takes in what other processes stored since this app last looked: their records, linked in log order (as they
     * linked them, under the lease, against the same persons: the same ids), shown, made searchable and told to the
     * listener; and their splits, after which the persons are linked again from the store and the listener told.
     * Returns the number of records taken in.
     */
    public synchronized int catchUp() {
        List<StoredRecord> added = vault.recordsFrom(cases.nextLeaf());
        List<PersonSplit> splits = vault.splits();
        if (added.isEmpty() && splits.size() == splitsSeen) {
            return 0;
        }
        RecordParser parser = new RecordParser();
        List<Submission> records = new ArrayList<>(added.size());
        for (StoredRecord r : added) {
            records.add(r.parse(parser));
        }
        boolean split = splits.size() != splitsSeen;
        PersonChanges changes = split ? PersonChanges.NONE : persons.link(records);
        for (int k = 0; k < records.size(); k++) {
            cases.add(records.get(k).record(), added.get(k).leaf());
        }
        search.refresh();
        if (split) {
            persons.reload(vault);
            splitsSeen = splits.size();
            told(splits.get(splits.size() - 1));
        } else {
            tell(records, changes, added.get(0).leaf());
        }
        return records.size();
    }

    /** The store's writer lease, or 503 when another process has held it for {@link #LEASE_WAIT}. */
    private WriterLease lease() {
        return vault.lease(LEASE_WAIT).orElseThrow(() -> new WebException(503, "another process (a command-line"
                + " ingest) is adding records to this store; nothing was taken in: try again in a minute"));
    }

    /**
     * Splits a person as {@code account} decided for {@code reason} (see {@link PersonDirectory#split}), between
     * intakes, so that no batch is linked in the persons before the split and committed after it; then tells the
     * listener, whose alerts rest on the persons.
     */
    public synchronized PersonSplits.Outcome split(Account account, Collection<String> mentions, String reason) {
        return decide(() -> persons.split(vault, mentions, account.username(), reason));
    }

    /** Takes back the split logged at {@code splitLeaf}, as {@code account} decided for {@code reason}, likewise. */
    public synchronized PersonSplits.Outcome revoke(Account account, long splitLeaf, String reason) {
        return decide(() -> persons.revoke(vault, splitLeaf, account.username(), reason));
    }

    /** Makes a decision on the persons under the lease, after taking in what others stored, and tells the listener. */
    private PersonSplits.Outcome decide(Supplier<PersonSplits.Outcome> decision) {
        try (WriterLease lease = lease()) {
            catchUp();
            PersonSplits.Outcome outcome = decision.get();
            splitsSeen++;
            told(outcome.split());
            return outcome;
        }
    }

    /** The splits in force that divided {@code personId} or gave it its id, in log order. */
    public List<PersonSplit> splitsOf(String personId) {
        return PersonSplits.inForce(vault.splits()).stream()
                .filter(s -> s.person().equals(personId) || s.newPerson().equals(personId)).toList();
    }

    private void told(PersonSplit split) {
        try {
            listener.personsSplit(split);
        } catch (RuntimeException e) {
            System.err.println("vigil web: alerts not updated for the split of " + split.person() + ": " + e);
        }
    }

    /**
     * Tells the listener (the pattern engine) of records already stored, logged and acknowledged: if it fails, the
     * records stand, and the failure is reported for the operator rather than to the partner who sent them.
     */
    private void tell(List<Submission> records, PersonChanges changes, long firstLeaf) {
        try {
            listener.committed(records, changes, firstLeaf);
        } catch (RuntimeException e) {
            System.err.println("vigil web: alerts not updated for intake of " + records.size() + " records: " + e);
        }
    }

    /** A partner submitter writes only for their own agency; what a record may name is checked on commit. */
    private static void checkAllowed(Account account, Submission s) throws InvalidRecordException {
        if (account.role() == Role.SUBMITTER && s.record() instanceof Concern c
                && !NeedToKnow.sameAgency(c.agency(), account.agency())) {
            throw new InvalidRecordException("concern " + c.id() + " is from \"" + c.agency() + "\"; your account"
                    + " submits for \"" + account.agency() + "\" only");
        }
    }

    /** The concern with this id, earlier in this submission or stored; null if there is none. */
    private Concern concernById(String id, List<Submission> earlier) {
        for (Submission s : earlier) {
            if (s.id().equals(id)) {
                return s.record() instanceof Concern c ? c : null;
            }
        }
        return vault.read(store -> store.concern(id)).orElse(null);
    }

    /** A record dated later than now (give or take {@link #AHEAD}) cannot have been received yet. */
    private void checkNotAhead(Submission s) throws InvalidRecordException {
        Instant now = clock.instant();
        Instant when = s.record().eventTime();
        if (when.isAfter(now.plus(AHEAD))) {
            String field = s.record() instanceof Decision ? "at" : "received";
            throw new InvalidRecordException("\"" + field + "\" is " + when + ", later than now (" + now.truncatedTo(
                    ChronoUnit.MINUTES) + "): a record cannot be dated in the future; check the date and its time zone");
        }
    }

    /** The id a rejected line gives, if it is JSON with a textual {@code "id"}, so that the sender can tell which it was. */
    static String idIn(byte[] line) {
        try {
            JsonNode id = Web.JSON.readTree(line).path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The line without a trailing CR (a CRLF file's line ending). */
    private static byte[] strip(byte[] line) {
        int n = line.length;
        while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == '\n')) {
            n--;
        }
        return n == line.length ? line : Arrays.copyOf(line, n);
    }
}
