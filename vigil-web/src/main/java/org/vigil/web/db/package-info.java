/**
 * The web module's own tables: accounts, sessions, teams, case restrictions, break-glass grants, alert decisions and
 * escalations. They live in the store's database (SQLite file or PostgreSQL) under Flyway migrations of their own,
 * recorded in {@code web_schema_history}, and are reached through the module's own JDBC connection.
 */
package org.vigil.web.db;
