package dev.passerelle.server.endpoint;

import dev.passerelle.server.security.Role;
import java.util.Set;

/** The authenticated user of the current call and the roles the users file gives it. */
record Caller(String name, Set<Role> roles) {
}
