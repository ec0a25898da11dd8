package org.vigil.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.intake.ConcernsNamedTest.ANALYST;
import static org.vigil.web.intake.ConcernsNamedTest.NOW;
import static org.vigil.web.intake.ConcernsNamedTest.POLICE;
import static org.vigil.web.intake.ConcernsNamedTest.bytes;
import static org.vigil.web.intake.ConcernsNamedTest.concern;
import static org.vigil.web.intake.ConcernsNamedTest.decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.vigil.ingest.CommitListener;
import org.vigil.web.TestWorld;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.MentionPerPerson;
import org.vigil.web.search.SearchIndex;

/**
 * A partner that names a concern in a decision or a correction is told the same whether the concern is another
 * agency's or an id nobody used: it cannot learn from intake which ids other agencies hold, and nothing is stored.
 */
class ConcernsNamedPropertyTest {
    private static Path data;
    private static Vault vault;
    private static SearchIndex search;
    private static Intake intake;
    private static final AtomicInteger TRY = new AtomicInteger();

    @BeforeContainer
    static void open() throws IOException {
        data = Files.createTempDirectory("vigil-concerns-named");
        vault = Vault.openSqlite(data, 1);
        search = new SearchIndex();
        intake = new Intake(vault, new CaseIndex(), search, new MentionPerPerson(), ConcernsNamedTest::mayRead,
                CommitListener.NONE, 0, NOW);
    }

    @AfterContainer
    static void close() {
        search.close();
        vault.close();
        TestWorld.deleteTree(data);
    }

    @Property(tries = 60)
    void aPartnerIsToldTheSameOfAnotherAgencysConcernAsOfAnUnusedId(@ForAll("ids") String id,
                                                                     @ForAll("agencies") String agency,
                                                                     @ForAll boolean correction) {
        int n = TRY.incrementAndGet();
        String theirs = "T" + n + id;
        String unused = "U" + n + id;
        assertThat(intake.submit(ANALYST, List.of(bytes(concern(theirs, agency, null, "Kay Marsh")))).get(0).status())
                .isEqualTo("accepted");
        String probe = correction ? concern("PC-" + n, "Police", theirs, "Kay Marsh") : decision("D-" + n, theirs);
        String control = correction ? concern("PC-" + n, "Police", unused, "Kay Marsh") : decision("D-" + n, unused);

        Intake.Outcome named = intake.submit(POLICE, List.of(bytes(probe))).get(0);
        Intake.Outcome nobodys = intake.submit(POLICE, List.of(bytes(control))).get(0);

        assertThat(named.status()).isEqualTo("rejected").isEqualTo(nobodys.status());
        assertThat(named.reason()).isEqualTo(nobodys.reason().replace(unused, theirs));
        boolean stored = vault.read(store -> store.record((correction ? "PC-" : "D-") + n).isPresent());
        assertThat(stored).isFalse();
    }

    /** Ids as agencies write them, and worse: spaces, slashes, dots, accents and scripts other than Latin. */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("AZaz09-/. _éß€ЖΩ中").ofMinLength(1).ofMaxLength(24);
    }

    /** Any agency but the partner's own. */
    @Provide
    Arbitrary<String> agencies() {
        return Arbitraries.of("Youth Project", "Children's Social Care", "Sexual Health", "Police Intelligence");
    }
}
