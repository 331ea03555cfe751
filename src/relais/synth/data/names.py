"""French first and last names (data only): accents, compound names, varied origins."""

# fmt: off
MALE_FIRST = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Jacques", "Bernard", "Alain", "Daniel",
    "Claude", "Gérard", "René", "Roger", "Marcel", "Christian", "Patrick", "Jean-Pierre",
    "Jean-Claude", "Jean-Luc", "Jean-François", "François", "Henri", "Louis", "Serge", "Guy",
    "Yves", "Éric", "Thierry", "Stéphane", "Frédéric", "Laurent", "Olivier", "Nicolas",
    "Sébastien", "Julien", "Mathieu", "Antoine", "Raphaël", "Loïc", "Gaël", "Hervé", "Noël",
    "Joël", "Benoît", "Jérôme", "Cédric", "Grégoire", "Étienne", "Anthony", "Kévin", "Karim",
    "Mohamed", "Rachid", "Mehdi", "Youssef", "Mamadou", "Moussa", "Thanh", "João", "Ángel",
    "Lucas", "Hugo", "Léo", "Gabriel", "Arthur", "Noé", "Timothée", "Maël", "Aurélien",
)
FEMALE_FIRST = (
    "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie",
    "Martine", "Christine", "Nicole", "Danielle", "Suzanne", "Madeleine", "Geneviève",
    "Jacqueline", "Simone", "Odette", "Yvette", "Josiane", "Paulette", "Hélène", "Anne-Marie",
    "Marie-Thérèse", "Marie-Claude", "Marie-Hélène", "Valérie", "Sandrine", "Véronique", "Céline",
    "Aurélie", "Émilie", "Élodie", "Stéphanie", "Sophie", "Camille", "Léa", "Chloé", "Inès", "Zoé",
    "Maëlle", "Noémie", "Anaïs", "Gaëlle", "Agnès", "Bénédicte", "Thérèse", "Cécile", "Mélanie",
    "Laëtitia", "Fatima", "Aïcha", "Samira", "Nadia", "Khadija", "Fatoumata", "Aminata", "Lan",
    "Maria", "Conceição", "Dolorès", "Ginette", "Lucienne", "Germaine", "Raymonde", "Éliane",
    "Colette", "Brigitte", "Chantal", "Régine", "Solène", "Clémence",
)
LAST = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval",
    "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
    "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard",
    "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
    "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
    "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sánchez",
    "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury",
    "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré",
    "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly",
    "Hervé", "Schneider", "Fernández", "Le Gall", "Le Goff", "Le Roux", "Collet", "Léger",
    "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Bihan", "Cousin", "Germain",
    "Breton", "Besson", "Langlois", "Rémy", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
    "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud",
    "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
    "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert",
    "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune",
    "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte", "Benali", "Haddad",
    "Belkacem", "Mansouri", "Diallo", "Traoré", "Nguyen", "Tran", "Pereira", "Ferreira",
    "Saint-Martin", "Delacroix-Vidal", "Martin-Dubois", "Lefèvre-Girard", "N'Diaye", "d'Almeida",
    "de La Fontaine", "Ben Saïd", "Œuvrard", "Cœurdevey", "Lambert-Rousseau",
)
# fmt: on
EMAIL_DOMAINS = ("orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr")
