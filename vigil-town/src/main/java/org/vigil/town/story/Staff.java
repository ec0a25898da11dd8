package org.vigil.town.story;

import org.vigil.town.world.Person;

/**
 * A professional who writes or decides on records: the stable id, the name as they sign it and their role.
 * {@code person} is set when the same professional can also be named in a concern (youth workers, teachers, social
 * workers), so that author and subject are one person in the truth.
 */
public record Staff(String id, String name, String role, Person person) {
}
