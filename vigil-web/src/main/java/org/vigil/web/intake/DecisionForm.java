package org.vigil.web.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.vigil.web.Web;
import org.vigil.web.auth.Account;

/**
 * Turns the decision form on a concern's page into one interchange line (spec §1.2): a decision made now by the
 * account logged in, which is its {@code by}, with the outcome and reason given. Validation is the core parser's,
 * exactly as for a file.
 */
final class DecisionForm {
    private DecisionForm() {
    }

    static byte[] line(Account account, String id, String concernId, Instant now, String outcome, String reason) {
        ObjectNode d = Web.JSON.createObjectNode();
        d.put("type", "decision");
        d.put("id", id);
        d.put("concern", concernId);
        d.put("at", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode by = d.putObject("by");
        by.put("id", account.username());
        by.put("name", account.displayName());
        by.put("role", account.role().label());
        d.put("outcome", outcome);
        d.put("reason", reason);
        try {
            return Web.JSON.writeValueAsBytes(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the decision", e);
        }
    }
}
