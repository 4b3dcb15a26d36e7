package dev.passerelle.client.cli;

/** How a listing command prints: a table for people, or JSON for scripts. */
public enum OutputFormat {
    TEXT,
    JSON
}
