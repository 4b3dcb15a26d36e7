package dev.passerelle.client.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CRM users and their permissions through the engine API, on an embedded store. */
class CrmUsersTest {

    private final CrmEngine engine = TestEngines.withoutErp(TestEngines.integration("http://localhost:1/erp"));

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void deniedActionIsListedAndAllowingItGivesItBack() {
        engine.users().add("bob", "Bob Martin");
        engine.users().deny("bob", Action.RESYNC);
        engine.users().deny("bob", Action.RESYNC);
        engine.users().deny("bob", Action.DISCONNECT);

        assertThat(engine.users().list()).containsExactly(
                new CrmUser("bob", "Bob Martin", null, null, Set.of(Action.RESYNC, Action.DISCONNECT)));
        assertThatThrownBy(() -> engine.run("bob", "main", RunMode.RESYNC_ALL, ProgressListener.NONE))
                .isInstanceOf(EngineException.PermissionDenied.class);

        engine.users().allow("bob", Action.RESYNC);
        engine.users().allow("bob", Action.LINK);
        assertThat(engine.users().list().get(0).denied()).containsExactly(Action.DISCONNECT);
    }

    @Test
    void unknownUserIsATypedRefusalAndWritesNothing() {
        assertThatThrownBy(() -> engine.users().deny("ghost", Action.RESYNC))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> engine.users().allow("ghost", Action.RESYNC)).isInstanceOf(EngineException.BadRequest.class);
        assertThatThrownBy(() -> engine.users().linkRepresentative("ghost", "main", "REP-1"))
                .isInstanceOf(EngineException.BadRequest.class);
        assertThat(engine.users().list()).isEmpty();
    }

    @Test
    void aRepresentativeTheErpNeverSentCannotBeLinked() {
        engine.users().add("dave", "Dave");

        assertThatThrownBy(() -> engine.users().linkRepresentative("dave", "main", "REP-404"))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("REP-404");
        assertThat(engine.users().list().get(0).representativeKey()).isNull();
    }

    @Test
    void loginsAreUniqueAndWithoutSpaces() {
        engine.users().add("alice", null);

        assertThatThrownBy(() -> engine.users().add("alice", "Alice Again")).isInstanceOf(EngineException.BadRequest.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> engine.users().add("al ice", "Alice")).isInstanceOf(EngineException.BadRequest.class);
        assertThat(engine.users().list()).extracting(CrmUser::displayName).containsExactly("alice");
    }

    @Test
    void representativeLinkIsListed() {
        engine.users().add("carol", "Carol");
        engine.store().jdbi().useHandle(handle -> handle.execute("INSERT INTO representative (integration, erp_key, code,"
                + " last_name, active) VALUES (N'main', N'REP-7', N'R7', N'Rep', 1)"));
        engine.users().linkRepresentative("carol", "main", "REP-7");

        assertThat(engine.users().list().get(0)).extracting(CrmUser::representativeIntegration, CrmUser::representativeKey)
                .containsExactly("main", "REP-7");
    }

    @Test
    void actionsAreReadAsPeopleTypeThemAndAnUnknownOneListsTheKnown() {
        assertThat(Action.parse("create-account")).isEqualTo(Action.CREATE_ACCOUNT);
        assertThat(Action.parse("REFRESH_REVENUE")).isEqualTo(Action.REFRESH_REVENUE);
        assertThat(Action.parse(" Resync ")).isEqualTo(Action.RESYNC);
        assertThatThrownBy(() -> Action.parse("delete-everything")).isInstanceOf(EngineException.BadRequest.class)
                .hasMessageContaining("delete-everything").hasMessageContaining("refresh-revenue");
    }

    @Test
    void aPasswordIsStoredHashedAndOnlyItLogsIn() {
        engine.users().add("erin", "Erin");
        assertThat(engine.users().authenticate("erin", "anything".toCharArray())).isEmpty();

        engine.users().setPassword("erin", "s3cret-phrase".toCharArray());

        assertThat(engine.users().authenticate("erin", "s3cret-phrase".toCharArray())).map(CrmUser::login).contains("erin");
        assertThat(engine.users().authenticate("erin", "wrong".toCharArray())).isEmpty();
        assertThat(engine.users().authenticate("ghost", "s3cret-phrase".toCharArray())).isEmpty();
        String stored = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT password_hash FROM crm_user WHERE login = 'erin'").mapTo(String.class).one());
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("s3cret-phrase");
        assertThatThrownBy(() -> engine.users().setPassword("ghost", "x".toCharArray()))
                .isInstanceOf(EngineException.BadRequest.class);
        assertThatThrownBy(() -> engine.users().setPassword("erin", new char[0])).isInstanceOf(EngineException.BadRequest.class);
    }
}
