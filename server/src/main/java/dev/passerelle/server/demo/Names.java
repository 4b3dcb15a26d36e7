package dev.passerelle.server.demo;

import java.util.List;
import java.util.Random;

/** Word lists for realistic demo names. */
final class Names {

    static final List<String> FIRST = List.of("Marie", "Jean", "Pierre", "Sophie", "Nicolas", "Camille", "Julien", "Claire",
            "Thomas", "Isabelle", "Lucas", "Anne", "Hans", "Greta", "Lucia", "Marco", "Emma", "Oliver", "Sven", "Inès",
            "David", "Laura", "Paul", "Chloé", "Karim", "Fatima", "Hugo", "Léa", "Pablo", "Elena");
    static final List<String> LAST = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Müller", "Schmidt", "Rossi",
            "Bianchi", "Smith", "Jones", "Janssens", "Peeters", "de Vries", "Fernández", "López", "Fontaine", "Chevalier",
            "Roux", "Vincent");
    static final List<String> TRADE = List.of("Boulangerie", "Transports", "Menuiserie", "Imprimerie", "Garage", "Pharmacie",
            "Hôtel", "Cabinet", "Atelier", "Laboratoire", "Brasserie", "Électricité", "Plomberie", "Informatique", "Textiles",
            "Logistique", "Agence", "Clinique", "Bureautique", "Distribution");
    static final List<String> PLACE = List.of("du Centre", "des Alpes", "de l'Ouest", "du Port", "Saint-Michel", "des Lilas",
            "du Lac", "Nord", "Sud", "Européenne", "Atlantique", "du Rhône", "de la Gare", "Moderne", "Industrielle");
    static final List<String> FORM = List.of("SARL", "SAS", "SA", "GmbH", "SL", "BV", "Ltd", "SRL", "SNC", "EURL");
    static final List<String> STREET = List.of("rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo",
            "rue du Moulin", "chemin des Vignes", "place de l'Église", "Hauptstraße", "Calle Mayor", "Via Roma", "High Street",
            "Kerkstraat", "rue de Genève");
    static final List<String> FUNCTION = List.of("Gérant", "Directeur commercial", "Responsable achats", "Comptable",
            "Assistante de direction", "Responsable logistique", "Directeur technique", "Chef de projet");
    static final List<String> ITEMS = List.of("Papier A4 (carton)", "Cartouche d'encre", "Chaise de bureau", "Bureau droit",
            "Écran 27 pouces", "Clavier sans fil", "Lampe LED", "Classeur à levier", "Armoire métallique", "Câble réseau 5 m",
            "Imprimante laser", "Casque audio", "Tableau blanc", "Destructeur de documents", "Contrat de maintenance");

    private Names() {
    }

    static <T> T any(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String company(Random random) {
        return any(random, TRADE) + " " + any(random, LAST) + " " + any(random, PLACE) + " " + any(random, FORM);
    }
}
