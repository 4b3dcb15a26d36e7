package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync contact} and {@code crm-sync address}: add, edit and delete a company's contacts and
 * delivery addresses. Values are checked when typed; changes go to the ERP with the next run when the
 * company has an account.
 */
public final class ChildCommands {

    private ChildCommands() {
    }

    /** {@code crm-sync contact}. */
    @Command(name = "contact", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = "Contacts of a company: add, edit, delete (fields: lastName, firstName, function, phone.MAIN...).",
            subcommands = {AddContact.class, EditContact.class, DeleteContact.class})
    public static class Contact implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCodes.USAGE;
        }
    }

    /** {@code crm-sync address}. */
    @Command(name = "address", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = "Delivery addresses of a company: add, edit, delete (fields: label, address.street, address.city...).",
            subcommands = {AddAddress.class, EditAddress.class, DeleteAddress.class})
    public static class Address implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return ExitCodes.USAGE;
        }
    }

    /** Adds a contact or an address; prints its id. */
    abstract static class AddChild extends EngineCommand {
        @Option(names = "--company", required = true, paramLabel = "ID", description = "The company.")
        long company;

        @Mixin
        FieldValues fields = new FieldValues();

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            out.println(what() + " " + add(engine) + " added to company " + company);
            return ExitCodes.OK;
        }

        abstract String what();

        abstract long add(CrmEngine engine);
    }

    /** Edits a contact or an address. */
    abstract static class EditChild extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Mixin
        FieldValues fields = new FieldValues();

        @Override
        protected void validate() {
            if (fields.values().isEmpty()) {
                throw usage("give at least one --set FIELD=VALUE");
            }
        }

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            edit(engine);
            out.println(what() + " " + id + " updated");
            return ExitCodes.OK;
        }

        abstract String what();

        abstract void edit(CrmEngine engine);
    }

    /** Deletes a contact or an address (in the ERP too, with the next run). */
    abstract static class DeleteChild extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            delete(engine);
            out.println(what() + " " + id + " deleted");
            return ExitCodes.OK;
        }

        abstract String what();

        abstract void delete(CrmEngine engine);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a contact to a company; prints its id.")
    static class AddContact extends AddChild {
        String what() {
            return "contact";
        }

        long add(CrmEngine engine) {
            return engine.edits().addContact(company, fields.values());
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes fields of a contact, all or none.")
    static class EditContact extends EditChild {
        String what() {
            return "contact";
        }

        void edit(CrmEngine engine) {
            engine.edits().editContact(id, fields.values());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a contact.")
    static class DeleteContact extends DeleteChild {
        String what() {
            return "contact";
        }

        void delete(CrmEngine engine) {
            engine.edits().deleteContact(id);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a delivery address to a company; prints its id.")
    static class AddAddress extends AddChild {
        String what() {
            return "address";
        }

        long add(CrmEngine engine) {
            return engine.edits().addAddress(company, fields.values());
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes fields of a delivery address, all or none.")
    static class EditAddress extends EditChild {
        String what() {
            return "address";
        }

        void edit(CrmEngine engine) {
            engine.edits().editAddress(id, fields.values());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a delivery address.")
    static class DeleteAddress extends DeleteChild {
        String what() {
            return "address";
        }

        void delete(CrmEngine engine) {
            engine.edits().deleteAddress(id);
        }
    }
}
