package org.vigil.web.search;

/** One mention that matched, with its concern, its name as written, its role, and what matched. */
public record SearchHit(String mentionKey, String concernId, String name, String role, float score,
                        String matchedOn) {
}
